import { describe, expect, it } from 'vitest';
import { resolveRegionPath, resolveRegionText } from './resolveRegionNames';

describe('resolveRegionPath', () => {
  it.each([
    [['江苏省'], '320000'],
    [['甘肃'], '620000'],
    [['上海省'], '310000'],
    [['广西壮族自治区', '河池'], '451200'],
    [['云南省', '迪庆州'], '533400'],
    [['内蒙古自治区', '        乌海'], '150300'],
    [['河北省', '石家庄市', '新乐市'], '130184'],
    [['上海市', '上海市'], '310000'],
    [['黑龙江省', '大庆市', '肇州县'], '230621'],
    [['台湾省', '台南市'], '710000'],
    [['香港特别行政区'], '810000'],
    [['全国'], '100000'],
    [['湖北', '武漢'], '420100'],
    [['Hubei', 'Wuhan'], '420100'],
  ])('%j → %s', (names, code) => {
    expect(resolveRegionPath(names)).toBe(code);
  });

  it('uses the larger region for a name shared across levels and leaves an ambiguous district alone', () => {
    expect(resolveRegionPath(['湖南省', '长沙'])).toBe('430100');
    expect(resolveRegionPath(['朝阳区'])).toBeNull();
    expect(resolveRegionPath(['北京市', '朝阳区'])).toBe('110105');
    expect(resolveRegionPath(['吉林省', '朝阳区'])).toBe('220104');
  });

  it('answers null for names that are not regions', () => {
    expect(resolveRegionPath(['火星'])).toBeNull();
    expect(resolveRegionPath([])).toBeNull();
  });
});

describe('resolveRegionText', () => {
  it('resolves each listed place', () => {
    expect(resolveRegionText('湖北省 武汉市、北京; 火星 | 广东/深圳')).toEqual(['420100', '110000', '440300']);
  });
});

import { describe, expect, it } from 'vitest';
import { shortFormOf } from './names';

describe('short forms derived from official names', () => {
  it.each([
    ['新疆维吾尔自治区', 'province', '新疆'],
    ['内蒙古自治区', 'province', '内蒙古'],
    ['广西壮族自治区', 'province', '广西'],
    ['香港特别行政区', 'province', '香港'],
    ['甘肃省', 'province', '甘肃'],
    ['北京市', 'province', '北京'],
    ['巴音郭楞蒙古自治州', 'prefecture', '巴音郭楞'],
    ['海西蒙古族藏族自治州', 'prefecture', '海西'],
    ['黔西南布依族苗族自治州', 'prefecture', '黔西南'],
    ['阿克苏地区', 'prefecture', '阿克苏'],
    ['乌鲁木齐市', 'prefecture', '乌鲁木齐'],
    ['米东区', 'county', '米东'],
    ['塔什库尔干塔吉克自治县', 'county', '塔什库尔干'],
    ['东乡族自治县', 'county', '东乡'],
  ] as const)('%s → %s', (name, level, stem) => {
    expect(shortFormOf(name, level).stem).toBe(stem);
  });

  it('gives no stem when the rest is a single character', () => {
    expect(shortFormOf('和县', 'county').stem).toBeNull();
    expect(shortFormOf('城区', 'county').stem).toBeNull();
  });

  it('abbreviates autonomous prefectures for display', () => {
    expect(shortFormOf('巴音郭楞蒙古自治州', 'prefecture').display).toBe('巴州');
    expect(shortFormOf('博尔塔拉蒙古自治州', 'prefecture').display).toBe('博州');
    expect(shortFormOf('昌吉回族自治州', 'prefecture').display).toBe('昌吉州');
    expect(shortFormOf('大厂回族自治县', 'county').display).toBe('大厂县');
  });
});

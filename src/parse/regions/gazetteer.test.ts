import { describe, expect, it } from 'vitest';
import { allRegions, childrenOf, provinceCodeOf, regionByCode, searchRegions, shortName } from './gazetteer';

describe('gazetteer lookups', () => {
  it('pads and resolves codes at every level, plus the country', () => {
    expect(regionByCode('650000')).toMatchObject({ name: '新疆维吾尔自治区', level: 'province', parent: null });
    expect(regionByCode('650100')).toMatchObject({ name: '乌鲁木齐市', level: 'prefecture', parent: '650000' });
    expect(regionByCode('650102')).toMatchObject({ name: '天山区', level: 'county', parent: '650100' });
    expect(regionByCode('100000')).toEqual({ code: '100000', name: '中国', level: 'country', parent: null, en: 'China' });
    expect(regionByCode('999999')).toBeUndefined();
  });

  it('hangs municipal districts directly under the province and maps 110100 to it', () => {
    expect(regionByCode('110105')).toMatchObject({ name: '朝阳区', parent: '110000' });
    expect(regionByCode('110100')?.code).toBe('110000');
    expect(regionByCode('500200')?.code).toBe('500000');
    expect(provinceCodeOf('500229')).toBe('500000');
  });

  it('includes Hong Kong, Macao and Taiwan with their codes', () => {
    expect(regionByCode('810000')?.name).toBe('香港特别行政区');
    expect(regionByCode('820000')?.name).toBe('澳门特别行政区');
    expect(regionByCode('710000')?.name).toBe('台湾省');
  });

  it('keeps directly administered county-level cities under their province', () => {
    expect(regionByCode('429004')).toMatchObject({ name: '仙桃市', level: 'county', parent: '420000' });
    expect(regionByCode('659001')).toMatchObject({ name: '石河子市', parent: '650000' });
  });

  it('finds provinces from any descendant, null for the country', () => {
    expect(provinceCodeOf('652801')).toBe('650000');
    expect(provinceCodeOf('650000')).toBe('650000');
    expect(provinceCodeOf('100000')).toBeNull();
    expect(provinceCodeOf('123')).toBeNull();
  });

  it('lists children, with provinces as children of the country', () => {
    expect(childrenOf('650100').map((entry) => entry.code)).toContain('650104');
    expect(childrenOf('100000')).toHaveLength(34);
    expect(allRegions()[0]?.code).toBe('100000');
    expect(allRegions().length).toBeGreaterThan(3000);
  });

  it('gives compact names for display', () => {
    expect(shortName('650000')).toBe('新疆');
    expect(shortName('150000')).toBe('内蒙古');
    expect(shortName('450000')).toBe('广西');
    expect(shortName('650100')).toBe('乌鲁木齐');
    expect(shortName('652800')).toBe('巴州');
    expect(shortName('654000')).toBe('伊犁州');
    expect(shortName('110105')).toBe('朝阳区');
    expect(shortName('100000')).toBe('中国');
  });

  it('searches in either script, provinces first', () => {
    expect(searchRegions('烏魯木齊')[0]?.code).toBe('650100');
    const jilin = searchRegions('吉林').map((entry) => entry.code);
    expect(jilin.slice(0, 2)).toEqual(['220000', '220200']);
    expect(searchRegions('新疆')[0]?.code).toBe('650000');
    expect(searchRegions('区', 5)).toHaveLength(5);
    expect(searchRegions('  ')).toEqual([]);
  });
});

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toSimplified } from '../script';
import { extractRegions } from './extractRegions';

const codesOf = (text: string): string[] => extractRegions(text).regions.map((region) => region.code);
const primaryOf = (text: string): string[] => extractRegions(text).primaryRegions;

describe('finding region mentions', () => {
  it('matches official names and short forms, longest first, with offsets', () => {
    const text = '新疆维吾尔自治区乌鲁木齐市和内蒙古的呼和浩特';
    const { regions } = extractRegions(text);
    expect(regions.map((region) => region.code)).toEqual(['650000', '650100', '150000', '150100']);
    const xinjiang = regions[0]!.mentions[0]!;
    expect(text.slice(xinjiang.start, xinjiang.end)).toBe('新疆维吾尔自治区');
    expect(regions[1]).toMatchObject({ name: '乌鲁木齐市', level: 'prefecture' });
  });

  it('prefers the province for a name shared with its own city, the city when written in full', () => {
    expect(codesOf('吉林加强疫情防控')).toEqual(['220000']);
    expect(codesOf('吉林市加强疫情防控')).toEqual(['220200']);
    expect(codesOf('海南省三亚市')).toEqual(['460000', '460200']);
  });

  it('resolves shared district names by the city or neighbours named in the text', () => {
    expect(codesOf('乌鲁木齐市天山区、新市区')).toEqual(['650100', '650102', '650104']);
    expect(codesOf('南京市鼓楼区')).toEqual(['320100', '320106']);
    expect(codesOf('福州鼓楼区')).toEqual(['350100', '350102']);
    expect(codesOf('玄武区、鼓楼区')).toEqual(['320102', '320106']);
    expect(codesOf('长春市朝阳区')).toEqual(['220100', '220104']);
    expect(codesOf('北京朝阳区')).toEqual(['110000', '110105']);
  });

  it('leaves an ambiguous district unresolved without context', () => {
    expect(codesOf('鼓楼区发布通告')).toEqual([]);
    expect(codesOf('朝阳区发布通告')).toEqual([]);
  });

  it('accepts a district short form only with its city or province in context', () => {
    expect(codesOf('米东加强管控')).toEqual([]);
    expect(codesOf('乌鲁木齐米东加强管控')).toEqual(['650100', '650109']);
  });

  it('never reads a province or city short form as a same-named district', () => {
    expect(codesOf('天津市河北区')).toEqual(['120000', '120105']);
    expect(codesOf('天津、河北两地')).toEqual(['120000', '130000']);
    expect(codesOf('乌鲁木齐县')).toEqual(['650121']);
  });

  it('does not read boundary descriptions as places', () => {
    expect(codesOf('安徽省池州市封控区域东至长江路，西至人民路')).toEqual(['340000', '341700']);
  });

  it('maps 巴州 to 巴音郭楞 when Xinjiang is in context', () => {
    expect(codesOf('新疆巴州库尔勒市')).toEqual(['650000', '652800', '652801']);
  });

  it('recognises national bodies as the country level', () => {
    for (const text of ['国务院联防联控机制发布通知', '国家卫健委通报', '全国各地要落实', '党中央决策部署']) {
      expect(codesOf(text)).toEqual(['100000']);
    }
    expect(extractRegions('国务院联防联控机制发布通知').regions[0]).toMatchObject({ name: '中国', level: 'country' });
  });

  it('does not read province-wide or deictic words as regions', () => {
    expect(codesOf('全省各地、全市、全区、我市、该区、本市、省委、省长')).toEqual([]);
  });

  it('skips streets, clocks, common words and names inside other words', () => {
    expect(codesOf('江苏路、河南中路、瑞金二路和北京时间')).toEqual([]);
    expect(codesOf('朝阳产业、新华社、中山装和公安干警')).toEqual([]);
    expect(codesOf('城中村、东区、新区、开发区、市区、城区')).toEqual([]);
    expect(codesOf('沈晓明主持会议')).toEqual([]);
    expect(codesOf('河南省示范县建设')).toEqual(['410000']);
  });

  it('ignores foreign places', () => {
    expect(codesOf('菲律宾马尼拉恢复航班')).toEqual([]);
  });

  it('maps a development zone named inside the article’s city to that city', () => {
    const text = '乌鲁木齐市调整达坂城区、甘泉堡经济技术开发区的防控政策';
    const urumqi = extractRegions(text).regions.find((region) => region.code === '650100');
    expect(urumqi?.mentions.map((mention) => mention.text)).toEqual(['乌鲁木齐市', '甘泉堡经济技术开发区']);
  });
});

describe('choosing primary regions', () => {
  it('prefers a dominant district over its city and lists named ancestors', () => {
    expect(primaryOf('运城市盐湖区部署防控。盐湖区成立指挥部。盐湖区组织排查。')).toEqual(['140802', '140800']);
  });

  it('does not count places people come from or go to', () => {
    const text = '盐湖区排查武汉返乡人员。盐湖区登记从武汉返回的人员。武汉返乡人员居家隔离。来自湖北的人员报备。';
    expect(primaryOf(text)).toEqual(['140802']);
    expect(codesOf(text)).toEqual(['140802', '420100', '420000']);
  });

  it('treats a publisher’s name as a weak hint', () => {
    const text = '中国甘肃网11月8日讯 据甘肃日报报道,兰州市召开会议。兰州疫情形势严峻。';
    expect(primaryOf(text)).toEqual(['620100', '620000']);
  });

  it('lets the title decide among the places it names', () => {
    const text = '江苏无新增确诊病例\n全国有1个中风险地区：\n黑龙江省哈尔滨市巴彦县巴彦镇小区\n哈尔滨市巴彦县巴彦镇公园小区';
    expect(provinceOfPrimary(text)).toBe('320000');
  });

  it('returns the country for national round-ups and national news', () => {
    const text =
      '多地部署优化防控措施\n国务院联防联控机制发布通知。河北省、河南省、湖南省、浙江省、四川省分别召开会议部署。';
    expect(primaryOf(text)).toEqual(['100000']);
    expect(primaryOf('国家卫健委：全国新增确诊病例10例')).toEqual(['100000']);
  });

  it('returns nothing when no region is named', () => {
    expect(extractRegions('小区居民可以在小区内活动。')).toEqual({ regions: [], primaryRegions: [] });
  });
});

function provinceOfPrimary(text: string): string | undefined {
  const first = primaryOf(text)[0];
  return first === undefined ? undefined : `${first.slice(0, 2)}0000`;
}

const seedDir = join(__dirname, '../../../public/seeds');
const seedFiles = existsSync(seedDir) ? readdirSync(seedDir) : [];
const seed = (prefix: string) => {
  const file = seedFiles.find((name) => name.startsWith(prefix));
  if (!file) throw new Error(`seed ${prefix} missing`);
  return extractRegions(toSimplified(readFileSync(join(seedDir, file), 'utf8')));
};

describe.skipIf(seedFiles.length === 0)('seed articles', () => {
  it('000: Urumqi and its districts', () => {
    const { regions, primaryRegions } = seed('000');
    const codes = regions.map((region) => region.code);
    for (const code of ['650102', '650104', '650109', '650106', '650103', '650105', '650107', '650121']) {
      expect(codes).toContain(code);
      expect(regions.find((region) => region.code === code)?.level).toBe('county');
    }
    expect(primaryRegions[0]).toBe('650100');
    const urumqi = regions.find((region) => region.code === '650100');
    expect(urumqi?.mentions.some((mention) => mention.text === '甘泉堡经济技术开发区')).toBe(true);
  });

  it('001: Korla in Bayingolin, Xinjiang', () => {
    const { regions, primaryRegions } = seed('001');
    expect(regions.map((region) => region.code)).toEqual(expect.arrayContaining(['652801', '652800', '650000']));
    expect(primaryRegions).toEqual(['652801', '652800', '650000']);
  });

  it('002: a national round-up naming many provinces', () => {
    const { regions, primaryRegions } = seed('002');
    const expected = ['100000', '150000', '130000', '650000', '460000', '420000', '510000', '330000', '410000',
      '230000', '430000', '500000', '120000', '440100', '460200', '150100', '510100'];
    expect(regions.map((region) => region.code)).toEqual(expect.arrayContaining(expected));
    expect(primaryRegions[0]).toBe('100000');
  });

  it('003: Lanzhou in Gansu, named in Traditional script', () => {
    const { regions, primaryRegions } = seed('003');
    expect(regions.map((region) => region.code)).toEqual(expect.arrayContaining(['620100', '620000']));
    expect(primaryRegions[0]).toBe('620100');
  });

  it('004: Yanhu district, not Wuhan where returnees came from', () => {
    const { regions, primaryRegions } = seed('004');
    expect(regions.map((region) => region.code)).toEqual(expect.arrayContaining(['140802', '140800', '420000', '420100']));
    expect(primaryRegions).toEqual(['140802', '140800']);
  });
});

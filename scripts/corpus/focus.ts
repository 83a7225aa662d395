import type { Day } from './calendar';
import { PROVINCES, countiesOf, safePrefectureShort, type Prefecture, type Province, type Region } from './regions';
import type { Random } from './random';
import { weightedProvinceIndexes } from './waves';

/**
 * What an article is about: the whole country, or one place at province,
 * prefecture or county level, and how that place is named in its text.
 */

export type FocusLevel = 'country' | 'province' | 'prefecture' | 'county';

export interface Focus {
  level: FocusLevel;
  province: Province | null;
  prefecture: Prefecture | null;
  county: Region | null;
}

export const NATIONAL_FOCUS: Focus = { level: 'country', province: null, prefecture: null, county: null };

const PROVINCE_CODES = PROVINCES.map((province) => province.code);

export function chooseProvince(random: Random, date: Day): Province {
  return PROVINCES[random.weighted(weightedProvinceIndexes(PROVINCE_CODES, date))]!;
}

/** A place inside a province: the province itself, a prefecture (the capital more often) or a county. */
export function chooseFocus(random: Random, province: Province): Focus {
  const level = random.weighted<FocusLevel>([
    { value: 'province', weight: 3 },
    { value: 'prefecture', weight: 5 },
    { value: 'county', weight: 2 },
  ]);
  if (level === 'province') return { level, province, prefecture: null, county: null };
  if (province.municipality || province.prefectures.length === 0) {
    const counties = province.directCounties;
    if (level === 'prefecture' || counties.length === 0) return { level: 'province', province, prefecture: null, county: null };
    return { level: 'county', province, prefecture: null, county: random.pick(counties) };
  }
  const capital = province.prefectures[0]!;
  const prefecture = random.chance(0.35) ? capital : random.pick(province.prefectures);
  if (level === 'prefecture' || prefecture.counties.length === 0) return { level: 'prefecture', province, prefecture, county: null };
  return { level: 'county', province, prefecture, county: random.pick(prefecture.counties) };
}

/** Codes of the regions the article is about, most specific first (100000 for national news). */
export function primaryCodes(focus: Focus): string[] {
  if (focus.level === 'country') return ['100000'];
  return [focus.county?.code, focus.prefecture?.code, focus.province?.code].filter((code): code is string => !!code);
}

export function provinceDisplay(province: Province, random: Random): string {
  return random.chance(0.5) ? province.name : province.short;
}

export function prefectureDisplay(prefecture: Prefecture, random: Random): string {
  return random.chance(0.6) ? prefecture.name : safePrefectureShort(prefecture, random.chance(0.5));
}

/** A county with the city or province it belongs to: 乌鲁木齐市米东区, 北京市朝阳区. */
export function countyWithParent(focus: Focus, random: Random): string {
  const county = focus.county!;
  if (focus.prefecture) return prefectureDisplay(focus.prefecture, random) + county.name;
  return focus.province ? provinceDisplay(focus.province, random) + county.name : county.name;
}

/** The focus place as a report names it (乌鲁木齐市 / 乌鲁木齐, 米东区 / 乌鲁木齐市米东区, 新疆). */
export function placeDisplay(focus: Focus, random: Random): string {
  if (focus.county) return random.chance(0.5) ? countyWithParent(focus, random) : focus.county.name;
  if (focus.prefecture) return prefectureDisplay(focus.prefecture, random);
  if (focus.province) return provinceDisplay(focus.province, random);
  return '全国';
}

/** Whether a (Simplified) text names the focus place in any of its forms. */
export function mentionsFocus(text: string, focus: Focus): boolean {
  const regions = [focus.county, focus.prefecture, focus.province].filter((region) => region !== null);
  return regions.some((region) => text.includes(region.name) || (region.short.length >= 2 && text.includes(region.short)));
}

const NATIONAL_WORDS = /国务院|国家卫|国家疾控|全国|党中央|省（自治区、直辖市）/;

export function mentionsNation(text: string): boolean {
  return NATIONAL_WORDS.test(text);
}

export function placeOfficialName(focus: Focus): string {
  return focus.county?.name ?? focus.prefecture?.name ?? focus.province?.name ?? '全国';
}

/** The administrative word for the focus place: 市, 区, 县, 州, 省, 旗, 盟. */
export function unitWord(focus: Focus): string {
  const name = placeOfficialName(focus);
  if (focus.level === 'province') return name.endsWith('自治区') ? '区' : name.endsWith('市') ? '市' : '省';
  if (name.endsWith('自治州')) return '州';
  if (name.endsWith('地区')) return '地区';
  const last = name[name.length - 1]!;
  return '市区县旗盟'.includes(last) ? last : '市';
}

/** A county of the focus place (itself when the focus is a county). */
export function countyIn(focus: Focus, random: Random): Region | null {
  if (focus.county) return focus.county;
  if (focus.prefecture) return focus.prefecture.counties.length > 0 ? random.pick(focus.prefecture.counties) : null;
  if (focus.province) {
    const counties = countiesOf(focus.province);
    return counties.length > 0 ? random.pick(counties) : null;
  }
  return null;
}

/** A city's one-character abbreviation as in 来乌返乌, 离沈 (its first character), or null above city level. */
function cityAbbreviation(focus: Focus): string | null {
  if (focus.prefecture) return focus.prefecture.short[0]!;
  // A county-level city under the province itself (仙桃市), not a municipal district.
  if (focus.county && !focus.province?.municipality) return focus.county.name[0]!;
  return null;
}

/** People arriving: 来乌返乌人员 for a city, 外省来新疆人员 for a province. */
export function arrivals(focus: Focus): string {
  const abbreviation = cityAbbreviation(focus);
  if (abbreviation) return `来${abbreviation}返${abbreviation}人员`;
  if (focus.province?.municipality) return '外地来本市人员';
  return focus.province ? `外省来${focus.province.short}人员` : '入境人员';
}

/** Leaving: 离乌 for a city, 出省 for a province, 离开本市 for a municipality. */
export function leaving(focus: Focus): string {
  const abbreviation = cityAbbreviation(focus);
  if (abbreviation) return `离${abbreviation}`;
  return focus.province?.municipality ? '离开本市' : '出省';
}

import { COUNTRY_CODE } from '../../model';
import { regionByCode, shortName } from '../../parse/regions/gazetteer';
import type { Lang } from '../../i18n';

/**
 * Region names: Chinese short names (新疆, 乌鲁木齐) in both UI languages, with
 * an English province name beside them in the English UI. English names come
 * from the map file (pinyin from the map data, conventional names for 内蒙古,
 * 西藏, 陕西, 香港, 澳门, 台湾); prefectures have no English name.
 */
export function chineseName(code: string): string {
  if (code === COUNTRY_CODE) return '全国';
  return regionByCode(code) ? shortName(code) : code;
}

export function englishName(code: string, englishByCode: ReadonlyMap<string, string>): string | null {
  if (code === COUNTRY_CODE) return 'National';
  return englishByCode.get(code) ?? null;
}

/** One-line label: 新疆 in Chinese UI, "Xinjiang 新疆" in English UI when an English name is known. */
export function regionLabel(code: string, lang: Lang, englishByCode: ReadonlyMap<string, string>): string {
  const zh = chineseName(code);
  const en = lang === 'en' ? englishName(code, englishByCode) : null;
  return en ? `${en} ${zh}` : zh;
}

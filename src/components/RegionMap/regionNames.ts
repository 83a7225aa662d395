import { COUNTRY_CODE } from '../../model';
import { regionByCode, shortName } from '../../data/lazy/lazyGazetteer';

/**
 * Region names: Chinese short names (新疆, 乌鲁木齐) in both UI languages, with
 * the gazetteer's romanised name beside them in the English UI.
 */
export function chineseName(code: string): string {
  if (code === COUNTRY_CODE) return '全国';
  return regionByCode(code) ? shortName(code) : code;
}

export function englishName(code: string): string | null {
  if (code === COUNTRY_CODE) return 'National';
  return regionByCode(code)?.en ?? null;
}

import { COUNTRY_CODE } from '../../model';
import type { GazetteerEntry } from './gazetteer';
import { COMMON_WORD_STEMS, GENERIC_COUNTY_NAMES, prefectureAbbreviation, shortFormOf } from './names';

/**
 * The surface forms that name a region in text, each with the regions it may
 * denote. A *strong* form names its region on its own (新疆, 乌鲁木齐市,
 * 米东区); a *weak* form (米东, 夏县, 中山) only counts when the text also
 * names the region's province, prefecture or a neighbouring district.
 */

export type AliasStrength = 'strong' | 'weak';

export interface AliasTarget {
  code: string;
  strength: AliasStrength;
}

/**
 * Names of the national level (the State Council, the Party centre, national
 * commissions, the country itself). 全国 is national; 全省/全市/全区 are not.
 */
export const NATIONAL_FORMS = [
  '中国', '中华人民共和国', '我国', '全国', '国务院', '党中央', '中共中央', '中央', '国家卫健委',
  '国家卫生健康委', '国家卫生健康委员会', '国家卫生和计划生育委员会', '国家疾控局', '国家疾病预防控制局',
  '国家发改委', '国家发展改革委', '国家移民管理局', '国家医保局', '国家药监局', '国家中医药管理局',
  '国务院联防联控机制', '国务院应对新型冠状病毒肺炎疫情联防联控机制', '中国疾控中心', '中国疾病预防控制中心',
  // Nation-wide enumerations: 31省区市, 31个省（自治区、直辖市）, 各省份.
  '省区市', '省（自治区、直辖市）', '省(自治区、直辖市)', '省份', '各省',
];

/**
 * Well-known aliases no rule derives from the official names, kept
 * deliberately tiny. (Development zones are handled in extraction.)
 */
const EXTRA_ALIASES: Record<string, string> = {
  内蒙: '150000',
};

export type AliasTable = Map<string, AliasTarget[]>;

export function buildAliasTable(regions: readonly GazetteerEntry[]): AliasTable {
  const table: AliasTable = new Map();
  const add = (surface: string, code: string, strength: AliasStrength): void => {
    const targets = table.get(surface);
    if (!targets) table.set(surface, [{ code, strength }]);
    else if (!targets.some((target) => target.code === code)) targets.push({ code, strength });
  };

  const officialNames = new Set(regions.map((entry) => entry.name));
  const byCode = new Map(regions.map((entry) => [entry.code, entry]));
  const abbreviations = new Map<string, string[]>();
  // Province and prefecture short forms: a county stem equal to one (河北区 → 河北,
  // 海南区 → 海南) would read every mention of the larger region as the district.
  const upperStems = new Set<string>();
  for (const entry of regions) {
    if (entry.level !== 'province' && entry.level !== 'prefecture') continue;
    const { stem } = shortFormOf(entry.name, entry.level);
    if (stem) upperStems.add(stem);
  }

  for (const entry of regions) {
    if (entry.level === 'country') continue;
    const parent = entry.parent === null ? undefined : byCode.get(entry.parent);
    // 嘉峪关市 (620201) is the county-level twin of 嘉峪关市 (620200): name the prefecture.
    if (entry.level === 'county' && parent?.name === entry.name) continue;
    if (GENERIC_COUNTY_NAMES.has(entry.name)) continue;

    const { stem, autonomous } = shortFormOf(entry.name, entry.level);
    const isCounty = entry.level === 'county';
    add(entry.name, entry.code, isCounty && entry.name.length <= 2 ? 'weak' : 'strong');
    if (!stem || stem === entry.name) continue;

    if (COMMON_WORD_STEMS.has(stem)) continue;
    // 乌鲁木齐县 is not written 乌鲁木齐: that is the city.
    if (isCounty && upperStems.has(stem)) continue;
    add(stem, entry.code, isCounty ? 'weak' : 'strong');

    if (entry.level === 'prefecture' && autonomous) {
      add(`${stem}州`, entry.code, 'strong');
      const abbreviation = prefectureAbbreviation(stem);
      if (abbreviation) abbreviations.set(abbreviation, [...(abbreviations.get(abbreviation) ?? []), entry.code]);
    }
  }

  // Keep 巴州-style abbreviations only when one prefecture claims them and they
  // are neither an official name nor a province/prefecture short form.
  for (const [abbreviation, codes] of abbreviations) {
    if (codes.length !== 1 || officialNames.has(abbreviation) || upperStems.has(abbreviation)) continue;
    add(abbreviation, codes[0]!, 'strong');
  }

  for (const [alias, code] of Object.entries(EXTRA_ALIASES)) add(alias, code, 'strong');
  for (const form of NATIONAL_FORMS) table.set(form, [{ code: COUNTRY_CODE, strength: 'strong' }]);
  return table;
}

import type { MeasureCategory, MeasureParam, TextSpan } from '../../model';
import { NUMBER_SOURCE, parseNumber } from './numbers';
import { allMatches } from '../text/allMatches';

export type ParamName = 'days' | 'times-per-day' | 'communities' | 'venues' | 'people';

/** Which numbers describe a measure of each category; other numbers in the sentence are ignored. */
const PARAMS_BY_CATEGORY: Partial<Record<MeasureCategory, readonly ParamName[]>> = {
  quarantine: ['days', 'people'],
  lockdown: ['days', 'communities'],
  'mass-testing': ['times-per-day', 'communities', 'people'],
  protection: ['times-per-day'],
  business: ['venues'],
  'contact-tracing': ['people'],
  accountability: ['people'],
};

/** A number that starts where a number starts, not in the middle of 十四 or 14. */
const N = `(?<![\\d.零〇一二两三四五六七八九十百千万])(${NUMBER_SOURCE})`;
const NO_BREAK = '[^，。；,;：:]';

/** 满5天的密接人员转为3天居家隔离, 由14天调整为7天. */
const DAYS_CHANGE = new RegExp(
  `${N}天${NO_BREAK}{0,16}?(?:转为|改为|调整为|调整至|缩短为|缩短至|缩减为|减为|减少为|降为|变为|延长为|延长至|增加为|增加至)${NO_BREAK}{0,3}?${N}天`,
  'gu',
);
/** 14天居家隔离; not a look-back window (14天内), a streak (连续5天) or an ordinal (第3天). */
const DAYS = new RegExp(`(?<![连续第每])${N}(?:个)?天(?![内以])`, 'gu');
/** 每天至少进行6次清洁消毒, 每日消毒一次. */
const TIMES_PER_DAY = new RegExp(`每[天日]${NO_BREAK}{0,16}?${N}次`, 'gu');
/** 一日两检. */
const CHECKS_PER_DAY = new RegExp(`[一每]日${N}检`, 'gu');
const COMMUNITIES = new RegExp(`${N}(余|多)?个(?:居民)?(?:小区|社区|村|居民区|楼栋)`, 'gu');
const VENUES = new RegExp(`${N}(余|多)?家`, 'gu');
/** 撤职1人, 干部6名; not idioms such as 不漏一人, 一人一策. */
const PEOPLE = new RegExp(`(?<!不漏|每|逐)${N}(余|多)?(?:名|人)(?!次|员|民|们|群|口|一)`, 'gu');

function param(name: ParamName, valueText: string, wordsText: string, from?: string): MeasureParam | null {
  const value = parseNumber(valueText);
  if (value === null || value <= 0) return null;
  const result: MeasureParam = { name, value, text: wordsText };
  if (from !== undefined) {
    const fromValue = parseNumber(from);
    if (fromValue !== null) result.from = fromValue;
  }
  return result;
}

function readDays(text: string, clauses: readonly TextSpan[]): MeasureParam[] {
  const days: MeasureParam[] = [];
  for (const clause of clauses) {
    const clauseText = text.slice(clause.start, clause.end);
    const changes = allMatches(DAYS_CHANGE, clauseText);
    for (const change of changes) {
      const found = param('days', change[2]!, change[0], change[1]!);
      if (found) days.push(found);
    }
    if (changes.length > 0) continue;
    for (const match of allMatches(DAYS, clauseText)) {
      const found = param('days', match[1]!, match[0]);
      if (found) days.push(found);
    }
  }
  return days;
}

function readAll(name: ParamName, pattern: RegExp, text: string, spans: readonly TextSpan[]): MeasureParam[] {
  const params: MeasureParam[] = [];
  for (const span of spans) {
    for (const match of allMatches(pattern, text.slice(span.start, span.end))) {
      const found = param(name, match[1]!, match[0]);
      if (found) params.push(found);
    }
  }
  return params;
}

/**
 * Numbers tied to a measure. Durations and frequencies are read only from the
 * clauses holding the measure's triggers (they qualify the act itself); counts
 * of communities, venues and people from the whole sentence, because Chinese
 * lists put the count after the enumeration (关停网吧，浴室，饭店…等150余家).
 */
export function extractParams(
  text: string,
  category: MeasureCategory,
  sentence: TextSpan,
  triggerClauses: readonly TextSpan[],
): MeasureParam[] {
  const wanted = PARAMS_BY_CATEGORY[category] ?? [];
  const params: MeasureParam[] = [];
  for (const name of wanted) {
    if (name === 'days') params.push(...readDays(text, triggerClauses));
    if (name === 'times-per-day') {
      params.push(...readAll(name, TIMES_PER_DAY, text, triggerClauses));
      params.push(...readAll(name, CHECKS_PER_DAY, text, triggerClauses));
    }
    if (name === 'communities') params.push(...readAll(name, COMMUNITIES, text, [sentence]));
    if (name === 'venues') params.push(...readAll(name, VENUES, text, [sentence]));
    if (name === 'people') params.push(...readAll(name, PEOPLE, text, [sentence]));
  }
  return dedupe(params);
}

function dedupe(params: MeasureParam[]): MeasureParam[] {
  const seen = new Set<string>();
  return params.filter((p) => {
    const key = `${p.name}|${p.value}|${p.from ?? ''}|${p.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

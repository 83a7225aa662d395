import type { MeasureParam } from '../../model';
import { localeOf, type Lang } from '../../i18n';

interface Unit {
  en: (count: string, plural: boolean) => string;
  zh: (count: string) => string;
  /** Changes read better with the unit named once, before the numbers ("days 5 → 3"). */
  enChange?: string;
}

const plain = (singular: string, plural: string) => (count: string, isPlural: boolean) =>
  `${count} ${isPlural ? plural : singular}`;

const UNITS: Record<string, Unit> = {
  days: { en: plain('day', 'days'), zh: (n) => `${n}天`, enChange: 'days' },
  hours: { en: plain('hour', 'hours'), zh: (n) => `${n}小时`, enChange: 'hours' },
  'times-per-day': { en: (n, p) => `${n} ${p ? 'times' : 'time'} a day`, zh: (n) => `每天${n}次` },
  times: { en: plain('time', 'times'), zh: (n) => `${n}次` },
  rounds: { en: plain('round', 'rounds'), zh: (n) => `${n}轮` },
  communities: { en: plain('community', 'communities'), zh: (n) => `${n}个小区` },
  people: { en: plain('person', 'people'), zh: (n) => `${n}人` },
  households: { en: plain('household', 'households'), zh: (n) => `${n}户` },
  buildings: { en: plain('building', 'buildings'), zh: (n) => `${n}栋楼` },
  cases: { en: plain('case', 'cases'), zh: (n) => `${n}例` },
  areas: { en: plain('area', 'areas'), zh: (n) => `${n}个区域` },
  measures: { en: plain('measure', 'measures'), zh: (n) => `${n}条措施` },
  teams: { en: plain('team', 'teams'), zh: (n) => `${n}支队伍` },
  sites: { en: plain('site', 'sites'), zh: (n) => `${n}个点位` },
};

function formatNumber(value: number, lang: Lang): string {
  return new Intl.NumberFormat(localeOf(lang), { maximumFractionDigits: 2 }).format(value);
}

/** A measure parameter in words: "6 times a day", "days 5 → 3", "993 communities" / "每天6次", "5天 → 3天". */
export function formatParam(param: MeasureParam, lang: Lang): string {
  const unit = UNITS[param.name];
  const value = formatNumber(param.value, lang);
  const from = param.from === undefined ? null : formatNumber(param.from, lang);
  if (!unit) {
    const name = param.name.replace(/-/g, ' ');
    return from === null ? `${name}: ${value}` : `${name}: ${from} → ${value}`;
  }
  if (lang === 'zh') return from === null ? unit.zh(value) : `${unit.zh(from)} → ${unit.zh(value)}`;
  if (from === null) return unit.en(value, param.value !== 1);
  if (unit.enChange) return `${unit.enChange} ${from} → ${value}`;
  return `${from} → ${unit.en(value, param.value !== 1)}`;
}

export function formatParams(params: readonly MeasureParam[], lang: Lang): string {
  return params.map((param) => formatParam(param, lang)).join(lang === 'zh' ? '；' : '; ');
}

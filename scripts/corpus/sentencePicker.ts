import type { MeasureCategory } from '../../src/model';
import type { Day } from './calendar';
import { dayNumber, parseIso } from './calendar';
import type { Random } from './random';
import {
  FILLER_TEMPLATES,
  MEASURE_TEMPLATES,
  NATIONAL_TEMPLATES,
  type SentenceTemplate,
} from './templates';

/**
 * Chooses sentence templates for one article: only those whose words belong
 * to the publication date, leaning to the article's theme (a few measure
 * categories) and stance (an outbreak tightens, a reopening relaxes), and
 * without repeating a template until the pool runs dry.
 */

export type Stance = 'tighten' | 'relax';

/** Each template's period as day numbers, computed once. */
const periods = new Map<SentenceTemplate, [number, number]>();

function periodOf(template: SentenceTemplate): [number, number] {
  let period = periods.get(template);
  if (!period) {
    period = [
      template.from ? dayNumber(parseIso(template.from)) : -Infinity,
      template.to ? dayNumber(parseIso(template.to)) : Infinity,
    ];
    periods.set(template, period);
  }
  return period;
}

function inPeriod(template: SentenceTemplate, day: number): boolean {
  const [from, to] = periodOf(template);
  return day >= from && day <= to;
}

interface Pools {
  measures: SentenceTemplate[];
  fillers: SentenceTemplate[];
}

/** Templates allowed on a day, by day and scope; there are only about a thousand days. */
const poolCache = new Map<string, Pools>();

function poolsFor(date: Day, national: boolean): Pools {
  const day = dayNumber(date);
  const key = `${day}:${national}`;
  let pools = poolCache.get(key);
  if (!pools) {
    const allowed = (template: SentenceTemplate) =>
      inPeriod(template, day) && (template.scope === 'any' || template.scope === (national ? 'national' : 'local'));
    const measurePool = national ? [...NATIONAL_TEMPLATES, ...MEASURE_TEMPLATES] : MEASURE_TEMPLATES;
    pools = {
      measures: measurePool.filter((template) => template.measures.length > 0 && allowed(template)),
      fillers: [...FILLER_TEMPLATES, ...(national ? NATIONAL_TEMPLATES : [])].filter(
        (template) => template.measures.length === 0 && allowed(template),
      ),
    };
    poolCache.set(key, pools);
  }
  return pools;
}

/** The stance a report of that day most likely takes. */
export function chooseStance(random: Random, date: Day): Stance {
  const key = date.year * 10000 + date.month * 100 + date.day;
  let relax = 0.3;
  if (key < 20200401) relax = 0.12;
  else if (key < 20200701) relax = 0.6;
  else if (key < 20220101) relax = 0.35;
  else if (key < 20221111) relax = 0.3;
  else if (key < 20221207) relax = 0.75;
  else relax = 0.92;
  return random.chance(relax) ? 'relax' : 'tighten';
}

const categoriesOfPool = new WeakMap<readonly SentenceTemplate[], MeasureCategory[]>();

/** Measure categories that have at least one template on that day. */
export function availableCategories(date: Day, national: boolean): MeasureCategory[] {
  const { measures } = poolsFor(date, national);
  let categories = categoriesOfPool.get(measures);
  if (!categories) {
    categories = [...new Set(measures.flatMap((template) => template.measures.map((tag) => tag.category)))];
    categoriesOfPool.set(measures, categories);
  }
  return categories;
}

export class SentencePicker {
  private readonly measures: SentenceTemplate[];
  private readonly fillers: SentenceTemplate[];
  private readonly used = new Set<SentenceTemplate>();
  /** Running totals of the theme, stance and scope weights of `measures`, for sampling by bisection. */
  private readonly cumulative: Float64Array;

  constructor(
    private readonly random: Random,
    date: Day,
    national: boolean,
    private readonly stance: Stance,
    private readonly theme: readonly MeasureCategory[],
  ) {
    const pools = poolsFor(date, national);
    this.measures = pools.measures;
    this.fillers = pools.fillers;
    this.cumulative = new Float64Array(this.measures.length);
    let total = 0;
    this.measures.forEach((template, index) => (this.cumulative[index] = total += this.baseWeight(template)));
  }

  private baseWeight(template: SentenceTemplate): number {
    let weight = 1;
    const tags = template.measures;
    if (tags.some((tag) => this.theme.includes(tag.category))) weight *= 4;
    const directions = tags.map((tag) => tag.direction);
    if (directions.includes(this.stance)) weight *= 2.5;
    else if (directions.some((direction) => direction === 'tighten' || direction === 'relax')) weight *= 0.5;
    if (template.scope === 'national') weight *= 2;
    return weight;
  }

  private drawMeasure(): SentenceTemplate {
    const { cumulative } = this;
    const target = this.random.float() * cumulative[cumulative.length - 1]!;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (cumulative[middle]! > target) high = middle;
      else low = middle + 1;
    }
    return this.measures[low]!;
  }

  /** A weighted draw; a template already used is drawn again, a few times, before it may repeat. */
  measure(): SentenceTemplate | null {
    if (this.measures.length === 0) return null;
    let chosen = this.drawMeasure();
    for (let tries = 0; tries < 6 && this.used.has(chosen); tries++) chosen = this.drawMeasure();
    this.used.add(chosen);
    return chosen;
  }

  /** A measure template of one category, if any is available. */
  measureOf(category: MeasureCategory): SentenceTemplate | null {
    const pool = this.measures.filter((template) => template.measures.some((tag) => tag.category === category));
    if (pool.length === 0) return null;
    const fresh = pool.filter((template) => !this.used.has(template));
    const candidates = fresh.length > 0 ? fresh : pool;
    const chosen = this.random.weighted(candidates.map((template) => ({ value: template, weight: this.baseWeight(template) })));
    this.used.add(chosen);
    return chosen;
  }

  filler(): SentenceTemplate | null {
    if (this.fillers.length === 0) return null;
    let chosen = this.random.pick(this.fillers);
    for (let tries = 0; tries < 6 && this.used.has(chosen); tries++) chosen = this.random.pick(this.fillers);
    this.used.add(chosen);
    return chosen;
  }
}

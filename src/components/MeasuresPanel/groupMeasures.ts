import type { Measure, MeasureCategory, MeasureDirection } from '../../model';

export interface MeasureGroup {
  category: MeasureCategory;
  /** The measures with their index in the article's `measures`, in text order. */
  items: Array<{ measure: Measure; index: number }>;
}

/** An article's measures by category, categories in `order` (unknown ones last), measures in text order. */
export function groupMeasures(measures: readonly Measure[], order: readonly MeasureCategory[]): MeasureGroup[] {
  const groups = new Map<MeasureCategory, MeasureGroup>();
  measures.forEach((measure, index) => {
    const group = groups.get(measure.category) ?? { category: measure.category, items: [] };
    group.items.push({ measure, index });
    groups.set(measure.category, group);
  });
  const rank = (category: MeasureCategory) => {
    const at = order.indexOf(category);
    return at < 0 ? order.length : at;
  };
  for (const group of groups.values()) group.items.sort((a, b) => a.measure.start - b.measure.start || a.index - b.index);
  return [...groups.values()].sort((a, b) => rank(a.category) - rank(b.category));
}

export interface SummaryRow {
  category: MeasureCategory;
  counts: Record<MeasureDirection, number>;
  total: number;
}

const NO_COUNTS: Record<MeasureDirection, number> = { tighten: 0, relax: 0, support: 0, neutral: 0 };

/**
 * Summary rows for the categories that have measures, plus any category the
 * filter selects (so a selected category stays visible to unselect), in `order`.
 */
export function summaryRows(
  summary: ReadonlyMap<MeasureCategory, Record<MeasureDirection, number>>,
  selected: readonly MeasureCategory[],
  order: readonly MeasureCategory[],
): SummaryRow[] {
  const categories = order.filter((category) => summary.has(category) || selected.includes(category));
  for (const category of [...summary.keys(), ...selected]) if (!categories.includes(category)) categories.push(category);
  return categories.map((category) => {
    const counts = summary.get(category) ?? NO_COUNTS;
    return { category, counts, total: counts.tighten + counts.relax + counts.support + counts.neutral };
  });
}

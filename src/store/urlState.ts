import type { MeasureCategory, MeasureDirection } from '../model';
import type { Lang } from '../i18n';
import { parseIsoDay } from '../data/publishedInterval';
import { EMPTY_FILTERS, type Filters } from './filters';
import type { LaneMode, ScriptChoice } from './displaySlice';

/**
 * The shareable view as URL query parameters. Pure functions only, so the
 * round trip can be unit-tested; `urlSync.ts` wires them to history.
 */
export interface UrlState {
  filters: Filters;
  articleId: string | null;
  measureIndex: number | null;
  script: ScriptChoice;
  lang: Lang | null;
  lanes: LaneMode;
  /** Visible timeline window as whole UTC days, or null to fit the corpus. */
  view: [string, string] | null;
}

export type UrlProblem =
  | { kind: 'bad-date'; param: 'from' | 'to'; value: string }
  | { kind: 'bad-range'; from: string; to: string }
  | { kind: 'bad-region'; value: string }
  | { kind: 'bad-category'; value: string }
  | { kind: 'bad-direction'; value: string }
  | { kind: 'bad-measure'; value: string }
  | { kind: 'bad-value'; param: string; value: string };

export const DEFAULT_URL_STATE: UrlState = {
  filters: EMPTY_FILTERS,
  articleId: null,
  measureIndex: null,
  script: 'original',
  lang: null,
  lanes: 'province',
  view: null,
};

const SCRIPT_PARAM: Record<ScriptChoice, string | null> = { original: null, simplified: 's', traditional: 't' };

export function stateToUrl(state: UrlState): string {
  const params = new URLSearchParams();
  if (state.articleId !== null) params.set('article', state.articleId);
  if (state.articleId !== null && state.measureIndex !== null) params.set('measure', String(state.measureIndex));
  const { filters } = state;
  if (filters.region !== null) params.set('region', filters.region);
  if (filters.from !== null) params.set('from', filters.from);
  if (filters.to !== null) params.set('to', filters.to);
  if (filters.categories.length > 0) params.set('measures', filters.categories.join(','));
  if (filters.directions.length > 0) params.set('direction', filters.directions.join(','));
  if (filters.query.trim() !== '') params.set('q', filters.query.trim());
  const script = SCRIPT_PARAM[state.script];
  if (script !== null) params.set('script', script);
  if (state.lang !== null) params.set('lang', state.lang);
  if (state.lanes !== 'province') params.set('lanes', state.lanes);
  if (state.view !== null) params.set('view', `${state.view[0]}..${state.view[1]}`);
  const query = params.toString();
  return query === '' ? '' : `?${query}`;
}

function listParam<T extends string>(
  raw: string | null,
  known: readonly T[],
  onBad: (value: string) => void,
): T[] {
  if (raw === null || raw === '') return [];
  const values: T[] = [];
  for (const part of raw.split(',')) {
    const value = part.trim();
    if ((known as readonly string[]).includes(value)) {
      if (!values.includes(value as T)) values.push(value as T);
    } else if (value !== '') onBad(value);
  }
  return values;
}

/** Reads a URL query; anything invalid is dropped and reported, never thrown. */
export function urlToState(
  search: string,
  known: { categories: readonly MeasureCategory[]; directions: readonly MeasureDirection[] },
): { state: UrlState; problems: UrlProblem[] } {
  const params = new URLSearchParams(search);
  const problems: UrlProblem[] = [];

  const articleId = params.get('article')?.trim() || null;
  let measureIndex: number | null = null;
  const measureRaw = params.get('measure');
  if (measureRaw !== null) {
    if (/^\d{1,4}$/.test(measureRaw) && articleId !== null) measureIndex = Number(measureRaw);
    else problems.push({ kind: 'bad-measure', value: measureRaw });
  }

  let region: string | null = params.get('region')?.trim() || null;
  if (region !== null && !/^\d{6}$/.test(region)) {
    problems.push({ kind: 'bad-region', value: region });
    region = null;
  }

  const readDate = (param: 'from' | 'to'): string | null => {
    const value = params.get(param)?.trim();
    if (!value) return null;
    if (parseIsoDay(value) === null) {
      problems.push({ kind: 'bad-date', param, value });
      return null;
    }
    return value;
  };
  let from = readDate('from');
  let to = readDate('to');
  if (from !== null && to !== null && from > to) {
    problems.push({ kind: 'bad-range', from, to });
    from = null;
    to = null;
  }

  const categories = listParam(params.get('measures'), known.categories, (value) =>
    problems.push({ kind: 'bad-category', value }),
  );
  const directions = listParam(params.get('direction'), known.directions, (value) =>
    problems.push({ kind: 'bad-direction', value }),
  );

  const scriptRaw = params.get('script');
  let script: ScriptChoice = 'original';
  if (scriptRaw === 's') script = 'simplified';
  else if (scriptRaw === 't') script = 'traditional';
  else if (scriptRaw !== null) problems.push({ kind: 'bad-value', param: 'script', value: scriptRaw });

  const langRaw = params.get('lang');
  let lang: Lang | null = null;
  if (langRaw === 'zh' || langRaw === 'en') lang = langRaw;
  else if (langRaw !== null) problems.push({ kind: 'bad-value', param: 'lang', value: langRaw });

  const lanesRaw = params.get('lanes');
  let lanes: LaneMode = 'province';
  if (lanesRaw === 'category') lanes = 'category';
  else if (lanesRaw !== null && lanesRaw !== 'province') problems.push({ kind: 'bad-value', param: 'lanes', value: lanesRaw });

  const viewRaw = params.get('view');
  let view: [string, string] | null = null;
  if (viewRaw !== null) {
    const [start = '', end = ''] = viewRaw.split('..');
    if (parseIsoDay(start) !== null && parseIsoDay(end) !== null && start < end) view = [start, end];
    else problems.push({ kind: 'bad-value', param: 'view', value: viewRaw });
  }

  return {
    state: {
      filters: { region, from, to, categories, directions, query: params.get('q') ?? '' },
      articleId,
      measureIndex,
      script,
      lang,
      lanes,
      view,
    },
    problems,
  };
}

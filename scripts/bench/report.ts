/** The benchmark's report: what was measured per corpus, the targets it is held to, and the printed table. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { FIRST_LOAD_JS_BUDGET_BYTES } from '../bundle-size';
import type { BrowserBenchResult, HeapUsage, LoadSample } from './browserBench';
import type { DataSize } from './dataSize';
import type { InteractionRun } from './interactions';
import type { MachineInfo } from './machine';
import type { ParseBenchResult } from './parseBench';
import type { ProfileSummary } from './profile';
import { growth, summarize, type Summary } from './stats';

export interface FirstLoadReport {
  source: string;
  jsGzipBytes: number;
  jsRawBytes: number;
  cssGzipBytes: number;
  cssRawBytes: number;
  files: Array<{ file: string; rawBytes: number; gzipBytes: number }>;
}

export interface InteractionSummary {
  name: string;
  detail: string;
  toFrame: Summary | null;
  toPainted: Summary | null;
  commitToFrame: Summary | null;
  mainThreadCpu: Summary | null;
  failures: string[];
  skipped: string | null;
}

export interface CorpusReport {
  key: string;
  label: string;
  articles: number;
  /** 1-minute load average before and after this corpus's browser runs. */
  loadAverage: { start: number; end: number };
  corpus: { path: string; manifestCount: number | null };
  data: { path: string; reused: boolean; buildMs: number | null };
  parse: ParseBenchResult;
  dataSize: DataSize;
  queries: { queries: [string, string]; hits: [number, number] } | null;
  loads: {
    cold: LoadStats;
    cached: LoadStats & { dataFromCache: boolean };
    errors: string[];
  };
  heap: { afterLoad: HeapUsage | null; afterInteractions: HeapUsage | null };
  interactions: InteractionSummary[];
  zoom: { frames: Summary | null; wheels: number; durationMs: number } | null;
  profile: { load: ProfileSummary; interactions: ProfileSummary } | null;
  pageErrors: string[];
  raw: { coldLoads: LoadSample[]; warmLoads: LoadSample[]; interactions: InteractionRun[]; zoomDeltas: number[] };
}

export interface LoadStats {
  all: Summary | null;
  timeline: Summary | null;
  map: Summary | null;
  list: Summary | null;
  indexArrived: Summary | null;
  mainThreadCpu: Summary | null;
}

export interface TargetCheck {
  corpus: string;
  what: string;
  target: string;
  measured: string;
  met: boolean | null;
}

export interface BenchReport {
  machine: MachineInfo;
  options: Record<string, unknown>;
  server: string;
  firstLoad: FirstLoadReport;
  corpora: CorpusReport[];
  targets: TargetCheck[];
  growth: Array<{ what: string; from: number | null; to: number | null; ratio: number | null }>;
  notes: string[];
}

const loadStats = (samples: LoadSample[]): LoadStats => ({
  all: summarize(samples.map((sample) => sample.all ?? Number.NaN)),
  timeline: summarize(samples.map((sample) => sample.timeline ?? Number.NaN)),
  map: summarize(samples.map((sample) => sample.map ?? Number.NaN)),
  list: summarize(samples.map((sample) => sample.list ?? Number.NaN)),
  indexArrived: summarize(samples.map((sample) => sample.indexArrived ?? Number.NaN)),
  mainThreadCpu: summarize(samples.map((sample) => sample.mainThreadCpu ?? Number.NaN)),
});

export function summariseInteraction(run: InteractionRun): InteractionSummary {
  const pick = (key: 'toFrame' | 'toPainted' | 'commitToFrame' | 'mainThreadCpu') => summarize(run.samples.map((sample) => sample[key] ?? Number.NaN));
  return {
    name: run.name,
    detail: run.detail,
    toFrame: pick('toFrame'),
    toPainted: pick('toPainted'),
    commitToFrame: pick('commitToFrame'),
    mainThreadCpu: pick('mainThreadCpu'),
    failures: run.samples.flatMap((sample) => (sample.error ? [sample.error] : [])),
    skipped: run.skipped ?? null,
  };
}

export function summariseBrowser(result: BrowserBenchResult): Pick<CorpusReport, 'loads' | 'heap' | 'interactions' | 'zoom' | 'profile' | 'pageErrors' | 'raw'> {
  return {
    loads: {
      cold: loadStats(result.coldLoads),
      cached: { ...loadStats(result.warmLoads), dataFromCache: result.warmLoads.every((sample) => sample.indexTransferBytes === 0) },
      errors: [...result.coldLoads, ...result.warmLoads].flatMap((sample) => (sample.error ? [sample.error] : [])),
    },
    heap: { afterLoad: result.heapAfterLoad, afterInteractions: result.heapAfterInteractions },
    interactions: result.interactions.map(summariseInteraction),
    zoom: result.zoom ? { frames: summarize(result.zoom.deltas), wheels: result.zoom.wheels, durationMs: result.zoom.durationMs } : null,
    profile: result.profile,
    pageErrors: [...new Set(result.pageErrors)],
    raw: { coldLoads: result.coldLoads, warmLoads: result.warmLoads, interactions: result.interactions, zoomDeltas: result.zoom?.deltas ?? [] },
  };
}

export const totalHeap = (heap: HeapUsage | null): number | null =>
  heap ? heap.pageBytes + heap.workerBytes.reduce((sum, bytes) => sum + bytes, 0) : null;

export const interaction = (corpus: CorpusReport | undefined, name: string) => corpus?.interactions.find((entry) => entry.name === name);

/** The filter interactions the 50 ms target is about; the text query counts from its debounced commit. */
export const FILTER_TARGETS: Array<{ name: string; label: string; stat: 'toFrame' | 'commitToFrame' }> = [
  { name: 'map click', label: 'map click', stat: 'toFrame' },
  { name: 'date brush', label: 'date brush', stat: 'toFrame' },
  { name: 'category toggle', label: 'category toggle', stat: 'toFrame' },
  { name: 'text query', label: 'text query (commit → list)', stat: 'commitToFrame' },
];

const ms = (value: number | null | undefined, digits = 0) => (value === null || value === undefined || !Number.isFinite(value) ? '–' : value.toFixed(digits));
const mb = (bytes: number | null | undefined) => (bytes === null || bytes === undefined ? '–' : (bytes / 2 ** 20).toFixed(1));
const kb = (bytes: number) => (bytes / 1000).toFixed(1);
const mark = (met: boolean | null) => (met === null ? '?' : met ? '✓' : '✗');

export const ZOOM_FRAME_LIMIT_MS = 17;

export function checkTargets(corpora: CorpusReport[], firstLoad: FirstLoadReport): TargetCheck[] {
  const checks: TargetCheck[] = [];
  const large = corpora.find((corpus) => corpus.key === '50000');
  const seeds = corpora.find((corpus) => corpus.key === 'seeds');
  const check = (corpus: string, what: string, target: string, value: number | null | undefined, limit: number, atMost: boolean, unit: string) => {
    const known = value !== null && value !== undefined && Number.isFinite(value);
    checks.push({
      corpus,
      what,
      target,
      measured: known ? `${unit === 'MB' ? mb(value! * 2 ** 20) : value! >= 100 ? value!.toFixed(0) : value!.toFixed(1)} ${unit}` : 'not measured',
      met: known ? (atMost ? value! <= limit : value! >= limit) : null,
    });
  };
  if (large) {
    check('50,000', 'parse throughput (1 core)', '≥ 5,000 articles/s', large.parse.articlesPerSecond, 5000, false, 'articles/s');
    check('50,000', 'first drawn view, data cached (median)', '≤ 1,500 ms', large.loads.cached.all?.p50, 1500, true, 'ms');
    for (const target of FILTER_TARGETS) {
      check('50,000', `${target.label} p95`, '≤ 50 ms', interaction(large, target.name)?.[target.stat]?.p95, 50, true, 'ms');
    }
    check('50,000', 'zoom frame interval p95', `≤ 16 ms (one 60 Hz frame: met at ≤ ${ZOOM_FRAME_LIMIT_MS} ms)`, large.zoom?.frames?.p95, ZOOM_FRAME_LIMIT_MS, true, 'ms');
    const heap = Math.max(totalHeap(large.heap.afterLoad) ?? 0, totalHeap(large.heap.afterInteractions) ?? 0);
    check('50,000', 'JS heap, page + search worker (largest seen)', '≤ 300 MB', heap > 0 ? heap / 2 ** 20 : null, 300, true, 'MB');
  }
  const budget = FIRST_LOAD_JS_BUDGET_BYTES / 1000;
  check('app', 'first-load JS (gzip)', `≤ ${budget} kB`, firstLoad.jsGzipBytes / 1000, budget, true, 'kB');
  if (seeds) check('5 seeds', 'first drawn view, cold cache (median)', '≤ 300 ms', seeds.loads.cold.all?.p50, 300, true, 'ms');
  return checks;
}

export function growthRatios(corpora: CorpusReport[]): BenchReport['growth'] {
  const small = corpora.find((corpus) => corpus.key === '5000');
  const large = corpora.find((corpus) => corpus.key === '50000');
  if (!small || !large) return [];
  const rows: BenchReport['growth'] = [];
  const add = (what: string, from: number | null | undefined, to: number | null | undefined) =>
    rows.push({ what, from: from ?? null, to: to ?? null, ratio: growth(from, to) });
  add('first drawn view, cold (median)', small.loads.cold.all?.p50, large.loads.cold.all?.p50);
  add('first drawn view, cached (median)', small.loads.cached.all?.p50, large.loads.cached.all?.p50);
  for (const name of ['map click', 'date brush', 'category toggle', 'text query', 'select article']) {
    add(`${name} p95`, interaction(small, name)?.toFrame?.p95, interaction(large, name)?.toFrame?.p95);
  }
  add('text query commit → list p95', interaction(small, 'text query')?.commitToFrame?.p95, interaction(large, 'text query')?.commitToFrame?.p95);
  add('zoom frame interval p95', small.zoom?.frames?.p95, large.zoom?.frames?.p95);
  add('JS heap after interactions', totalHeap(small.heap.afterInteractions), totalHeap(large.heap.afterInteractions));
  return rows;
}

function pad(rows: string[][]): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => [...(row[column] ?? '')].length)));
  return rows
    .map((row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  │  '))
    .join('\n');
}

const p50p95 = (summary: Summary | null | undefined) => (summary ? `${ms(summary.p50)} / ${ms(summary.p95)}` : '–');

export function formatTable(report: BenchReport): string {
  const corpora = report.corpora;
  const perArticle = (bytes: number, corpus: CorpusReport) => (corpus.dataSize.articles > 0 ? bytes / corpus.dataSize.articles : Number.NaN);
  const bytesCell = (corpus: CorpusReport, part: 'index' | 'articleShards' | 'searchShards') =>
    `${ms(perArticle(corpus.dataSize[part].rawBytes, corpus))} (${ms(perArticle(corpus.dataSize[part].gzipBytes, corpus))})`;
  const row = (label: string, cell: (corpus: CorpusReport) => string) => [label, ...corpora.map(cell)];
  const rows: string[][] = [
    ['', ...corpora.map((corpus) => corpus.label)],
    row('articles parsed (errors)', (c) => `${c.dataSize.articles.toLocaleString('en')} (${c.dataSize.errors})`),
    row('parse, articles/s (1 core)', (c) => ms(c.parse.articlesPerSecond)),
    row('parse, ms/article', (c) => ms(c.parse.msPerArticle, 2)),
    row('parse, first call (untimed warm-up), ms', (c) => ms(c.parse.warmUpMs)),
    row('index.json B/article raw (gzip)', (c) => bytesCell(c, 'index')),
    row('text shards B/article raw (gzip)', (c) => bytesCell(c, 'articleShards')),
    row('search shards B/article raw (gzip)', (c) => bytesCell(c, 'searchShards')),
    row('index.json total MB raw (gzip)', (c) => `${mb(c.dataSize.index.rawBytes)} (${mb(c.dataSize.index.gzipBytes)})`),
    row('cold: index.json arrived, ms', (c) => ms(c.loads.cold.indexArrived?.p50)),
    row('cold: timeline / map / list drawn, ms', (c) => `${ms(c.loads.cold.timeline?.p50)} / ${ms(c.loads.cold.map?.p50)} / ${ms(c.loads.cold.list?.p50)}`),
    row('cold: all views drawn, ms', (c) => ms(c.loads.cold.all?.p50)),
    row('cold: main-thread CPU until drawn, ms', (c) => ms(c.loads.cold.mainThreadCpu?.p50)),
    row('cached: timeline / map / list drawn, ms', (c) => `${ms(c.loads.cached.timeline?.p50)} / ${ms(c.loads.cached.map?.p50)} / ${ms(c.loads.cached.list?.p50)}`),
    row('cached: all views drawn, ms', (c) => `${ms(c.loads.cached.all?.p50)}${c.loads.cached.dataFromCache ? '' : ' (!cache)'}`),
    row('cached: main-thread CPU until drawn, ms', (c) => ms(c.loads.cached.mainThreadCpu?.p50)),
    row('machine load average during browser runs', (c) => `${c.loadAverage.start.toFixed(1)} → ${c.loadAverage.end.toFixed(1)}`),
    row('JS heap after load, MB (page)', (c) => mb(c.heap.afterLoad?.pageBytes)),
    row('JS heap after interactions, MB (page + worker)', (c) =>
      c.heap.afterInteractions ? `${mb(c.heap.afterInteractions.pageBytes)} + ${c.heap.afterInteractions.workerBytes.map(mb).join(' + ') || '0'}` : '–',
    ),
  ];
  const interactionNames = [...new Set(corpora.flatMap((corpus) => corpus.interactions.map((entry) => entry.name)))];
  for (const name of interactionNames) {
    const label =
      name === 'text query'
        ? 'text query keystroke → list p50 / p95 (incl. 180 ms debounce)'
        : name.startsWith('text query, first')
          ? `${name}, ms`
          : `${name} p50 / p95, ms`;
    rows.push(
      row(label, (c) => {
        const entry = interaction(c, name);
        if (!entry) return '–';
        if (entry.skipped) return 'skipped';
        const failed = entry.failures.length > 0 ? ` (${entry.failures.length} failed)` : '';
        return `${name.startsWith('text query, first') ? ms(entry.toFrame?.p50) : p50p95(entry.toFrame)}${failed}`;
      }),
    );
    if (name === 'text query') rows.push(row('text query commit → list p50 / p95, ms', (c) => p50p95(interaction(c, name)?.commitToFrame)));
  }
  for (const name of interactionNames.filter((entry) => !entry.startsWith('text query, first'))) {
    rows.push(row(`${name}: main-thread CPU p50 / p95, ms`, (c) => p50p95(interaction(c, name)?.mainThreadCpu)));
  }
  rows.push(row('zoom frame interval p50 / p95 / max, ms', (c) => (c.zoom?.frames ? `${ms(c.zoom.frames.p50, 1)} / ${ms(c.zoom.frames.p95, 1)} / ${ms(c.zoom.frames.max)}` : '–')));
  rows.push(row('zoom: wheel events handled in the window', (c) => (c.zoom ? `${c.zoom.wheels} in ${(c.zoom.durationMs / 1000).toFixed(1)} s` : '–')));

  const lines: string[] = [];
  const m = report.machine;
  lines.push(
    `Machine: ${m.cpuModel}, ${m.cores} cores, ${(m.totalMemoryBytes / 2 ** 30).toFixed(1)} GiB; Node ${m.node}; Chromium ${m.chromium ?? '?'}; ${m.date}`,
    `Load average (1 min) at start ${m.loadAverage.start.toFixed(2)}, at end ${m.loadAverage.end?.toFixed(2) ?? '?'} — other work on the machine skews timings.`,
    `Server: ${report.server}`,
    `First-load JS: ${kb(report.firstLoad.jsGzipBytes)} kB gzip (${kb(report.firstLoad.jsRawBytes)} kB raw); CSS ${kb(report.firstLoad.cssGzipBytes)} kB gzip — ${report.firstLoad.source}`,
    '',
    pad(rows),
    '',
    'Targets',
  );
  for (const target of report.targets) lines.push(`  ${mark(target.met)} ${target.corpus}: ${target.what} ${target.target} — measured ${target.measured}`);
  if (report.growth.length > 0) {
    lines.push('', 'Growth 5,000 → 50,000 articles (10× the articles)');
    for (const entry of report.growth) {
      const unit = entry.what.startsWith('JS heap') ? (value: number | null) => `${mb(value)} MB` : (value: number | null) => `${ms(value)} ms`;
      lines.push(`  ${entry.what}: ${unit(entry.from)} → ${unit(entry.to)} = ${entry.ratio === null ? '–' : `${entry.ratio.toFixed(1)}×`}`);
    }
  }
  for (const corpus of corpora) {
    const problems = [
      ...corpus.loads.errors.map((error) => `load: ${error}`),
      ...corpus.interactions.flatMap((entry) => [...new Set(entry.failures)].map((failure) => `${entry.name}: ${failure}`)),
      ...corpus.interactions.flatMap((entry) => (entry.skipped ? [`${entry.name}: skipped (${entry.skipped})`] : [])),
      ...corpus.pageErrors.map((error) => `page error: ${error}`),
    ];
    if (problems.length > 0) lines.push('', `Problems (${corpus.label})`, ...problems.map((problem) => `  ${problem}`));
  }
  for (const corpus of corpora) {
    if (!corpus.profile) continue;
    lines.push('', `Main-thread profile, ${corpus.label} (unminified build, self time)`);
    for (const [title, summary] of [['cached load', corpus.profile.load], ['filter interactions', corpus.profile.interactions]] as const) {
      lines.push(`  ${title} — ${ms(summary.totalMs)} ms sampled; by module:`);
      for (const entry of summary.topModules.slice(0, 10)) lines.push(`    ${(entry.share * 100).toFixed(0).padStart(3)} %  ${ms(entry.ms).padStart(6)} ms  ${entry.name}`);
      lines.push('    top functions:');
      for (const entry of summary.topFunctions.slice(0, 10)) lines.push(`    ${(entry.share * 100).toFixed(0).padStart(3)} %  ${ms(entry.ms).padStart(6)} ms  ${entry.name}`);
    }
  }
  if (report.notes.length > 0) lines.push('', 'Notes', ...report.notes.map((note) => `  - ${note}`));
  return lines.join('\n');
}

export function writeReport(path: string, report: BenchReport): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(report, null, 2)}\n`);
}

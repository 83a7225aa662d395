/**
 * `npm run evaluate [-- path/to/real-news.jsonl] [--limit N] [--show N]`
 *
 * Measures the parser against a labelled corpus: how often the publication date
 * agrees with the label at the precision the parser claims, and how often the
 * province of the first primary region agrees with the province label. Labels are
 * what the datasets say, not checked truth; `--show` prints disagreements to read.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArticleText } from '../src/parse/parseArticle';
import { allRegions } from '../src/parse/regions/gazetteer';
import type { Article } from '../src/model';

interface CorpusRow {
  source: string;
  title: string | null;
  text: string | null;
  pubDate: string | null;
  province: string | null;
}

const DEFAULT_CORPUS = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../shared/corpus/real-news.jsonl');

export function provinceCodeForLabel(label: string): string | null {
  const name = label.trim();
  if (name === '全国' || name === '中国') return '100000';
  for (const region of allRegions()) {
    if (region.level !== 'province') continue;
    if (region.name === name || region.name.startsWith(name)) return region.code;
  }
  return null;
}

export function datasetOf(source: string): string {
  return source.split(':')[0] ?? source;
}

export function dateAgrees(article: Article, label: string): boolean {
  const published = article.published!;
  const claimed = published.precision === 'day' ? 10 : published.precision === 'month' ? 7 : 4;
  return published.date.slice(0, claimed) === label.slice(0, claimed);
}

interface Tally {
  labelled: number;
  extracted: number;
  agree: number;
}

const pct = (part: number, whole: number) => (whole === 0 ? '  n/a' : `${((100 * part) / whole).toFixed(1)}%`);

function main(argv: string[]): void {
  const path = argv.find((arg) => !arg.startsWith('--') && !/^\d+$/.test(arg)) ?? DEFAULT_CORPUS;
  const limitIndex = argv.indexOf('--limit');
  const limit = limitIndex >= 0 ? Number(argv[limitIndex + 1]) : Number.POSITIVE_INFINITY;
  const showIndex = argv.indexOf('--show');
  const show = showIndex >= 0 ? Number(argv[showIndex + 1]) : 0;
  if (!existsSync(path)) {
    process.stderr.write(`No corpus at ${path}\n`);
    process.exitCode = 2;
    return;
  }
  const rows = readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .slice(0, limit)
    .map((line) => JSON.parse(line) as CorpusRow);

  const dates = new Map<string, Tally>();
  const provinces = new Map<string, Tally>();
  const tally = (map: Map<string, Tally>, key: string) => {
    const entry = map.get(key) ?? { labelled: 0, extracted: 0, agree: 0 };
    map.set(key, entry);
    return entry;
  };
  const precisionCounts = new Map<string, number>();
  const disagreements: string[] = [];
  let failures = 0;
  const started = performance.now();

  rows.forEach((row, index) => {
    const title = row.title ?? '';
    const body = row.text ?? '';
    const outcome = parseArticleText(`corpus#${index + 1}`, title && !body.startsWith(title) ? `${title}\n\n${body}` : body);
    const dataset = datasetOf(row.source);
    if (!outcome.ok) {
      failures++;
      return;
    }
    const article = outcome.article;
    if (row.pubDate) {
      for (const key of [dataset, 'ALL']) {
        const entry = tally(dates, key);
        entry.labelled++;
        if (article.published) {
          entry.extracted++;
          if (dateAgrees(article, row.pubDate)) entry.agree++;
        }
      }
      if (article.published) {
        const key = `${article.published.precision}${article.published.inferred ? ' (inferred)' : ''}`;
        precisionCounts.set(key, (precisionCounts.get(key) ?? 0) + 1);
        if (!dateAgrees(article, row.pubDate) && disagreements.length < show) {
          disagreements.push(`DATE ${row.pubDate} ≠ ${article.published.date} [${article.published.evidence.source}: ${article.published.evidence.text}] ${title.slice(0, 40)}`);
        }
      }
    }
    const labelCode = row.province ? provinceCodeForLabel(row.province) : null;
    if (labelCode) {
      for (const key of [dataset, 'ALL']) {
        const entry = tally(provinces, key);
        entry.labelled++;
        const primary = article.primaryRegions[0];
        if (primary) {
          entry.extracted++;
          const province = primary === '100000' ? primary : `${primary.slice(0, 2)}0000`;
          if (province === labelCode) entry.agree++;
          else if (key === 'ALL' && disagreements.length < show * 2) {
            disagreements.push(`PROVINCE ${row.province} ≠ ${primary} ${title.slice(0, 50)}`);
          }
        }
      }
    }
  });
  const seconds = (performance.now() - started) / 1000;

  const print = (name: string, map: Map<string, Tally>) => {
    console.log(`\n${name}: labelled, extracted (coverage), agree where extracted`);
    for (const [key, entry] of [...map.entries()].sort((a, b) => b[1].labelled - a[1].labelled)) {
      console.log(`  ${key.padEnd(40)} ${String(entry.labelled).padStart(5)} ${String(entry.extracted).padStart(5)} (${pct(entry.extracted, entry.labelled)})  ${pct(entry.agree, entry.extracted)}`);
    }
  };
  console.log(`Parsed ${rows.length} items in ${seconds.toFixed(1)} s (${((1000 * seconds) / rows.length).toFixed(2)} ms/item) on ${cpus().length}× ${cpus()[0]?.model ?? 'cpu'}; ${failures} parse failures.`);
  print('Publication date', dates);
  console.log(`  claimed precision: ${[...precisionCounts.entries()].map(([key, count]) => `${key} ${count}`).join(', ')}`);
  print('Primary province', provinces);
  if (disagreements.length > 0) console.log(`\nDisagreements:\n${disagreements.join('\n')}`);
}

main(process.argv.slice(2));

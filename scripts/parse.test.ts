import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import type { ParsedCorpus } from '../src/model';
import { parseArgs } from './parse';

const root = join(__dirname, '..');

function runParse(args: string[]): { stdout: string; stderr: string; status: number } {
  try {
    const stdout = execFileSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/parse.ts'), ...args], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return { stdout, stderr: '', status: 0 };
  } catch (error) {
    const failure = error as { stdout: string; stderr: string; status: number };
    return { stdout: failure.stdout, stderr: failure.stderr, status: failure.status };
  }
}

describe('parse CLI', () => {
  it('reads options', () => {
    expect(parseArgs(['a', '--out', 'x.json', 'b'])).toMatchObject({ inputs: ['a', 'b'], out: 'x.json' });
    expect(() => parseArgs(['--bogus'])).toThrow(/unknown option/);
  });

  it('parses a folder plus a bad file and a missing path into articles and per-file errors', () => {
    const folder = mkdtempSync(join(tmpdir(), 'parse-cli-'));
    writeFileSync(join(folder, 'lanzhou.txt'), '兰州市发布通告\n\n时间:2022-11-13\n\n全市开展全员核酸检测。');
    writeFileSync(join(folder, 'broken.bin'), Buffer.from([0, 159, 146, 150, 0, 0, 1, 2]));
    const out = join(folder, 'out', 'articles.json');
    const result = runParse([folder, join(folder, 'missing.txt'), '--out', out]);
    expect(result.status).toBe(0);
    const corpus = JSON.parse(readFileSync(out, 'utf8')) as ParsedCorpus;
    expect(corpus.schemaVersion).toBe(1);
    expect(corpus.articles.map((article) => article.id)).toEqual(['lanzhou']);
    expect(corpus.articles[0]!.published?.date).toBe('2022-11-13');
    expect(corpus.articles[0]!.primaryRegions[0]).toBe('620100');
    expect(corpus.errors.map((error) => error.file).sort()).toEqual(['broken.bin', join(folder, 'missing.txt')].sort());
  }, 60_000);

  it('prints JSON to stdout for the seeds and exits 2 without inputs', () => {
    const result = runParse([join(root, 'public/seeds')]);
    const corpus = JSON.parse(result.stdout) as ParsedCorpus;
    expect(corpus.articles).toHaveLength(5);
    expect(corpus.errors).toEqual([]);
    expect(runParse([]).status).toBe(2);
  }, 60_000);
});

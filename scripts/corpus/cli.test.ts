import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parseArgs } from '../generate-corpus';
import { generateArticle } from './generateArticle';
import type { ManifestEntry } from './manifest';

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const out = mkdtempSync(join(tmpdir(), 'corpus-cli-'));

afterAll(() => rmSync(out, { recursive: true, force: true }));

function run(args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/generate-corpus.ts', ...args], { cwd: root, encoding: 'utf8' });
}

describe('npm run corpus', () => {
  it('writes the files and a manifest line per file, the same bytes as in-process generation', () => {
    const result = run(['--count', '25', '--seed', '4', '--out', out]);
    expect(result.status, result.stderr).toBe(0);
    const manifest = readFileSync(join(out, 'manifest.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as ManifestEntry);
    expect(manifest).toHaveLength(25);
    expect(readdirSync(out).sort()).toEqual([...manifest.map((entry) => entry.file), 'manifest.jsonl'].sort());
    manifest.forEach((entry, index) => {
      const expected = generateArticle(4, index);
      expect(entry.file).toBe(expected.file);
      expect(Buffer.from(readFileSync(join(out, entry.file))).equals(Buffer.from(expected.bytes))).toBe(true);
    });
  }, 60_000);

  it('reads its arguments and rejects bad ones', () => {
    expect(parseArgs(['--count', '50000', '--seed', '9', '--out', '/tmp/x', '--workers', '2'])).toEqual({
      count: 50000,
      seed: 9,
      out: '/tmp/x',
      workers: 2,
    });
    expect(() => parseArgs(['--out', '/tmp/x'])).toThrow('--count');
    expect(() => parseArgs(['--count', '3'])).toThrow('--out');
    expect(() => parseArgs(['--count', '3', '--out', 'x', '--seed', '-1'])).toThrow('--seed');
    expect(() => parseArgs(['--count', '3', '--out', 'x', '--colour'])).toThrow('unknown');
  });
});

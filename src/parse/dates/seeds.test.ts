import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toSimplified } from '../script';
import { extractMentionedDates, findPublicationDate } from './index';

const SEEDS = new URL('../../../public/seeds/', import.meta.url);

function seed(prefix: string) {
  const file = ['000_9c3f2b878a83d6ff', '001_2430776c0247ecae', '002_549b5bbf7020d9db', '003_89e00f1fe8b27432', '004_a134936ad7d31417']
    .find((name) => name.startsWith(prefix))!;
  const raw = readFileSync(new URL(`${file}.txt`, SEEDS), 'utf8');
  const textSimplified = toSimplified(raw);
  return { raw, text: raw, textSimplified, removedLines: [] as string[] };
}

describe.skipIf(!existsSync(SEEDS))('publication dates of the seed articles', () => {
  it('000: the signature under the notice', () => {
    const input = seed('000');
    const found = findPublicationDate(input);
    expect(found).toMatchObject({ date: '2020-08-24', precision: 'day', inferred: false, evidence: { source: 'signature' } });
    expect(input.text.slice(found!.evidence.start, found!.evidence.end)).toBe('2020年8月24日');
  });

  it('001: the 更新时间 timestamp', () => {
    const input = seed('001');
    const found = findPublicationDate(input);
    expect(found).toMatchObject({ date: '2022-09-09', precision: 'day', inferred: false, evidence: { source: 'timestamp', in: 'raw' } });
    expect(input.raw.slice(found!.evidence.start, found!.evidence.end)).toContain('2022-09-09');
  });

  it('002: the 时间 timestamp', () => {
    expect(findPublicationDate(seed('002'))).toMatchObject({ date: '2022-11-13', precision: 'day', evidence: { source: 'timestamp' } });
  });

  it('003: the Traditional 訊 dateline, year from landmarks', () => {
    const found = findPublicationDate(seed('003'));
    expect(found).toMatchObject({ date: '2022-11-08', precision: 'day', inferred: true, evidence: { source: 'dateline', text: '11月8日' } });
    expect(found!.evidence.landmarks).toContain('ninth-edition-plan');
  });

  it('004: no dateline; month precision in early 2020 from landmarks', () => {
    const found = findPublicationDate(seed('004'));
    expect(found).toMatchObject({ date: '2020-02', precision: 'month', inferred: true });
    expect(found!.evidence.landmarks).toEqual(expect.arrayContaining(['wuhan-returnees', 'work-resumption-2020']));
  });

  it('resolves the dates the seeds mention against their publication dates', () => {
    const s000 = seed('000');
    const dates000 = extractMentionedDates(s000.textSimplified, findPublicationDate(s000));
    expect(dates000.slice(0, 2).map((d) => [d.text, d.date])).toEqual([['8月23日', '2020-08-23'], ['24日', '2020-08-24']]);

    const s004 = seed('004');
    expect(extractMentionedDates(s004.textSimplified, findPublicationDate(s004))).toEqual([
      expect.objectContaining({ text: '1月25日', date: '2020-01-25', precision: 'day', yearInferred: true }),
    ]);

    const s001 = seed('001');
    const dates001 = extractMentionedDates(s001.textSimplified, findPublicationDate(s001));
    expect(dates001.find((d) => d.text === '8月15日')?.date).toBe('2022-08-15');
    expect(dates001.find((d) => d.text === '2021年10月15日')?.yearInferred).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { annotatePinyin, halfWidthPunctuation, injectMojibake, misdecodeGbk, runTogether } from './damage';
import type { PageLine } from './layout';
import { encodeLegacy } from './legacyEncodings';
import { Random } from './random';

const body = (text: string): PageLine => ({ text, chrome: false });

describe('annotatePinyin', () => {
  it('adds a tone-marked reading after chosen characters, every time they occur', () => {
    const lines = [body('處理好管和放、封與解的關係，科學精準持續推進動態清零。'), body('有關部門強調，要處理好封與解的關係。')];
    const annotated = annotatePinyin(lines, new Random(3)).map((line) => line.text);
    const annotations = [...annotated.join('\n').matchAll(/(\p{Script=Han})[(（]([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+)[)）]/gu)];
    expect(annotations.length).toBeGreaterThanOrEqual(3);
    expect(annotations.some(([, , reading]) => /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/.test(reading!))).toBe(true);
    // The same character is annotated the same way wherever it occurs.
    const readingOf = new Map<string, Set<string>>();
    for (const [, char, reading] of annotations) readingOf.set(char!, (readingOf.get(char!) ?? new Set()).add(reading!));
    expect([...readingOf.values()].every((readings) => readings.size === 1)).toBe(true);
    // Removing the annotations gives the text back.
    expect(annotated.map((text) => text.replace(/[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+[)）]/g, ''))).toEqual(lines.map((line) => line.text));
  });
});

describe('misdecodeGbk', () => {
  it('reproduces the out-of-step run seen in the seeds', () => {
    // 。“管”要嚴(yán) with the lead byte of 。 lost, as in seed 003: ?!肮堋币獓?yán)
    expect(misdecodeGbk('解好社會面的“不等式”。“管”要嚴(yán)格標準', 11, 20)).toBe('解好社會面的“不等式”?!肮堋币獓?yán)格標準');
  });

  it('needs an ASCII byte to end the run', () => {
    expect(misdecodeGbk('全部都是中文没有任何数字或者字母', 2, 36)).toBeNull();
  });

  it('damages article lines only', () => {
    const lines = [
      { text: '版权所有 某某网 京ICP备12345678号', chrome: true },
      body('当前，全市疫情防控形势依然严峻复杂，自11月11日起，对密接人员实行“5天集中隔离+3天居家隔离”。'),
    ];
    const { lines: damaged, applied } = injectMojibake(lines, new Random(1));
    expect(damaged[0]).toEqual(lines[0]);
    if (applied > 0) expect(damaged[1]!.text).toContain('?');
  });
});

describe('text noise', () => {
  it('narrows Chinese punctuation', () => {
    expect(halfWidthPunctuation([body('近日，乌鲁木齐（米东区）：解封；')])[0]!.text).toBe('近日,乌鲁木齐(米东区):解封;');
  });

  it('runs paragraphs together with their indent', () => {
    const lines = [body('第一段。'), { text: '', chrome: true }, body('第二段。'), { text: '', chrome: true }, body('第三段。')];
    const joined = runTogether(lines, new Random(2)).map((line) => line.text).join('\n');
    expect(joined.replace(/\s|\u3000/g, '')).toBe('第一段。第二段。第三段。');
  });
});

describe('encodeLegacy', () => {
  it('round-trips GB18030 and Big5 text through the platform decoders', () => {
    const simplified = '库尔勒市道歉：防疫存在短板，全力做好生活保障。2022-09-09 12:38';
    const traditional = '烏魯木齊公佈書記、市長手機號碼（原標題）';
    expect(new TextDecoder('gb18030').decode(encodeLegacy(simplified, 'gb18030')!)).toBe(simplified);
    expect(new TextDecoder('big5').decode(encodeLegacy(traditional, 'big5')!)).toBe(traditional);
  });

  it('writes tone letters Big5 lacks as ?, and refuses other unknown characters', () => {
    const bytes = encodeLegacy('關(guān)', 'big5', (char) => char === 'ā');
    expect(new TextDecoder('big5').decode(bytes!)).toBe('關(gu?n)');
    expect(encodeLegacy('关(guān)', 'big5')).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { clauseAround, isHeading, splitSentences } from './sentences';

const texts = (text: string) => splitSentences(text).map((span) => text.slice(span.start, span.end));

describe('splitSentences', () => {
  it('splits on full-width and half-width terminators and line breaks', () => {
    expect(texts('一是封控。二是解封！三呢？四；五\n六;七!八?')).toEqual([
      '一是封控。',
      '二是解封！',
      '三呢？',
      '四；',
      '五',
      '六;',
      '七!',
      '八?',
    ]);
  });

  it('keeps a closing quote with the sentence it closes', () => {
    expect(texts('他说：“要解封。”随后离开。')).toEqual(['他说：“要解封。”', '随后离开。']);
    expect(texts('表示“深深的歉意！”」然后')).toEqual(['表示“深深的歉意！”」', '然后']);
  });

  it('keeps runs of terminators together', () => {
    expect(texts('真的吗？！是的。')).toEqual(['真的吗？！', '是的。']);
  });

  it('trims whitespace and drops empty sentences', () => {
    const text = '  第一句。 \n\n\u3000第二句。  ';
    const spans = splitSentences(text);
    expect(spans.map((span) => text.slice(span.start, span.end))).toEqual(['第一句。', '第二句。']);
    expect(spans[0]).toEqual({ start: 2, end: 6 });
  });

  it('does not split decimals or addresses on a half-width full stop', () => {
    expect(texts('BA.5.2毒株传播力强. 新的一句')).toEqual(['BA.5.2毒株传播力强.', '新的一句']);
  });

  it('returns nothing for blank text', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' \n ')).toEqual([]);
  });
});

describe('clauseAround', () => {
  it('finds the comma-bounded clause holding an index', () => {
    const text = '在严格落实措施的基础上，小区居民可以活动，不扎堆。';
    const sentence = splitSentences(text)[0]!;
    const clause = clauseAround(text, sentence, text.indexOf('可以'));
    expect(text.slice(clause.start, clause.end)).toBe('小区居民可以活动');
  });
});

describe('isHeading', () => {
  it('treats a short line without final punctuation as a heading', () => {
    const text = '库尔勒市道歉:防疫存在短板,全力做好生活保障\n正文在这里。还有一句。';
    const [title, body] = splitSentences(text);
    expect(isHeading(text, title!)).toBe(true);
    expect(isHeading(text, body!)).toBe(false);
  });

  it('treats every part of an exclaiming title line as heading', () => {
    const text = '复学4天倒计时！探访武汉南湖中学复学准备情况\n5月20日，武汉初三学生返校复课。';
    const spans = splitSentences(text);
    expect(spans.map((span) => isHeading(text, span))).toEqual([true, true, false]);
  });

  it('does not treat a line holding a full sentence as a heading', () => {
    const text = '前一句。没有句号的尾巴';
    const spans = splitSentences(text);
    expect(isHeading(text, spans[1]!)).toBe(false);
  });
});

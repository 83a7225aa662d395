import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Converter as cn2tConverter } from 'opencc-js/cn2t';
import { Converter as t2cnConverter } from 'opencc-js/t2cn';
import { configs as cn2tConfigs } from 'opencc-js/preset/cn2t';
import { configs as t2cnConfigs } from 'opencc-js/preset/t2cn';
import { segmentedConverter, type SegmentedConfig } from './phraseConverter';

const pairs = [
  { name: 'Simplified → Traditional', library: cn2tConverter({ from: 'cn', to: 'tw' }), ours: segmentedConverter(cn2tConfigs.s2tw as SegmentedConfig) },
  { name: 'Traditional → Simplified', library: t2cnConverter({ from: 'tw', to: 'cn' }), ours: segmentedConverter(t2cnConfigs.tw2s as SegmentedConfig) },
];

const samples = [
  '',
  '乌鲁木齐市疫情防控工作指挥部：调整部分区(县)无疫情小区的防控政策。',
  '烏魯木齊市疫情防控工作指揮部調整部分區無疫情小區的防控政策，头发干了，乾淨的衣服裡面。',
  '一目瞭然 一目了然 么麼 乾隆 乾淨 后来 後來 著作 着急 面条 麵條 发展 頭髮',
  '𠮷野家在兰州，\uD840孤立的代理项\uDC00，兼容字\uF900\uFA0E。',
  '⿰氵黄河 ⿱艹乾 ⿲丿丨乀 ⿰',
  '2022年11月11日，国务院联防联控机制公布二十条优化措施。\n\n第二段：测试 test 123。',
];

// Characters around which the two implementations could part: phrase heads,
// characters changed only inside phrases, barriers, astral and description characters.
const tricky = [...'发髮發后後干乾幹里裡裏着著面麵了瞭么麼一目然头淨净隆台臺于於，。 \n?a1⿰⿱⿲⿳𠮷豈更\uF900'];

describe.each(pairs)('$name', ({ library, ours }) => {
  it('matches opencc-js on sample texts', () => {
    for (const sample of samples) expect(ours(sample)).toBe(library(sample));
  });

  it('matches opencc-js on random mixes of tricky and ordinary characters (property)', () => {
    const han = fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((code) => String.fromCharCode(code));
    const text = fc.array(fc.oneof(fc.constantFrom(...tricky), han), { maxLength: 40 }).map((chars) => chars.join(''));
    fc.assert(
      fc.property(text, (sample) => {
        expect(ours(sample)).toBe(library(sample));
      }),
      { numRuns: 500 },
    );
  });
});

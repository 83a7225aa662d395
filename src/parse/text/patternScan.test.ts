import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATEGORY_RULES, FOREIGN_PLACE, POLICY_ACT } from '../measures/rules';
import { allMatches } from './allMatches';
import { firstUnits, startUnits } from './firstUnits';
import { PatternGroup, ScannedPattern } from './patternScan';

const TRIGGER_PATTERNS = CATEGORY_RULES.flatMap((rule) => rule.triggers.map((trigger) => trigger.pattern));
const OTHER_PATTERNS = [
  /(?<![\d〇零○一二三四五六七八九])(\d{4}|[〇零○一二三四五六七八九]{4})[)）]?[ \u00a0\u3000]?年/g,
  /(?<![\d.\-/:])(20\d{2})([-/.])(\d{1,2})\2(\d{1,2})(?![\d.\-/])/g,
  /(\p{Script=Han})[(（]([a-z]{1,7})[)）]/gu,
  /[\s\p{P}]+x/gu,
  /\bab|[^，]{2}好/g,
  /.人/gu,
  /一{2}年|(?:ab|c)d|x?y?z/g,
  /[𠀀-𠀁]人|(?:一|二)?月/gu,
  /\d{1,2}[日号]?/g,
];

function describeMatches(matches: RegExpExecArray[]): string[] {
  return matches.map((match) => `${match.index}:${JSON.stringify([...match])}`);
}

/** Text made of the characters the patterns care about, plus surrogates (paired and lone) and filler. */
const ALPHABET = [
  ...new Set([...TRIGGER_PATTERNS.map((pattern) => pattern.source).join(''), ...'2020年7月1日-/.：，,好人abcdxyz一二（）()'].filter((char) => !'\\[]'.includes(char))),
  '𠀀',
  '𠀁',
  '\ud840',
  '\udc00',
  ' ',
];
const texts = fc.array(fc.constantFrom(...ALPHABET), { maxLength: 60 }).map((chars) => chars.join(''));

describe('firstUnits', () => {
  it('reads the start units of literal alternations, classes and optional prefixes', () => {
    const units = firstUnits(/[“"]?封[”"]?与|(?<!x)解(?=y)/u)!;
    const starts = [...units.keys()].filter((unit) => units[unit] === 1).map((unit) => String.fromCharCode(unit));
    expect(starts.sort()).toEqual(['"', '“', '封', '解'].sort());
  });

  it('reads the second units of matches at least two units long', () => {
    const second = startUnits(/[“"]?封[”"]?与|解(?=y)除/u).second!;
    const seconds = [...second.keys()].filter((unit) => second[unit] === 1).map((unit) => String.fromCharCode(unit));
    expect(seconds.sort()).toEqual(['”', '"', '封', '与', '除'].sort());
    expect(startUnits(/a|bc/).second).toBeNull();
  });

  it('gives up on patterns that can match the empty string or fold case', () => {
    expect(firstUnits(/a?/)).toBeNull();
    expect(firstUnits(/abc/i)).toBeNull();
  });
});

describe('PatternGroup', () => {
  const patterns = [...TRIGGER_PATTERNS, ...OTHER_PATTERNS];
  const group = new PatternGroup(patterns);

  it('finds exactly the matches of a global scan of each pattern', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const scanned = group.matchesIn(text).map(describeMatches);
        const expected = patterns.map((pattern) => describeMatches(allMatches(pattern, text)));
        expect(scanned).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it('matches allMatches on real sentences', () => {
    const text = '3月5日起，全市暂停堂食，实行封闭管理；“封”与“解”之间，解除居家隔离14天的人员可以下楼。2020年7月1日，宣传车巡回。';
    expect(group.matchesIn(text).map(describeMatches)).toEqual(patterns.map((pattern) => describeMatches(allMatches(pattern, text))));
  });
});

describe('ScannedPattern', () => {
  it('answers as the pattern’s own test', () => {
    const tested = [FOREIGN_PLACE, POLICY_ACT, /(?<=\p{Script=Han})人/u];
    const scanned = tested.map((pattern) => new ScannedPattern(pattern));
    fc.assert(
      fc.property(fc.oneof(texts, fc.constantFrom('日本', '今日本', '美国宣布', '开展')), (text) => {
        tested.forEach((pattern, index) => expect(scanned[index]!.test(text)).toBe(pattern.test(text)));
      }),
      { numRuns: 2000 },
    );
  });
});

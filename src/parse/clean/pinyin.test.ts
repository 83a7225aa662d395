import { describe, expect, it } from 'vitest';
import { isPinyinSyllable, readingDictionary, stripPinyin } from './pinyin';

describe('stripPinyin', () => {
  it('removes annotations after Han characters in ASCII or full-width brackets', () => {
    expect(stripPinyin('有關(guān)工作會(huì)議報(bào)道')).toEqual({ text: '有關工作會議報道', count: 3 });
    expect(stripPinyin('嚴（yán）格執(zhí)行')).toEqual({ text: '嚴格執行', count: 2 });
  });

  it('keeps legitimate brackets', () => {
    const text = '區(縣)和經開區(頭屯河區)(通讯员 杜向奎)毒株(BA.5)方案(第九版)';
    expect(stripPinyin(text)).toEqual({ text, count: 0 });
  });

  it('strips toneless syllables only in a text that carries toned annotations', () => {
    expect(stripPinyin('措施(a)和(de)').count).toBe(0);
    expect(stripPinyin('關(guān)係(xi)好的(de)工作會(huì)議').text).toBe('關係好的工作會議');
  });
});

describe('isPinyinSyllable', () => {
  it('accepts pinyin syllables and rejects other words', () => {
    for (const word of ['guān', 'zhǔn', 'lüè', 'nǚ', 'xué', 'ér', 'qǐng', 'de']) expect(isPinyinSyllable(word)).toBe(true);
    for (const word of ['BA', 'covid', 'xyz', 'abc', 'PCR']) expect(isPinyinSyllable(word)).toBe(false);
  });
});

describe('readingDictionary', () => {
  it('maps readings to the characters annotated with them, most frequent first', () => {
    const dictionary = readingDictionary('報(bào)道、日報(bào)、抱(bào)著');
    expect(dictionary.get('bào')).toEqual(['報', '抱']);
  });
});

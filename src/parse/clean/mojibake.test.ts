import { describe, expect, it } from 'vitest';
import { findDamage, repairMojibake } from './mojibake';
import { readingDictionary, stripPinyin } from './pinyin';

const gbk = new TextDecoder('gb18030');
const reverse = new Map<string, [number, number]>();
for (let lead = 0x81; lead <= 0xfe; lead++) {
  for (let trail = 0x40; trail <= 0xfe; trail++) {
    const char = gbk.decode(new Uint8Array([lead, trail]));
    if (char.length === 1 && char !== '\uFFFD' && !reverse.has(char)) reverse.set(char, [lead, trail]);
  }
}

function encodeGbk(text: string): number[] {
  return [...text].flatMap((char) => (char.charCodeAt(0) < 0x80 ? [char.charCodeAt(0)] : reverse.get(char)!));
}

/**
 * Reproduces the damage found in reposted pages: the lead byte of one character
 * becomes `?`, a legacy decoder reads the rest one byte out of step (an
 * invalid pair becomes `?` and swallows both bytes), characters of GBK's
 * user-defined area vanish, and full-width marks are narrowed.
 */
function damage(text: string, charIndex: number): string {
  const bytes: number[] = [];
  [...text].forEach((char, index) => {
    const encoded = encodeGbk(char);
    if (index === charIndex) encoded[0] = 0x3f;
    bytes.push(...encoded);
  });
  let out = '';
  for (let i = 0; i < bytes.length; ) {
    const byte = bytes[i]!;
    if (byte < 0x80) {
      out += String.fromCharCode(byte);
      i++;
      continue;
    }
    const pair = i + 1 < bytes.length ? new Uint8Array([byte, bytes[i + 1]!]) : null;
    let char = '?';
    try {
      if (pair) char = new TextDecoder('gb18030', { fatal: true }).decode(pair);
    } catch {
      char = '?';
    }
    const code = char.charCodeAt(0);
    if (code >= 0xe000 && code <= 0xf8ff) char = '';
    out += char.replace('！', '!').replace('，', ',').replace('：', ':').replace('；', ';');
    i += 2;
  }
  return out;
}

function clean(text: string): string {
  const readings = readingDictionary(text);
  const repaired = repairMojibake(stripPinyin(text).text, readings);
  return stripPinyin(repaired.text).text;
}

const CONTEXT =
  '省委書記強(qiáng)調(diào),要嚴(yán)格落實(shí)防控措施,科學(xué)精準(zhǔn)做好防控工作。' +
  '各地要嚴(yán)格執(zhí)行國家防控方案,科學(xué)劃定風(fēng)險(xiǎn)區(qū),確保管到位。' +
  '在全省範(fàn)圍內(nèi),在社區(qū)和學(xué)校加強(qiáng)管理。';

describe('repairMojibake', () => {
  it('re-pairs a run shifted by a lost byte and restores the annotation bracket it swallowed', () => {
    const sentence = '要加強(qiáng)管理。“防”要嚴(yán)格落實(shí)。';
    const index = [...sentence].indexOf('。');
    const damaged = damage(CONTEXT + sentence, [...CONTEXT].length + index);
    expect(damaged).not.toBe(CONTEXT + sentence);
    expect(damaged).toContain('?');
    expect(clean(damaged)).toBe(clean(CONTEXT + sentence));
  });

  it('ends a run at a letter that was the trail byte of an extension character', () => {
    // 學 is 8C 57 in GBK: its trail byte reads as the letter W.
    const sentence = '確保管到位。“控”要科學(xué)劃定。';
    const damaged = damage(CONTEXT + sentence, [...CONTEXT].length + [...sentence].indexOf('。'));
    expect(damaged).toMatch(/W\(xué\)/);
    expect(clean(damaged)).toBe(clean(CONTEXT + sentence));
  });

  it('re-inserts a dropped user-defined character pair', () => {
    const sentence = '確保管到位。“封”要在嚴(yán)格評(píng)估后落實(shí)。';
    const damaged = damage(CONTEXT + sentence, [...CONTEXT].length + [...sentence].indexOf('。'));
    expect(clean(damaged)).toBe(clean(CONTEXT + sentence));
  });

  it('recovers a character lost to ? from its surviving annotation', () => {
    const text = '甘肅日報(bào)報(bào)道,甘肅日?qǐng)?bào)記者。';
    const repaired = repairMojibake(stripPinyin(text).text, readingDictionary(text));
    expect(repaired.repaired).toBe(1);
    expect(stripPinyin(repaired.text).text).toBe('甘肅日報報道,甘肅日報記者。');
  });

  it('leaves real question marks alone', () => {
    for (const text of [
      '怎麼辦?我們先做核酸檢測。大家都去了嗎?去了。',
      '中国正在打一场疫情防控的人民战争。怎样分析这场战争?目前打到了哪一步?如何全面打赢?亲自指挥这场战争的习近平从容作答。',
    ]) {
      expect(repairMojibake(text, new Map())).toEqual({ text, repaired: 0 });
      expect(findDamage(text)).toEqual([]);
    }
  });
});

describe('findDamage', () => {
  it('marks replacement characters and unrepaired shifted runs', () => {
    const text = '疫情\uFFFD\uFFFD防控。要?!肮堋币獓?嚴格';
    const spans = findDamage(text);
    expect(spans[0]).toEqual({ start: 2, end: 4, reason: 'replacement-character' });
    expect(spans[1]).toMatchObject({ start: text.indexOf('?'), reason: 'mojibake' });
    expect(text.slice(spans[1]!.start, spans[1]!.end)).toBe('?!肮堋币獓?');
  });
});

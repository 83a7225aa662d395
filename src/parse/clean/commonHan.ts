/**
 * Which Han characters are everyday ones, judged script-neutrally: a character
 * counts as common when it sits in GB2312 level 1 (the 3,755 most used
 * Simplified characters) or in Big5's "frequently used" block (5,401 Traditional
 * characters). Both tables are read from the platform's TextDecoder at first
 * use, so nothing is shipped.
 */

/** Common characters by code unit (all of them lie in the BMP). */
let common: Uint8Array | null = null;

function decodePairs(encoding: string, leads: [number, number], trails: Array<[number, number]>): string[] {
  const decoder = new TextDecoder(encoding);
  const chars: string[] = [];
  const pair = new Uint8Array(2);
  for (let lead = leads[0]; lead <= leads[1]; lead++) {
    for (const [from, to] of trails) {
      for (let trail = from; trail <= to; trail++) {
        pair[0] = lead;
        pair[1] = trail;
        const char = decoder.decode(pair);
        if (char.length === 1 && char !== '\uFFFD') chars.push(char);
      }
    }
  }
  return chars;
}

function commonTable(): Uint8Array {
  if (common) return common;
  const gb2312Level1 = decodePairs('gb18030', [0xb0, 0xd7], [[0xa1, 0xfe]]);
  const big5Frequent = decodePairs('big5', [0xa4, 0xc6], [
    [0x40, 0x7e],
    [0xa1, 0xfe],
  ]);
  common = new Uint8Array(0x10000);
  for (const char of [...gb2312Level1, ...big5Frequent]) if (HAN.test(char)) common[char.charCodeAt(0)] = 1;
  return common;
}

const HAN = /\p{Script=Han}/u;

export function isHan(char: string): boolean {
  return HAN.test(char);
}

export function isCommonHan(char: string): boolean {
  return char.length === 1 && commonTable()[char.charCodeAt(0)] === 1;
}

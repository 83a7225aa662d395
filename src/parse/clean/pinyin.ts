/**
 * Pinyin annotations inserted after characters by some reposting sites:
 * `關(guān)` → `關`. An annotation is one pinyin syllable (tone marks or not) in
 * ASCII or full-width brackets directly after a Han character, so legitimate
 * brackets such as `(縣)`, `(BA.5)` or `(通讯员 杜向奎)` are left alone.
 */

const TONED_VOWELS = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü';
const TONE_FREE: Record<string, string> = Object.fromEntries(
  [...TONED_VOWELS].map((vowel, index) => [vowel, vowel === 'ü' ? 'v' : 'aeiouv'[Math.floor(index / 4)]!]),
);

const SYLLABLE =
  /^(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ueng|ang|eng|ong|ian|iao|uai|uan|van|ing|ai|ei|ao|ou|an|en|er|ia|ie|iu|in|ua|uo|ui|un|vn|ve|ue|a|o|e|i|u|v)|ng|n|m)$/;

/** Letters that may form an annotation (before checking it is a real syllable). */
export const PINYIN_LETTERS = `a-zA-Z${TONED_VOWELS}ɑɡ`;

function toneless(word: string): string {
  return [...word.toLowerCase()].map((char) => TONE_FREE[char] ?? (char === 'ɑ' ? 'a' : char === 'ɡ' ? 'g' : char)).join('');
}

export function isPinyinSyllable(word: string): boolean {
  if (word.length === 0 || word.length > 7) return false;
  // Upper-case words are acronyms (BA, CT), not annotations.
  if (word !== word.toLowerCase()) return false;
  const bare = toneless(word);
  if (!/^[a-z]+$/.test(bare)) return false;
  return SYLLABLE.test(bare);
}

export function hasToneMark(word: string): boolean {
  return [...word].some((char) => TONED_VOWELS.includes(char) && char !== 'ü');
}

const ANNOTATION = new RegExp(`(\\p{Script=Han})[(（]([${PINYIN_LETTERS}]{1,7})[)）]`, 'gu');

/**
 * A bare syllable such as `(de)` or `(a)` after a character is only an
 * annotation when the text carries toned annotations elsewhere, so lists like
 * `措施(a)` in clean text survive.
 */
export function stripPinyin(text: string): { text: string; count: number } {
  const words = [...text.matchAll(ANNOTATION)].map((match) => match[2]!);
  const annotated = words.filter((word) => isPinyinSyllable(word) && hasToneMark(word)).length >= 2;
  let count = 0;
  const stripped = text.replace(ANNOTATION, (whole, han: string, word: string) => {
    if (!isPinyinSyllable(word)) return whole;
    if (!hasToneMark(word) && !annotated) return whole;
    count++;
    return han;
  });
  return { text: stripped, count };
}

/** Reading → characters seen annotated with it in this text, most frequent first. */
export function readingDictionary(text: string): Map<string, string[]> {
  const counts = new Map<string, Map<string, number>>();
  for (const match of text.matchAll(ANNOTATION)) {
    const [, han, word] = match;
    if (!han || !word || !isPinyinSyllable(word)) continue;
    const byChar = counts.get(word) ?? new Map<string, number>();
    byChar.set(han, (byChar.get(han) ?? 0) + 1);
    counts.set(word, byChar);
  }
  const dictionary = new Map<string, string[]>();
  for (const [word, byChar] of counts) {
    dictionary.set(
      word,
      [...byChar.entries()].sort((a, b) => b[1] - a[1]).map(([han]) => han),
    );
  }
  return dictionary;
}

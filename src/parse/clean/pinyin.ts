/**
 * Pinyin annotations inserted after characters by some reposting sites:
 * `關(guān)` → `關`. An annotation is one pinyin syllable (tone marks or not) in
 * ASCII or full-width brackets directly after a Han character, so legitimate
 * brackets such as `(縣)`, `(BA.5)` or `(通讯员 杜向奎)` are left alone.
 */

const TONED_VOWELS = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü';
const TONED_CAPITALS = 'ĀÁǍÀĒÉĚÈĪÍǏÌŌÓǑÒŪÚǓÙǕǗǙǛÜ';
const TONE_FREE: Record<string, string> = Object.fromEntries(
  [...TONED_VOWELS].map((vowel, index) => [vowel, vowel === 'ü' ? 'v' : 'aeiouv'[Math.floor(index / 4)]!]),
);

const SYLLABLE =
  /^(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ueng|ang|eng|ong|ian|iao|uai|uan|van|ing|ai|ei|ao|ou|an|en|er|ia|ie|iu|in|ua|uo|ui|un|vn|ve|ue|a|o|e|i|u|v)|ng|n|m)$/;

/** Letters that may form an annotation (before checking it is a real syllable). */
export const PINYIN_LETTERS = `a-zA-Z${TONED_VOWELS}ɑɡ`;
/** Annotation letters including capitals with tone marks (`Yán`, `GUĀN`). */
const ANNOTATION_LETTERS = `${PINYIN_LETTERS}${TONED_CAPITALS}`;

function toneless(word: string): string {
  return [...word.toLowerCase()].map((char) => TONE_FREE[char] ?? (char === 'ɑ' ? 'a' : char === 'ɡ' ? 'g' : char)).join('');
}

/** Verdicts by word: an annotated page repeats the same few hundred syllables thousands of times. */
const syllableVerdicts = new Map<string, boolean>();
const MAX_REMEMBERED_WORDS = 10_000;

export function isPinyinSyllable(word: string): boolean {
  let verdict = syllableVerdicts.get(word);
  if (verdict === undefined) {
    verdict = judgeSyllable(word);
    if (syllableVerdicts.size >= MAX_REMEMBERED_WORDS) syllableVerdicts.clear();
    syllableVerdicts.set(word, verdict);
  }
  return verdict;
}

function judgeSyllable(word: string): boolean {
  if (word.length === 0 || word.length > 7) return false;
  // Upper-case words are acronyms (BA, CT), not annotations, unless a tone mark shows they are pinyin.
  if (word !== word.toLowerCase() && !hasToneMark(word.toLowerCase())) return false;
  const bare = toneless(word);
  if (!/^[a-z]+$/.test(bare)) return false;
  return SYLLABLE.test(bare);
}

export function hasToneMark(word: string): boolean {
  return [...word.toLowerCase()].some((char) => TONED_VOWELS.includes(char) && char !== 'ü');
}

const ANNOTATION = new RegExp(`(\\p{Script=Han})[(（]([${ANNOTATION_LETTERS}]{1,7})[)）]`, 'gu');

/**
 * An annotation whose toned vowel a legacy encoder (Big5, GBK) could not
 * represent and wrote as `?`: `關(gu?n)`.
 */
const LOSSY_ANNOTATION = /(\p{Script=Han})[(（]([a-z]{0,6}\?[a-z]{0,6})[)）]/gu;
/** Lossy annotations only count as such when the text has several of them. */
const MIN_LOSSY = 3;

/**
 * Every match of an annotation pattern (a Han character, then a bracket), as
 * a global scan finds them. Such a match can only start at the character right
 * before a bracket, so only those places are tried: the pattern itself would be
 * tried at every Han character of the page.
 */
function annotationMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  const sticky = stickyCopies.get(pattern) ?? new RegExp(pattern.source, `${pattern.flags.replace('g', '')}y`);
  stickyCopies.set(pattern, sticky);
  const matches: RegExpExecArray[] = [];
  let resumeAt = 0;
  for (let bracket = 1; bracket < text.length; bracket++) {
    const unit = text.charCodeAt(bracket);
    if (unit !== 0x28 && unit !== 0xff08) continue;
    // The character before the bracket, which may be a surrogate pair.
    const low = text.charCodeAt(bracket - 1);
    const pairStart = bracket >= 2 && low >= 0xdc00 && low <= 0xdfff && (text.charCodeAt(bracket - 2) & 0xfc00) === 0xd800;
    const start = pairStart ? bracket - 2 : bracket - 1;
    if (start < resumeAt) continue;
    sticky.lastIndex = start;
    const match = sticky.exec(text);
    if (match === null) continue;
    matches.push(match);
    resumeAt = start + match[0].length;
  }
  return matches;
}

const stickyCopies = new Map<RegExp, RegExp>();

/** `text.replace(pattern, replacer)` for a global pattern whose matches are given. */
function replaceMatches(text: string, matches: readonly RegExpExecArray[], replacer: (match: RegExpExecArray) => string): string {
  if (matches.length === 0) return text;
  let out = '';
  let copiedTo = 0;
  for (const match of matches) {
    out += text.slice(copiedTo, match.index) + replacer(match);
    copiedTo = match.index + match[0].length;
  }
  return out + text.slice(copiedTo);
}

function isLossySyllable(word: string): boolean {
  if (word.length > 7) return false;
  return [...'aoeiuv'].some((vowel) => isPinyinSyllable(word.replace('?', vowel)));
}

export interface AnnotationProfile {
  /** The text carries pinyin annotations, so toneless syllables in brackets are annotations too. */
  annotated: boolean;
  /** Its annotations lost their tone marks to `?`. */
  lossy: boolean;
}

/** How the text is annotated, judged on the whole text once. */
export function annotationProfile(text: string): AnnotationProfile {
  const toned = annotationMatches(ANNOTATION, text).filter((match) => isPinyinSyllable(match[2]!) && hasToneMark(match[2]!)).length;
  const lossy = annotationMatches(LOSSY_ANNOTATION, text).filter((match) => isLossySyllable(match[2]!)).length >= MIN_LOSSY;
  return { annotated: toned >= 2 || lossy, lossy };
}

/**
 * A bare syllable such as `(de)` or `(a)` after a character is only an
 * annotation when the text carries toned annotations elsewhere, so lists like
 * `措施(a)` in clean text survive. `profile` defaults to the text's own; pass
 * the whole article's profile when stripping a part of it.
 */
export function stripPinyin(text: string, profile: AnnotationProfile = annotationProfile(text)): { text: string; count: number } {
  let count = 0;
  let stripped = replaceMatches(text, annotationMatches(ANNOTATION, text), ([whole, han, word]) => {
    if (!isPinyinSyllable(word!)) return whole;
    if (!hasToneMark(word!) && !profile.annotated) return whole;
    count++;
    return han!;
  });
  if (profile.lossy) {
    stripped = replaceMatches(stripped, annotationMatches(LOSSY_ANNOTATION, stripped), ([whole, han, word]) => {
      if (!isLossySyllable(word!)) return whole;
      count++;
      return han!;
    });
  }
  return { text: stripped, count };
}

/** Reading → characters seen annotated with it in this text, most frequent first. */
export function readingDictionary(text: string): Map<string, string[]> {
  const counts = new Map<string, Map<string, number>>();
  for (const match of annotationMatches(ANNOTATION, text)) {
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

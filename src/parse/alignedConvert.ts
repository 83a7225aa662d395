export type Convert = (text: string) => string;

/**
 * Whether `converted` puts every character at the same UTF-16 offsets as
 * `original`. Equal lengths are not enough: a phrase table entry that turns a
 * character outside the BMP into one inside it (𡻕 → 岁) and another doing the
 * opposite (㗲 → 𠵾) keep the total length but shift everything between them.
 */
function sameShape(original: string, converted: string): boolean {
  if (original.length !== converted.length) return false;
  if (original === converted) return true;
  for (let index = 0; index < original.length; index++) {
    const a = original.charCodeAt(index);
    const b = converted.charCodeAt(index);
    // Either is half of a surrogate pair (D800–DFFF): then both must be the same half (D800–DBFF or DC00–DFFF).
    if (((a & 0xf800) === 0xd800 || (b & 0xf800) === 0xd800) && (a & 0xfc00) !== (b & 0xfc00)) return false;
  }
  return true;
}

/**
 * Runs an OpenCC converter but guarantees every character of the output sits
 * at its UTF-16 offsets in the input, so offsets found in one script highlight
 * the same characters in the other.
 */
export function alignedConvert(text: string, convert: Convert): string {
  const whole = convert(text);
  if (sameShape(text, whole)) return whole;
  // Phrase tables occasionally change a character's UTF-16 length; fall back
  // line by line, then character by character, keeping the original wherever
  // the shape differs.
  // A long line converts the same few thousand characters over and over: each is converted once.
  const single = new Map<string, string>();
  const lines = text.split('\n');
  return lines
    .map((line) => {
      // A text of one line has just been converted whole.
      const converted = lines.length === 1 ? whole : convert(line);
      if (sameShape(line, converted)) return converted;
      let out = '';
      for (const char of line) {
        let one = single.get(char);
        if (one === undefined) {
          const result = convert(char);
          one = sameShape(char, result) ? result : char;
          single.set(char, one);
        }
        out += one;
      }
      return out;
    })
    .join('\n');
}

export type Convert = (text: string) => string;

/**
 * Runs an OpenCC converter but guarantees the output has the input's UTF-16
 * length, so offsets found in one script highlight the same characters in the other.
 */
export function alignedConvert(text: string, convert: Convert): string {
  const whole = convert(text);
  if (whole.length === text.length) return whole;
  // Phrase tables occasionally change length; fall back line by line, then
  // character by character, keeping the original wherever lengths differ.
  // A long line converts the same few thousand characters over and over: each is converted once.
  const single = new Map<string, string>();
  const lines = text.split('\n');
  return lines
    .map((line) => {
      // A text of one line has just been converted whole.
      const converted = lines.length === 1 ? whole : convert(line);
      if (converted.length === line.length) return converted;
      let out = '';
      for (const char of line) {
        let one = single.get(char);
        if (one === undefined) {
          const result = convert(char);
          one = result.length === char.length ? result : char;
          single.set(char, one);
        }
        out += one;
      }
      return out;
    })
    .join('\n');
}

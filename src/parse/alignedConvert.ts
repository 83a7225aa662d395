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
  return text
    .split('\n')
    .map((line) => {
      const converted = convert(line);
      if (converted.length === line.length) return converted;
      let out = '';
      for (const char of line) {
        const one = convert(char);
        out += one.length === char.length ? one : char;
      }
      return out;
    })
    .join('\n');
}

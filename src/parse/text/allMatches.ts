/**
 * Every match of a global pattern, exactly as `String.prototype.matchAll`
 * yields them. `matchAll` copies the pattern on each call; on the parser's hot
 * paths (dozens of patterns per sentence) that copy cost more than the
 * matching. The pattern's `lastIndex` is reset before and left at 0 after.
 */
export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  if (!pattern.global) throw new TypeError('allMatches needs a global pattern');
  const matches: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    matches.push(match);
    // As matchAll does: an empty match moves on by one character, so the scan ends.
    if (match[0] === '') pattern.lastIndex = nextIndex(text, pattern.lastIndex, pattern.unicode || pattern.flags.includes('v'));
  }
  return matches;
}

function nextIndex(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const unit = text.charCodeAt(index);
  const next = text.charCodeAt(index + 1);
  return unit >= 0xd800 && unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? index + 2 : index + 1;
}

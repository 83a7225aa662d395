/**
 * Saved web pages: when a file is HTML rather than plain text, its markup is
 * reduced to the text a reader would see. Scripts, styles, comments and the
 * document head go; block-level tags become line breaks; character
 * references are decoded. Plain text (even with a stray `<` or `&`) passes
 * through unchanged.
 */

const BLOCK_TAGS =
  'p|div|br|hr|h[1-6]|li|ul|ol|dl|dt|dd|tr|table|thead|tbody|section|article|header|footer|nav|aside|main|blockquote|pre|figure|figcaption|center|form|title|body|html';

const HTML_SIGNS = /<!doctype\s+html|<html[\s>]|<body[\s>]|<\/(?:p|div|span|a|td|li|h[1-6])>|<br\s*\/?>|<p[\s>]/gi;

const NAMED: Record<string, string> = {
  nbsp: '\u00A0',
  ensp: '\u2002',
  emsp: '\u2003',
  thinsp: '\u2009',
  ideographicspace: '\u3000',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  laquo: '«',
  raquo: '»',
  mdash: '—',
  ndash: '–',
  hellip: '…',
  middot: '·',
  bull: '•',
  copy: '©',
  reg: '®',
  trade: '™',
  times: '×',
  divide: '÷',
  deg: '°',
  plusmn: '±',
  yen: '¥',
  permil: '‰',
  shy: '\u00AD',
  zwsp: '\u200B',
};

/** True when the text is a web page's source rather than its text. */
export function looksLikeHtml(text: string): boolean {
  const signs = text.match(HTML_SIGNS)?.length ?? 0;
  return signs >= 3 || /^\s*<!doctype\s+html|^\s*<html[\s>]/i.test(text);
}

function codePoint(value: number): string {
  if (!Number.isFinite(value) || value <= 0 || value > 0x10ffff || (value >= 0xd800 && value <= 0xdfff)) return '\uFFFD';
  return String.fromCodePoint(value);
}

export function decodeEntities(text: string): string {
  return text.replace(/&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]{2,20}));?/g, (whole, decimal?: string, hex?: string, name?: string) => {
    if (decimal !== undefined) return codePoint(Number(decimal));
    if (hex !== undefined) return codePoint(parseInt(hex, 16));
    const named = NAMED[name!.toLowerCase()];
    // An unknown name is ordinary text that happens to follow an ampersand.
    return named ?? whole;
  });
}

/**
 * Replaces every match of a tag pattern (which must end in `>`). A tag cannot
 * close after the text's last `>`, so the pattern only runs up to there: a
 * pattern such as `<a[^>]*>` would otherwise scan to the end of the text from
 * every unclosed `<a`, which is quadratic.
 */
function replaceTags(text: string, pattern: RegExp, replacement: string): string {
  const end = text.lastIndexOf('>') + 1;
  if (end === 0) return text;
  return text.slice(0, end).replace(pattern, replacement) + text.slice(end);
}

/** Removes `<!-- … -->` comments; an unterminated comment stays as text. */
function removeComments(text: string): string {
  let out = '';
  let cursor = 0;
  for (let open = text.indexOf('<!--'); open !== -1; open = text.indexOf('<!--', cursor)) {
    const close = text.indexOf('-->', open + 4);
    // No later comment can be terminated either.
    if (close === -1) break;
    out += text.slice(cursor, open);
    cursor = close + 3;
  }
  return out + text.slice(cursor);
}

const HIDDEN_ELEMENT = /<(script|style|noscript|template|svg|iframe|object)\b[^>]*>/gi;
const UNCLOSED_HIDDEN = /<(?:script|style|noscript)\b[^>]*>/i;

/**
 * Removes script, style and other hidden elements with their content, each up
 * to the first matching end tag; one without an end tag stays (the caller drops
 * a trailing unclosed script, style or noscript). Linear: an element whose end
 * tag does not occur later in the text is skipped without scanning for it.
 */
function removeHiddenElements(text: string): string {
  const lastClose = new Map<string, number>();
  const lastCloseOf = (name: string): number => {
    let last = lastClose.get(name);
    if (last === undefined) {
      last = -1;
      for (const match of text.matchAll(new RegExp(`</${name}\\s*>`, 'gi'))) last = match.index;
      lastClose.set(name, last);
    }
    return last;
  };
  const searchable = text.slice(0, text.lastIndexOf('>') + 1);
  let out = '';
  let cursor = 0;
  HIDDEN_ELEMENT.lastIndex = 0;
  for (let open = HIDDEN_ELEMENT.exec(searchable); open; open = HIDDEN_ELEMENT.exec(searchable)) {
    const name = open[1]!.toLowerCase();
    const contentStart = open.index + open[0].length;
    if (lastCloseOf(name) < contentStart) {
      // No end tag after this one: try the next `<` as the regex would.
      HIDDEN_ELEMENT.lastIndex = open.index + 1;
      continue;
    }
    const close = new RegExp(`</${name}\\s*>`, 'gi');
    close.lastIndex = contentStart;
    const end = close.exec(text)!;
    out += text.slice(cursor, open.index);
    cursor = end.index + end[0].length;
    HIDDEN_ELEMENT.lastIndex = cursor;
  }
  return out + text.slice(cursor);
}

const HEAD_OPEN = /<head\b[^>]*>/i;

/** Removes the first `<head>…</head>`, if it has an end tag (checked first, so no scan is repeated). */
function removeHead(text: string): string {
  const open = HEAD_OPEN.exec(text.slice(0, text.lastIndexOf('>') + 1));
  if (!open) return text;
  const close = /<\/head\s*>/gi;
  close.lastIndex = open.index + open[0].length;
  const end = close.exec(text);
  if (!end) return text;
  return text.slice(0, open.index) + text.slice(end.index + end[0].length);
}

/** The visible text of an HTML page, one block per line; any other text unchanged. */
export function stripMarkup(text: string): string {
  if (!looksLikeHtml(text)) return text;
  let body = removeHiddenElements(removeComments(text));
  // A script, style or noscript left open runs to the end of the page.
  const unclosed = UNCLOSED_HIDDEN.exec(body.slice(0, body.lastIndexOf('>') + 1));
  if (unclosed) body = body.slice(0, unclosed.index);
  // The head repeats the title with the site's name and holds no article text.
  if (/<body[\s>]/i.test(body)) body = removeHead(body);
  body = replaceTags(body, new RegExp(`<\\/?(?:${BLOCK_TAGS})\\b[^>]*>`, 'gi'), '\n');
  body = replaceTags(body, /<!?\/?[a-zA-Z][^>]*>/g, '');
  body = replaceTags(body, /<!\w[^>]*>/g, '');
  return decodeEntities(body);
}

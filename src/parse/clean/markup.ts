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

/** The visible text of an HTML page, one block per line; any other text unchanged. */
export function stripMarkup(text: string): string {
  if (!looksLikeHtml(text)) return text;
  let body = text
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style|noscript|template|svg|iframe|object)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<(script|style|noscript)\b[^>]*>[\s\S]*$/gi, '');
  // The head repeats the title with the site's name and holds no article text.
  if (/<body[\s>]/i.test(body)) body = body.replace(/<head\b[^>]*>[\s\S]*?<\/head\s*>/i, '');
  body = body
    .replace(new RegExp(`<\\/?(?:${BLOCK_TAGS})\\b[^>]*>`, 'gi'), '\n')
    .replace(/<!?\/?[a-zA-Z][^>]*>/g, '')
    .replace(/<!\w[^>]*>/g, '');
  return decodeEntities(body);
}

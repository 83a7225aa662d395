import type { MeasureCategory } from '../../src/model';
import { type Day } from './calendar';
import { composeArticle, type ArticleKind, type ComposedArticle, type DatelineStyle, type SignatureStyle } from './compose';
import {
  annotatePinyin,
  blankLineNoise,
  halfWidthPunctuation,
  injectMojibake,
  injectReplacementChars,
  runTogether,
  type DamageKind,
} from './damage';
import { isoDate } from './dates';
import { NATIONAL_FOCUS, chooseFocus, chooseProvince, primaryCodes, type Focus } from './focus';
import { layoutPage, pageHtml, pageText, type HeaderStyle, type PageLine, type PageStyle } from './layout';
import { encodeLegacy } from './legacyEncodings';
import type { DateForm, FileEncoding, ManifestEntry, ManifestMeasure } from './manifest';
import { Random, hashSeed, type Weighted } from './random';
import { chooseScript, convertPage, type ScriptChoice } from './scriptConversion';
import { availableCategories, chooseStance } from './sentencePicker';
import { samplePublicationDay } from './waves';

/**
 * One synthetic article: its file bytes and its ground truth. Everything is
 * drawn from a stream seeded by (corpus seed, index), so the same pair always
 * gives the same bytes.
 */

export interface GeneratedArticle {
  file: string;
  bytes: Uint8Array;
  manifest: ManifestEntry;
}

const KINDS_LOCAL: Weighted<ArticleKind>[] = [
  { value: 'brief', weight: 58 },
  { value: 'post', weight: 4 },
  { value: 'report', weight: 22 },
  { value: 'notice', weight: 6 },
  { value: 'bulletin', weight: 4 },
  { value: 'longform', weight: 6 },
];
const KINDS_NATIONAL: Weighted<ArticleKind>[] = [
  { value: 'brief', weight: 55 },
  { value: 'report', weight: 35 },
  { value: 'longform', weight: 10 },
];

function targetLength(kind: ArticleKind, random: Random): number {
  switch (kind) {
    case 'brief':
      return random.logUniform(50, 260);
    case 'post':
      return 0;
    case 'report':
      return random.logUniform(300, 900);
    case 'notice':
      return random.logUniform(200, 800);
    case 'bulletin':
      return random.logUniform(250, 700);
    case 'longform':
      return random.logUniform(2000, 5000);
  }
}

const PAGE_STYLES: Record<ArticleKind, Weighted<PageStyle>[]> = {
  brief: [
    { value: 'plain', weight: 60 },
    { value: 'news-site', weight: 15 },
    { value: 'portal', weight: 10 },
    { value: 'gov', weight: 10 },
    { value: 'repost', weight: 5 },
  ],
  post: [{ value: 'plain', weight: 1 }],
  report: [
    { value: 'plain', weight: 30 },
    { value: 'news-site', weight: 20 },
    { value: 'portal', weight: 20 },
    { value: 'repost', weight: 15 },
    { value: 'gov', weight: 10 },
    { value: 'magazine', weight: 5 },
  ],
  notice: [
    { value: 'gov', weight: 45 },
    { value: 'plain', weight: 35 },
    { value: 'news-site', weight: 20 },
  ],
  bulletin: [
    { value: 'gov', weight: 80 },
    { value: 'plain', weight: 20 },
  ],
  longform: [
    { value: 'plain', weight: 25 },
    { value: 'news-site', weight: 20 },
    { value: 'portal', weight: 20 },
    { value: 'repost', weight: 20 },
    { value: 'magazine', weight: 15 },
  ],
};

function chooseHeader(style: PageStyle, kind: ArticleKind, random: Random): HeaderStyle | null {
  if (kind === 'post') return null;
  switch (style) {
    case 'gov':
      return random.chance(0.85) ? 'gov' : null;
    case 'news-site':
      return random.weighted<HeaderStyle>([
        { value: 'updated', weight: 6 },
        { value: 'published', weight: 3 },
        { value: 'media-line', weight: 1 },
      ]);
    case 'portal':
      return random.weighted<HeaderStyle>([
        { value: 'portal', weight: 5 },
        { value: 'time-label', weight: 3 },
        { value: 'clock-first', weight: 2 },
      ]);
    case 'plain':
      if (!random.chance(0.25)) return null;
      return random.pick<HeaderStyle>(['bare', 'media-line', 'published', 'clock-first']);
    case 'repost':
      return random.chance(0.1) ? 'media-line' : null;
    case 'magazine':
      return null;
  }
}

function chooseDateline(kind: ArticleKind, random: Random): DatelineStyle {
  if (kind === 'notice' || kind === 'bulletin' || kind === 'post') return 'none';
  if (kind === 'brief') {
    return random.weighted<DatelineStyle>([
      { value: 'lead-md', weight: 50 },
      { value: 'lead-ymd', weight: 12 },
      { value: 'none', weight: 25 },
      { value: 'md-report', weight: 8 },
      { value: 'today', weight: 5 },
    ]);
  }
  return random.weighted<DatelineStyle>([
    { value: 'md-xun', weight: 20 },
    { value: 'md-dian', weight: 12 },
    { value: 'md-report', weight: 10 },
    { value: 'today', weight: 6 },
    { value: 'ymd-xun', weight: 4 },
    { value: 'reporter-md', weight: 10 },
    { value: 'reporter-ymd', weight: 4 },
    { value: 'lead-md', weight: 14 },
    { value: 'none', weight: 20 },
  ]);
}

function chooseSignature(kind: ArticleKind, random: Random): SignatureStyle {
  if (kind === 'notice' && random.chance(0.85)) return random.chance(0.65) ? 'ymd' : 'numerals';
  if (kind === 'longform' && random.chance(0.12)) return 'ymd';
  return null;
}

const DATELINE_FORMS: Partial<Record<DatelineStyle, DateForm>> = {
  'md-xun': 'dateline-md',
  'md-dian': 'dateline-md',
  'md-report': 'dateline-md',
  'reporter-md': 'dateline-md',
  'ymd-xun': 'dateline-ymd',
  'reporter-ymd': 'dateline-ymd',
  today: 'today',
  'lead-md': 'lead-md',
  'lead-ymd': 'lead-ymd',
};

function dateForms(header: HeaderStyle | null, dateline: DatelineStyle, signature: SignatureStyle): DateForm[] {
  const forms: DateForm[] = [];
  if (header) forms.push('timestamp');
  const fromDateline = DATELINE_FORMS[dateline];
  if (fromDateline) forms.push(fromDateline);
  if (signature) forms.push(signature === 'numerals' ? 'signature-numerals' : 'signature');
  return forms;
}

const YEAR_FORMS = new Set<DateForm>(['timestamp', 'dateline-ymd', 'lead-ymd', 'signature', 'signature-numerals']);

function chooseTheme(date: Day, national: boolean, random: Random): MeasureCategory[] {
  return random.sample(availableCategories(date, national), random.int(1, 3));
}

function measureShare(kind: ArticleKind, random: Random): number {
  if (kind === 'post') return 0;
  if (kind !== 'notice' && random.chance(0.07)) return 0;
  switch (kind) {
    case 'brief':
      return 0.75;
    case 'notice':
      return 0.9;
    case 'bulletin':
      return 0.8;
    case 'report':
      return 0.5 + random.float() * 0.2;
    default:
      return 0.35 + random.float() * 0.25;
  }
}

function summarizeMeasures(composed: ComposedArticle): ManifestMeasure[] {
  const summary: ManifestMeasure[] = [];
  for (const tag of composed.measures) {
    const entry = summary.find((item) => item.category === tag.category && item.direction === tag.direction);
    if (entry) entry.count++;
    else summary.push({ category: tag.category, direction: tag.direction, count: 1 });
  }
  return summary;
}

/** A related commentary about the same place, appended after 相关推荐 by some reposting sites. */
function trailerText(random: Random, focus: Focus, published: Day): string[] {
  const composed = composeArticle({
    random: random.fork('trailer'),
    kind: 'report',
    focus,
    published,
    targetLength: random.int(200, 500),
    dateline: 'none',
    signature: null,
    measureShare: 0,
    stance: 'tighten',
    theme: [],
    withTitle: false,
  });
  return composed.blocks.map((block) => block.text);
}

interface Damaged {
  lines: PageLine[];
  damage: DamageKind[];
}

function applyDamage(lines: PageLine[], script: ScriptChoice, style: PageStyle, html: boolean, random: Random): Damaged {
  const damage: DamageKind[] = [];
  let result = lines;
  const pinyinChance = script.script !== 'simplified' && style === 'repost' ? 0.4 : 0.03;
  const pinyin = random.chance(pinyinChance);
  if (pinyin) {
    result = annotatePinyin(result, random);
    damage.push('pinyin');
  }
  if (random.chance(pinyin ? 0.35 : 0.02)) {
    const mojibake = injectMojibake(result, random);
    if (mojibake.applied > 0) {
      result = mojibake.lines;
      damage.push('mojibake');
    }
  }
  if (random.chance(0.01)) {
    result = injectReplacementChars(result, random);
    damage.push('replacement-char');
  }
  if (random.chance(0.12)) {
    result = halfWidthPunctuation(result);
    damage.push('halfwidth-punctuation');
  }
  // Line-level noise only survives in plain text; a web page's markup decides its lines.
  if (html) return { lines: result, damage };
  if (random.chance(0.04)) {
    result = runTogether(result, random);
    damage.push('run-together');
  }
  if (random.chance(0.2)) {
    result = blankLineNoise(result, random);
    damage.push('blank-lines');
  }
  return { lines: result, damage };
}

const TONE_LETTERS = new Set([...'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü']);

function chooseEncoding(script: ScriptChoice, random: Random): FileEncoding {
  const roll = random.float();
  if (roll < 0.03) return 'utf-8-bom';
  if (roll < 0.04) return 'utf-16le';
  if (script.script === 'traditional' && roll < 0.3) return 'big5';
  if (script.script !== 'traditional' && roll < 0.09) return 'gb18030';
  return 'utf-8';
}

function encode(text: string, encoding: FileEncoding): { bytes: Uint8Array; encoding: FileEncoding } {
  switch (encoding) {
    case 'utf-8':
      return { bytes: Buffer.from(text, 'utf8'), encoding };
    case 'utf-8-bom':
      return { bytes: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]), encoding };
    case 'utf-16le':
      return { bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]), encoding };
    case 'gb18030':
    case 'big5': {
      const bytes = encodeLegacy(text, encoding, encoding === 'big5' ? (char) => TONE_LETTERS.has(char) : undefined);
      return bytes ? { bytes, encoding } : encode(text, 'utf-8');
    }
  }
}

const CHARSET: Record<FileEncoding, string> = {
  'utf-8': 'utf-8',
  'utf-8-bom': 'utf-8',
  'utf-16le': 'utf-16',
  gb18030: 'gb2312',
  big5: 'big5',
};

export function fileName(index: number, width: number, format: 'txt' | 'html'): string {
  return `${String(index + 1).padStart(width, '0')}.${format}`;
}

export function generateArticle(seed: number, index: number, width = 5): GeneratedArticle {
  const random = new Random(hashSeed('article', seed, index));
  const published = samplePublicationDay(random);
  const national = random.chance(0.1);
  let kind = random.weighted(national ? KINDS_NATIONAL : KINDS_LOCAL);
  let focus: Focus = NATIONAL_FOCUS;
  if (!national) {
    const province = chooseProvince(random, published);
    focus = kind === 'bulletin' ? { level: 'province', province, prefecture: null, county: null } : chooseFocus(random, province);
  }
  if (kind === 'bulletin' && published.year === 2020 && published.month < 4) kind = 'report';

  const stance = chooseStance(random, published);
  const theme = chooseTheme(published, national, random);
  const dateline = chooseDateline(kind, random);
  const signature = chooseSignature(kind, random);
  const style = random.weighted(PAGE_STYLES[kind]);
  const header = chooseHeader(style, kind, random);
  const composed = composeArticle({
    random,
    kind,
    focus,
    published,
    targetLength: targetLength(kind, random),
    dateline,
    signature,
    measureShare: measureShare(kind, random),
    stance,
    theme,
    withTitle: kind === 'notice' || kind === 'bulletin' || random.chance(0.88),
    originalTitle: kind === 'longform' && random.chance(0.08),
  });
  const trailer = kind === 'longform' && (style === 'plain' || style === 'news-site') && random.chance(0.1) ? trailerText(random, focus, published) : [];
  const page = layoutPage({ random, style, header, published, source: composed.source, focus, blocks: composed.blocks, title: composed.headline, trailer });

  const script = chooseScript(random);
  const converted = convertPage(page.lines, script, random);
  const html = kind !== 'post' && random.chance(0.08);
  const { lines, damage } = applyDamage(converted, script, style, html, random);
  const crlf = !html && random.chance(0.1);
  if (crlf) damage.push('crlf');
  let requested = chooseEncoding(script, random);
  if (damage.includes('replacement-char') && (requested === 'gb18030' || requested === 'big5')) requested = 'utf-8';

  const format = html ? 'html' : 'txt';
  const plain = pageText({ ...page, lines });
  const shownTitle = composed.headline ? (lines.find((line) => !line.chrome)?.text ?? null) : null;
  const text = html ? pageHtml({ ...page, lines }, shownTitle, CHARSET[requested], random) : plain;
  const { bytes, encoding } = encode(crlf ? text.replace(/\n/g, '\r\n') : text, requested);

  const forms = dateForms(header, dateline, signature);
  const file = fileName(index, width, format);
  const manifest: ManifestEntry = {
    file,
    format,
    encoding,
    script: script.script,
    traditionalVariant: script.variant,
    kind,
    pageStyle: style,
    title: composed.title,
    length: composed.blocks.reduce((sum, block) => sum + block.text.length, 0),
    published: { date: isoDate(published), yearWritten: forms.some((form) => YEAR_FORMS.has(form)), forms },
    mentionedDates: composed.mentioned.map(isoDate),
    scope: national ? 'national' : 'local',
    focusLevel: focus.level,
    province: focus.province?.code ?? null,
    prefecture: focus.prefecture?.code ?? null,
    county: focus.county?.code ?? null,
    primaryRegions: primaryCodes(focus),
    measures: summarizeMeasures(composed),
    damage,
  };
  return { file, bytes, manifest };
}

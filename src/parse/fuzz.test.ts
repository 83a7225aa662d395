import { readFileSync, readdirSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Article, TextSpan } from '../model';
import { parseArticleBytes, parseArticleText, type ParseOutcome } from './parseArticle';
import { legacyReverseTable } from '../test/legacyEncoding';

/**
 * Property-based fuzzing of the parser: whatever bytes arrive (random, cut
 * mid-character, huge, hostile markup), parsing never throws, returns a
 * well-formed record or a typed error, keeps every offset inside the text,
 * and stays fast on inputs built to make regular expressions backtrack.
 */

const SEEDS = join(__dirname, '../../public/seeds');
const seedTexts = readdirSync(SEEDS)
  .sort()
  .map((name) => readFileSync(join(SEEDS, name), 'utf8'));

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

// ------------------------------------------------------------------ encoders

/** Like a legacy encoder: characters the encoding lacks become `?`. */
function encodeLegacy(encoding: 'gb18030' | 'big5', text: string): Uint8Array {
  const table = legacyReverseTable(encoding);
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code < 0x80) bytes.push(code);
    else bytes.push(...(table.get(char) ?? [0x3f]));
  }
  return new Uint8Array(bytes);
}

/** UTF-16 code units as bytes, lone surrogates included, optionally with a BOM. */
function encodeUtf16(text: string, littleEndian: boolean, bom: boolean): Uint8Array {
  const units = bom ? `\uFEFF${text}` : text;
  const bytes = new Uint8Array(units.length * 2);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < units.length; i++) view.setUint16(i * 2, units.charCodeAt(i), littleEndian);
  return bytes;
}

const ENCODINGS = ['utf-8', 'gb18030', 'big5', 'utf-16le', 'utf-16be', 'utf-16le-bom', 'utf-16be-bom', 'utf-8-bom'] as const;
type Encoding = (typeof ENCODINGS)[number];

function encode(text: string, encoding: Encoding): Uint8Array {
  switch (encoding) {
    case 'utf-8':
      return utf8(text);
    case 'utf-8-bom':
      return utf8(`\uFEFF${text}`);
    case 'gb18030':
    case 'big5':
      return encodeLegacy(encoding, text);
    case 'utf-16le':
      return encodeUtf16(text, true, false);
    case 'utf-16be':
      return encodeUtf16(text, false, false);
    case 'utf-16le-bom':
      return encodeUtf16(text, true, true);
    case 'utf-16be-bom':
      return encodeUtf16(text, false, true);
  }
}

// ---------------------------------------------------------------- invariants

let generatedInputs = 0;

function expectSpan(what: string, span: TextSpan, length: number): void {
  const { start, end } = span;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || start > end || end > length) {
    throw new Error(`${what} [${start}, ${end}) is not a span of a text of length ${length}`);
  }
}

function expectSlice(what: string, text: string, span: TextSpan, written: string): void {
  if (text.slice(span.start, span.end) !== written) {
    throw new Error(`${what} says ${JSON.stringify(written)} but its offsets hold ${JSON.stringify(text.slice(span.start, span.end))}`);
  }
}

/** 0 for a code unit that stands alone, 1 and 2 for the halves of a surrogate pair. */
const unitKind = (code: number): number => (code >= 0xd800 && code <= 0xdbff ? 1 : code >= 0xdc00 && code <= 0xdfff ? 2 : 0);

/**
 * Equal lengths are not enough: offsets must mean the same characters. Every
 * character must take the same UTF-16 units in both strings (a surrogate pair
 * where the text has one), and script conversion leaves ASCII alone.
 */
function expectAligned(what: string, text: string, converted: string): void {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    const other = converted.charCodeAt(index);
    if (unitKind(code) !== unitKind(other) || (code < 0x80 && other !== code)) {
      throw new Error(
        `${what} is out of step with text at ${index}: ${JSON.stringify(text.slice(index - 5, index + 5))} vs ${JSON.stringify(converted.slice(index - 5, index + 5))}`,
      );
    }
  }
}

/** Every offset of a record lies in its text, and every quoted piece is what its offsets hold. */
function expectWellFormedArticle(article: Article, file: string): void {
  const { text } = article;
  const length = text.length;
  expect(article.file).toBe(file);
  // Ids end up in URLs and element ids.
  expect(article.id).toMatch(/^[A-Za-z0-9_-]+$/);
  expect(article.textSimplified.length).toBe(length);
  expect(article.textTraditional.length).toBe(length);
  expectAligned('textSimplified', text, article.textSimplified);
  expectAligned('textTraditional', text, article.textTraditional);
  for (const measure of article.measures) {
    expectSpan('measure', measure, length);
    expectSpan('measure trigger', measure.trigger, length);
    expect(measure.trigger.start).toBeGreaterThanOrEqual(measure.start);
    expect(measure.trigger.end).toBeLessThanOrEqual(measure.end);
    expectSlice('measure trigger', text, measure.trigger, measure.trigger.text);
  }
  for (const date of article.dates) {
    expectSpan('mentioned date', date, length);
    expectSlice('mentioned date', text, date, date.text);
  }
  for (const region of article.regions) {
    expect(region.code).toMatch(/^\d{6}$/);
    for (const mention of region.mentions) {
      expectSpan(`mention of ${region.code}`, mention, length);
      expectSlice(`mention of ${region.code}`, text, mention, mention.text);
    }
  }
  for (const damage of article.damage) expectSpan('damage', damage, length);
  const evidence = article.published?.evidence;
  if (evidence) {
    const source = evidence.in === 'text' ? text : article.raw;
    expectSpan(`date evidence in ${evidence.in}`, evidence, source.length);
    expectSlice(`date evidence in ${evidence.in}`, source, evidence, evidence.text);
  }
}

function expectWellFormed(outcome: ParseOutcome, file: string): void {
  if (outcome.ok) {
    expectWellFormedArticle(outcome.article, file);
    return;
  }
  expect(Object.keys(outcome.error).sort()).toEqual(['file', 'message']);
  expect(outcome.error.file).toBe(file);
  expect(typeof outcome.error.message).toBe('string');
  expect(outcome.error.message.length).toBeGreaterThan(0);
}

/** Parses bytes as the app does, failing (not throwing through) if the parser throws. */
function parseChecked(file: string, bytes: Uint8Array): ParseOutcome {
  generatedInputs++;
  let outcome: ParseOutcome;
  try {
    outcome = parseArticleBytes(file, bytes);
  } catch (error) {
    throw new Error(`parseArticleBytes threw on ${bytes.length} bytes: ${String(error)}`);
  }
  expectWellFormed(outcome, file);
  return outcome;
}

function parseTextChecked(file: string, raw: string): ParseOutcome {
  generatedInputs++;
  let outcome: ParseOutcome;
  try {
    outcome = parseArticleText(file, raw);
  } catch (error) {
    throw new Error(`parseArticleText threw on ${raw.length} characters: ${String(error)}`);
  }
  expectWellFormed(outcome, file);
  return outcome;
}

// ---------------------------------------------------------------- generators

const seedText = fc.nat({ max: seedTexts.length - 1 }).map((index) => seedTexts[index]!);

/** A piece of a seed article, from a few characters to the whole text. */
const seedPiece = fc
  .tuple(seedText, fc.nat(), fc.nat({ max: 3000 }))
  .map(([text, from, length]) => {
    const start = from % text.length;
    return text.slice(start, start + length);
  });

const HOSTILE = [
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=1">',
  '<a href="javascript:alert(1)">点击</a>',
  '<svg onload=alert(1)>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  '&#60;script&#62;',
  '&#x3C;img src=x onerror=alert(1)&#x3E;',
  '&#0;&#xD800;&#1114112;&#99999999;',
  '&amp;&nbsp;&ldquo;&unknown;&',
  '<!--',
  '-->',
  '<![CDATA[',
  '<style>body{}</style>',
  '<div style="background:url(javascript:alert(1))">',
  '"><script>alert(1)</script>',
  "'-alert(1)-'",
  '${alert(1)}',
  '{{constructor.constructor("alert(1)")()}}',
  '__proto__',
  'constructor',
];

const STRANGE = [
  '\uD800',
  '\uDBFF\uDBFF',
  '\uDC00',
  '\uDFFF\uD800',
  '😷',
  '\u200B',
  '\u202E',
  '\uFEFF',
  '\uFFFD',
  '\u0000',
  '\u0007',
  '\r',
  '\r\n',
  '\u2028',
  '\u3000',
  'é',
  'e\u0301',
  'Ωμέγα',
  'Москва',
  'القاهرة',
  '서울',
  'とうきょう',
  '𠮷野家',
  // Characters whose conversion changes UTF-16 length (𡻕 → 岁, 㗲 → 𠵾, 覆𫗧 → 覆餗).
  '𡻕',
  '㗲',
  '覆𫗧',
  '㓆',
  '(guān)',
  '（guān）',
  '(gu?n)',
  '?',
  '2022年',
  '11月8日',
  '二〇二二年',
  '５月３０日',
  '。',
  '（',
  '）',
  '《',
  '》',
  '“',
  '”',
  '，',
  '：',
];

/** Text mixing scripts, seed fragments, hostile markup and odd code units. */
const mixedText = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: seedPiece.map((piece) => piece.slice(0, 300)) },
      { weight: 2, arbitrary: fc.constantFrom(...STRANGE) },
      { weight: 2, arbitrary: fc.constantFrom(...HOSTILE) },
      { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
      { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

const fileName = fc.oneof(
  fc.constantFrom('article.txt', '新闻.txt', '<script>alert(1)</script>.txt', '../../etc/passwd', 'a b#c?d.html', '', '.txt', 'x'.repeat(300)),
  fc.string({ unit: 'binary', maxLength: 30 }),
);

// ------------------------------------------------------------------- timing
// First, before the huge inputs below leave a large heap to collect.

const KB_100 = 100_000;

/** `unit` repeated (between a prefix and a suffix) to exactly `size` UTF-8 bytes, cut at a character. */
function filledTo(size: number, unit: string, prefix = '', suffix = ''): Uint8Array {
  const encoder = new TextEncoder();
  const budget = size - encoder.encode(prefix + suffix).length;
  let body = unit.repeat(Math.floor(budget / encoder.encode(unit).length));
  let used = encoder.encode(body).length;
  for (const char of unit) {
    const length = encoder.encode(char).length;
    if (used + length > budget) break;
    body += char;
    used += length;
  }
  const bytes = encoder.encode(prefix + body + suffix);
  // Multi-byte units may leave a byte or two over; pad with spaces.
  return bytes.length === size ? bytes : encoder.encode(prefix + body + ' '.repeat(size - bytes.length) + suffix);
}

const withoutPunctuation = seedTexts.join('').replace(/[\p{P}\p{S}\s]/gu, '');

/**
 * Inputs built to make a careless pattern backtrack: repeated punctuation,
 * digits and dates, pinyin annotations, text without punctuation or line
 * breaks, nested and unclosed markup, `?` runs that look like mojibake.
 */
const ADVERSARIAL: Record<string, (size: number) => Uint8Array> = {
  "'。' repeated": (size) => filledTo(size, '。'),
  "'（' repeated": (size) => filledTo(size, '（'),
  "'，' and spaces": (size) => filledTo(size, '， '),
  "'2022年' repeated": (size) => filledTo(size, '2022年'),
  'digits only': (size) => filledTo(size, '2022'),
  "'11月8日' repeated": (size) => filledTo(size, '11月8日'),
  "'关(guān)' repeated": (size) => filledTo(size, '关(guān)'),
  "'关(gu?n)' repeated": (size) => filledTo(size, '关(gu?n)'),
  'seed text without punctuation': (size) => filledTo(size, withoutPunctuation),
  'seed text on one line': (size) => filledTo(size, seedTexts.join('').replace(/\n/g, '')),
  'nested HTML': (size) => filledTo(size, '<div><p><span><b>', '<!doctype html><html><body>', '北京市解除临时封控。'),
  'unclosed HTML tags': (size) => filledTo(size, '<div class="a ', '<html><body><p>正文</p>'),
  'unclosed comments and scripts': (size) => filledTo(size, '<!--<script>', '<html><body><p>正文</p>'),
  'question-mark runs': (size) => filledTo(size, '?肮堋币獓'),
};

/** Texts dense in what the later stages work on: not in the 50 ms budget, but they must scale linearly. */
const DENSE: Record<string, (size: number) => Uint8Array> = {
  'measure triggers': (size) => filledTo(size, '封控隔离核酸检测'),
  'region names': (size) => filledTo(size, '北京朝阳区鼓楼区'),
  'garbled runs of rare characters': (size) => filledTo(size, '?齄龘鼯?'),
  'dates with and without years': (size) => filledTo(size, '2022年1月5日，3月4日，'),
};

interface Timing {
  /** Wall-clock milliseconds. */
  wall: { median: number; max: number };
  /**
   * Milliseconds the parsing thread itself spent on a CPU: what the parse
   * costs, whatever else the machine runs, and without the garbage
   * collector's helper threads.
   */
  cpu: { median: number; max: number };
}

/** The calling thread's time on a CPU (Linux), else the whole process's. */
const threadCpuMs: () => number = (() => {
  const schedstat = '/proc/thread-self/schedstat';
  const read = (): number => Number(readFileSync(schedstat, 'utf8').split(' ')[0]) / 1e6;
  try {
    if (Number.isFinite(read()) && read() > 0) return read;
  } catch {
    // Not Linux: fall through.
  }
  return () => {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
  };
})();

function summary(times: number[]): { median: number; max: number } {
  const sorted = [...times].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)]!, max: sorted[sorted.length - 1]! };
}

/** One parse on the clock. */
function timeOnce(bytes: Uint8Array): { wall: number; cpu: number } {
  const startCpu = threadCpuMs();
  const start = performance.now();
  parseArticleBytes('timed.txt', bytes);
  return { wall: performance.now() - start, cpu: threadCpuMs() - startCpu };
}

/**
 * Times each input `runs` times after `warmUps` untimed parses of every input
 * (the JIT needs a few parses to settle), interleaving the inputs run by run so
 * that a burst of other work on the machine does not land on one input only.
 */
function timeParses(inputs: readonly Uint8Array[], runs: number, warmUps = 2): Timing[] {
  for (let warmUp = 0; warmUp < warmUps; warmUp++) for (const bytes of inputs) parseArticleBytes('warm-up.txt', bytes);
  const wall = inputs.map((): number[] => []);
  const cpu = inputs.map((): number[] => []);
  for (let run = 0; run < runs; run++) {
    inputs.forEach((bytes, index) => {
      const time = timeOnce(bytes);
      wall[index]!.push(time.wall);
      cpu[index]!.push(time.cpu);
    });
  }
  return inputs.map((_, index) => ({ wall: summary(wall[index]!), cpu: summary(cpu[index]!) }));
}

const round = (ms: number): number => Math.round(ms * 10) / 10;

/**
 * Wall-clock time is only meaningful when the machine is not oversubscribed;
 * on a shared machine running other work, CPU time is what the parse costs.
 */
const machineIsQuiet = (): boolean => os.loadavg()[0]! <= os.availableParallelism();

describe('parse time', () => {
  // A burst of other work on a shared machine can slow a whole round down; a real regression fails every try.
  it('100 kB of adversarial text parses in at most 50 ms (median of 5 runs after warming up)', { retry: 2 }, () => {
    const inputs = Object.entries(ADVERSARIAL).map(([name, build]) => ({ name, bytes: build(KB_100) }));
    const timings = timeParses(
      inputs.map((input) => input.bytes),
      5,
    );
    const rows = inputs.map(({ name, bytes }, index) => {
      const { wall, cpu } = timings[index]!;
      return {
        input: name,
        bytes: bytes.length,
        cpuMedianMs: round(cpu.median),
        cpuMaxMs: round(cpu.max),
        wallMedianMs: round(wall.median),
        wallMaxMs: round(wall.max),
      };
    });
    const quiet = machineIsQuiet();
    console.info(`load average ${os.loadavg()[0]!.toFixed(1)} on ${os.availableParallelism()} CPUs; wall-clock asserted: ${quiet}`);
    console.table(rows);
    for (const row of rows) {
      expect(row.bytes, row.input).toBe(KB_100);
      expect(row.cpuMedianMs, row.input).toBeLessThanOrEqual(50);
      // A run in five may take a garbage collection or a page fault; twice the budget is still no backtracking.
      expect(row.cpuMaxMs, row.input).toBeLessThanOrEqual(100);
      if (quiet) expect(row.wallMedianMs, row.input).toBeLessThanOrEqual(50);
    }
  });

  it('text dense in triggers, names or dates scales linearly (25 kB → 100 kB)', { retry: 2 }, () => {
    const names = Object.keys(DENSE);
    const builds = Object.values(DENSE);
    // Both sizes in the same rounds, so that other work on the machine weighs on both alike.
    const timings = timeParses([...builds.map((build) => build(KB_100 / 4)), ...builds.map((build) => build(KB_100))], 3, 1);
    const rows = names.map((name, index) => {
      const [from, to] = [timings[index]!.cpu.median, timings[index + names.length]!.cpu.median];
      return { input: name, cpuMs25kB: round(from), cpuMs100kB: round(to), ratio: round(to / from) };
    });
    console.table(rows);
    for (const row of rows) {
      // Four times the input: about four times the time; a quadratic step would take sixteen.
      expect(row.ratio, row.input).toBeLessThan(8);
      expect(row.cpuMs100kB, row.input).toBeLessThan(500);
    }
  });
});

// ---------------------------------------------------------------- properties

const RUNS = { random: 250, truncated: 300, mixed: 250, utf16: 100, html: 150, repeated: 100, names: 100 };

describe('parseArticleBytes on generated input', () => {
  it('random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4000 }), (bytes) => {
        parseChecked('random.bin', bytes);
      }),
      { numRuns: RUNS.random },
    );
  });

  it('seed articles in every encoding, cut at random points, with corrupted bytes', () => {
    fc.assert(
      fc.property(
        seedText,
        fc.constantFrom(...ENCODINGS),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 4 }),
        (text, encoding, a, b, corruptions) => {
          const bytes = encode(text, encoding);
          const [from, to] = [Math.floor(Math.min(a, b) * bytes.length), Math.ceil(Math.max(a, b) * bytes.length)];
          const cut = bytes.slice(from, to);
          for (const [at, value] of corruptions) if (cut.length > 0) cut[at % cut.length] = value;
          parseChecked(`cut-${encoding}.txt`, cut);
        },
      ),
      { numRuns: RUNS.truncated },
    );
  });

  it('mixed scripts, hostile markup and lone surrogates, as text and as UTF-8', () => {
    fc.assert(
      fc.property(mixedText, (text) => {
        parseTextChecked('mixed.txt', text);
        parseChecked('mixed.txt', utf8(text));
      }),
      { numRuns: RUNS.mixed },
    );
  });

  it('UTF-16 with unpaired surrogates', () => {
    fc.assert(
      fc.property(mixedText, fc.boolean(), fc.boolean(), (text, littleEndian, bom) => {
        parseChecked('utf16.txt', encodeUtf16(text, littleEndian, bom));
      }),
      { numRuns: RUNS.utf16 },
    );
  });

  it('HTML pages keep no script content or markup attributes in the article text', () => {
    let marker = 0;
    const element = fc.oneof(
      fc.constant(null).map(() => ({ html: `<script>SCRIPT_MARKER_${++marker}()</script>`, hidden: `SCRIPT_MARKER_${marker}` })),
      fc.constant(null).map(() => ({ html: `<style>.STYLE_MARKER_${++marker}{}</style>`, hidden: `STYLE_MARKER_${marker}` })),
      fc.constant(null).map(() => ({ html: `<img src="x" onerror="ATTR_MARKER_${++marker}()">`, hidden: `ATTR_MARKER_${marker}` })),
      fc.constant(null).map(() => ({ html: `<a href="javascript:HREF_MARKER_${++marker}()">链接</a>`, hidden: `HREF_MARKER_${marker}` })),
      fc.constant(null).map(() => ({ html: `<!-- COMMENT_MARKER_${++marker} -->`, hidden: `COMMENT_MARKER_${marker}` })),
      fc.constantFrom('<p>', '</p>', '<div class="x">', '</div>', '<br>', '<span>', '</span>', '&amp;', '&#20013;', '&nbsp;').map((html) => ({
        html,
        hidden: null,
      })),
      seedPiece.map((piece) => ({ html: piece.slice(0, 200).replace(/[<>&]/g, ''), hidden: null })),
    );
    fc.assert(
      fc.property(fc.array(element, { maxLength: 30 }), (elements) => {
        const page = `<!doctype html><html><head><title>标题</title></head><body>${elements.map((e) => e.html).join('')}</body></html>`;
        const outcome = parseChecked('page.html', utf8(page));
        if (!outcome.ok) return;
        for (const { hidden } of elements) {
          if (hidden === null) continue;
          expect(outcome.article.text).not.toContain(hidden);
          expect(outcome.article.title).not.toContain(hidden);
        }
      }),
      { numRuns: RUNS.html },
    );
  });

  it('repeated adversarial units', () => {
    const units = ['。', '（', '）', '（）', '2022年', '11月8日', '关(guān)', '关(gu?n)', '?', '?中文?', '<div ', '<!--', '&#', '新华社北京3月1日电', '封控', '北京朝阳区', '“', '\n', '　　', '来源:', '首页 > '];
    fc.assert(
      fc.property(fc.constantFrom(...units), fc.integer({ min: 1, max: 3000 }), seedPiece, (unit, count, prefix) => {
        parseTextChecked('repeated.txt', prefix.slice(0, 500) + unit.repeat(count));
      }),
      { numRuns: RUNS.repeated },
    );
  });

  it('file names of any kind give URL-safe ids', () => {
    fc.assert(
      fc.property(fileName, seedPiece, (name, text) => {
        parseChecked(name, utf8(text));
      }),
      { numRuns: RUNS.names },
    );
  });
});

describe('offsets across scripts', () => {
  it('stay aligned when conversion changes the UTF-16 length of some characters', () => {
    // 㗲 becomes the surrogate pair 𠵾 and 𡻕 becomes 岁: the total length is unchanged, the offsets between them would not be.
    const outcome = parseTextChecked('lengths.txt', '标题\n㗲在北京市，𡻕上海市实行封控管理。');
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const names = outcome.article.regions.flatMap((region) => region.mentions.map((mention) => mention.text));
    expect(names).toEqual(['北京市', '上海市']);
  });
});

describe('parseArticleBytes on huge input', () => {
  it('a huge single line (1 MB, no line breaks)', () => {
    let line = '';
    while (line.length < 400_000) line += seedTexts.join('').replace(/\n/g, '');
    const bytes = utf8(line);
    expect(bytes.length).toBeGreaterThan(1_000_000);
    const outcome = parseChecked('one-line.txt', bytes);
    expect(outcome.ok).toBe(true);
  });

  it('a 5 MB file', () => {
    let text = '';
    while (text.length < 2_000_000) text += seedTexts.join('\n\n');
    const bytes = utf8(text).subarray(0, 5 * 1024 * 1024);
    expect(bytes.length).toBe(5 * 1024 * 1024);
    const outcome = parseChecked('big.txt', bytes);
    expect(outcome.ok).toBe(true);
  });
});

describe('the fuzzing as a whole', () => {
  it('parsed at least 1,000 generated inputs', () => {
    console.info(`fuzz: ${generatedInputs} generated inputs parsed`);
    expect(generatedInputs).toBeGreaterThanOrEqual(1000);
  });
});

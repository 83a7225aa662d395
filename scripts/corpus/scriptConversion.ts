import { ConverterFactory, Locale } from 'opencc-js/cn2t';
import type { PageLine } from './layout';
import type { Random } from './random';

/**
 * Traditional-script versions of the articles, with OpenCC: Taiwan forms (為,
 * 裡, 臺), Hong Kong forms (羣, 裏) or OpenCC's standard forms (爲, 衆), as
 * reposting sites in those places print them. A mixed article converts only
 * part of its paragraphs, as when a page quotes another source.
 */

export type TraditionalVariant = 'tw' | 'hk' | 't';
export type ScriptKind = 'simplified' | 'traditional' | 'mixed';

export interface ScriptChoice {
  script: ScriptKind;
  variant: TraditionalVariant | null;
}

const converters = new Map<TraditionalVariant, (text: string) => string>();

/** Conversions are cached clause by clause: template wording repeats across articles. */
const CLAUSE = /[^，。；：！？、\n]+[，。；：！？、\n]*|[，。；：！？、\n]+/g;
const MAX_CACHED = 200_000;

function cachedConverter(convert: (text: string) => string): (text: string) => string {
  const cache = new Map<string, string>();
  const convertClause = (clause: string): string => {
    let converted = cache.get(clause);
    if (converted === undefined) {
      converted = convert(clause);
      if (cache.size >= MAX_CACHED) cache.clear();
      cache.set(clause, converted);
    }
    return converted;
  };
  return (text) => {
    const clauses = text.match(CLAUSE);
    return clauses ? clauses.map(convertClause).join('') : text;
  };
}

let simplifiedToTraditional: ((text: string) => string) | null = null;

/**
 * OpenCC's conversion chain in two parts: Simplified → OpenCC Traditional (the
 * large dictionaries, built once), then the regional variants (small).
 */
function converter(variant: TraditionalVariant): (text: string) => string {
  let convert = converters.get(variant);
  if (!convert) {
    simplifiedToTraditional ??= ConverterFactory(...Locale.from.cn!);
    const toTraditional = simplifiedToTraditional;
    const regional = variant === 't' ? null : ConverterFactory(...Locale.to[variant]!);
    convert = cachedConverter(regional ? (text) => regional(toTraditional(text)) : toTraditional);
    converters.set(variant, convert);
  }
  return convert;
}

export function toTraditional(text: string, variant: TraditionalVariant): string {
  return converter(variant)(text);
}

export function chooseScript(random: Random): ScriptChoice {
  const script = random.weighted<ScriptKind>([
    { value: 'simplified', weight: 75 },
    { value: 'traditional', weight: 20 },
    { value: 'mixed', weight: 5 },
  ]);
  if (script === 'simplified') return { script, variant: null };
  return { script, variant: random.weighted<TraditionalVariant>([
    { value: 'tw', weight: 5 },
    { value: 'hk', weight: 2 },
    { value: 't', weight: 3 },
  ]) };
}

const SENTENCE = /[^。！？]+[。！？]*|[。！？]+/g;

/**
 * Converts the page. A mixed page converts the article's sentences in
 * stretches: one half of them in one script and the other half in the other,
 * with a few more switches, so both scripts carry a fair share of the text.
 */
export function convertPage(lines: PageLine[], choice: ScriptChoice, random: Random): PageLine[] {
  if (choice.script === 'simplified' || !choice.variant) return lines;
  const convert = converter(choice.variant);
  if (choice.script === 'traditional') return lines.map((line) => ({ ...line, text: convert(line.text) }));
  const pieces = lines.map((line) => (line.chrome || line.text.trim() === '' ? null : (line.text.match(SENTENCE) ?? [line.text])));
  const total = pieces.reduce((sum, list) => sum + (list?.length ?? 0), 0);
  const firstHalfTraditional = random.chance(0.5);
  let index = 0;
  return lines.map((line, lineIndex) => {
    const sentences = pieces[lineIndex];
    if (!sentences) return line;
    const text = sentences
      .map((sentence) => {
        let traditional = index++ < total / 2 ? firstHalfTraditional : !firstHalfTraditional;
        if (random.chance(0.1)) traditional = !traditional;
        return traditional ? convert(sentence) : sentence;
      })
      .join('');
    return { ...line, text };
  });
}

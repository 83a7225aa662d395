import type { ArticleRegion, Measure, MeasureCategory, MeasureDirection, MentionedDate, TextSpan } from '../../model';
import { foreignActor, readDirection, type SiteMemo, type Vetoes } from './direction';
import { extractParams } from './params';
import {
  CASE_COUNT,
  CASE_STORY,
  CATEGORY_RULES,
  CHINESE_ACTOR,
  EXPERIENCE_AFTER,
  FIRST_PERSON,
  FOREIGN_NOT_ACTOR,
  FOREIGN_PLACE,
  FOUND_BY,
  FOUND_IN,
  INSPECTION,
  LIFTED_AFTER,
  MODIFIER_AFTER,
  NEGATED_EVENT,
  PROBLEM,
  QUESTION,
  QUESTION_SENTENCE,
  RESULT_AFTER,
  STATISTIC,
  SUPPORT_FRAME,
  WISH,
} from './rules';
import { clauseFinder, headingFlags, splitSentences } from './sentences';
import { PatternGroup } from '../text/patternScan';

export interface MeasureContext {
  regions: ArticleRegion[];
  primaryRegions: string[];
  dates: MentionedDate[];
}

interface TriggerHit {
  category: MeasureCategory;
  direction: MeasureDirection;
  trigger: TextSpan;
  clause: TextSpan;
  /** The trigger word carries the direction itself (解除隔离), rather than its context (居家隔离). */
  inherent: boolean;
}

/** Index of the sentence that wholly contains [start, end), or -1. */
function sentenceContaining(sentences: readonly TextSpan[], start: number, end: number): number {
  let low = 0;
  let high = sentences.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const sentence = sentences[middle]!;
    if (start < sentence.start) high = middle - 1;
    else if (start >= sentence.end) low = middle + 1;
    else return end <= sentence.end ? middle : -1;
  }
  return -1;
}

const VETOES: Vetoes = {
  problem: PROBLEM,
  caseCount: CASE_COUNT,
  caseStory: CASE_STORY,
  inspection: INSPECTION,
  question: QUESTION,
  questionSentence: QUESTION_SENTENCE,
  firstPerson: FIRST_PERSON,
  statistic: STATISTIC,
  modifierAfter: MODIFIER_AFTER,
  experienceAfter: EXPERIENCE_AFTER,
  supportFrame: SUPPORT_FRAME,
  negatedEvent: NEGATED_EVENT,
  wish: WISH,
  liftedAfter: LIFTED_AFTER,
  foreignPlace: FOREIGN_PLACE,
  foreignNotActor: FOREIGN_NOT_ACTOR,
  chineseActor: CHINESE_ACTOR,
};

/** Whether `index` sits inside a 《document title》, whose words name a document, not an act. */
function insideTitle(text: string, sentence: TextSpan, index: number): boolean {
  // Searched within the sentence only: a search back through the whole text per trigger is quadratic.
  const before = text.slice(sentence.start, index + 1);
  const open = before.lastIndexOf('《');
  if (open === -1) return false;
  return before.lastIndexOf('》') < open;
}

interface CodedMention extends TextSpan {
  code: string;
}

/**
 * The items of `sorted` (in text order) that lie wholly inside `span`, found
 * by binary search: asked once per sentence, a scan of every item would make
 * long texts quadratic.
 */
function within<T extends TextSpan>(sorted: readonly T[], span: TextSpan): T[] {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle]!.start < span.start) low = middle + 1;
    else high = middle;
  }
  const found: T[] = [];
  for (let index = low; index < sorted.length && sorted[index]!.start < span.end; index++) {
    if (sorted[index]!.end <= span.end) found.push(sorted[index]!);
  }
  return found;
}

/** Every region mention with its region's code, in text order. */
function mentionsInOrder(context: MeasureContext): CodedMention[] {
  const mentions: CodedMention[] = [];
  for (const region of context.regions) {
    for (const mention of region.mentions) mentions.push({ start: mention.start, end: mention.end, code: region.code });
  }
  return mentions.sort((a, b) => a.start - b.start);
}

function mentionsRegion(sentence: TextSpan, mentions: readonly CodedMention[]): boolean {
  return within(mentions, sentence).length > 0;
}

/**
 * In an article whose title is led by a foreign actor (英国首相宣布…) and
 * which names no Chinese authority, the sentences that name no Chinese place
 * report that country's measures, even without naming it again.
 */
function foreignSentences(text: string, sentences: readonly TextSpan[], mentions: readonly CodedMention[]): Set<number> {
  const skipped = new Set<number>();
  const titleEnd = text.indexOf('\n');
  const title = (titleEnd === -1 ? text : text.slice(0, titleEnd)).trim();
  if (!foreignActor(title, title.length, VETOES) || CHINESE_ACTOR.test(text)) return skipped;
  sentences.forEach((sentence, index) => {
    if (mentionsRegion(sentence, mentions)) return;
    skipped.add(index);
  });
  return skipped;
}

const TRIGGERS = CATEGORY_RULES.flatMap((rule) => rule.triggers.map((triggerRule) => ({ rule, triggerRule })));
/** Every trigger pattern, scanned together in one pass over the text. */
const TRIGGER_SCAN = new PatternGroup(TRIGGERS.map(({ triggerRule }) => triggerRule.pattern));

function findTriggerHits(text: string, sentences: readonly TextSpan[], skipped: ReadonlySet<number>): Map<number, TriggerHit[]> {
  const hitsBySentence = new Map<number, TriggerHit[]>();
  const clauseAround = clauseFinder(text);
  const sentenceMemos = new Map<number, Map<string | RegExp, boolean>>();
  const clauseMemos = new Map<number, Map<string | RegExp, boolean>>();
  /** A clause lies within the text, so its start and end name it uniquely in one number. */
  const clauseKey = (clause: TextSpan) => clause.start * (text.length + 1) + clause.end;
  const matchesByTrigger = TRIGGER_SCAN.matchesIn(text);
  for (let triggerIndex = 0; triggerIndex < TRIGGERS.length; triggerIndex++) {
    const { rule, triggerRule } = TRIGGERS[triggerIndex]!;
    for (const match of matchesByTrigger[triggerIndex]!) {
      const trigger = { start: match.index, end: match.index + match[0].length };
      const sentenceIndex = sentenceContaining(sentences, trigger.start, trigger.end);
      if (sentenceIndex === -1) continue;
      const sentence = sentences[sentenceIndex]!;
      if (skipped.has(sentenceIndex)) continue;
      const rest = text.slice(trigger.end, sentence.end);
      if (FOUND_IN.test(rest) || RESULT_AFTER.test(rest)) continue;
      if (!triggerRule.inTitles && insideTitle(text, sentence, trigger.start)) continue;
      const clause = clauseAround(sentence, trigger.start);
      clause.end = Math.max(clause.end, trigger.end);
      const clauseText = text.slice(clause.start, clause.end);
      if (FOUND_BY.test(text.slice(clause.start, trigger.start))) continue;
      let sentenceMemo = sentenceMemos.get(sentenceIndex);
      if (!sentenceMemo) sentenceMemos.set(sentenceIndex, (sentenceMemo = new Map()));
      let clauseMemo = clauseMemos.get(clauseKey(clause));
      if (!clauseMemo) clauseMemos.set(clauseKey(clause), (clauseMemo = new Map()));
      const memo: SiteMemo = { sentence: sentenceMemo, clause: clauseMemo };
      const direction = readDirection(
        text,
        { trigger, clause, clauseText, sentenceText: text.slice(sentence.start, sentence.end), sentenceStart: sentence.start, memo },
        rule,
        triggerRule,
        VETOES,
      );
      if (direction === null) continue;
      const hits = hitsBySentence.get(sentenceIndex) ?? [];
      hits.push({ category: rule.category, direction, trigger, clause, inherent: triggerRule.direction !== 'context' });
      hitsBySentence.set(sentenceIndex, hits);
    }
  }
  return hitsBySentence;
}

/**
 * One measure per category and sentence, except when the sentence both
 * tightens and relaxes the same thing. Tightening or relaxing outranks
 * support, which outranks a neutral mention.
 */
function chooseHits(categoryHits: readonly TriggerHit[]): TriggerHit[][] {
  const byDirection = (direction: MeasureDirection) => categoryHits.filter((hit) => hit.direction === direction);
  const tighten = byDirection('tighten');
  const relax = byDirection('relax');
  if (tighten.length > 0 || relax.length > 0) return [tighten, relax].filter((hits) => hits.length > 0);
  const support = byDirection('support');
  if (support.length > 0) return [support];
  return [byDirection('neutral')];
}

function regionCodesIn(sentence: TextSpan, mentions: readonly CodedMention[], context: MeasureContext): string[] {
  const mentioned = within(mentions, sentence);
  if (mentioned.length === 0) return context.primaryRegions.slice(0, 1);
  return [...new Set(mentioned.map((mention) => mention.code))];
}

/** ，,；;：: by code unit. */
function isClauseBreakCode(code: number): boolean {
  return code === 0xff0c || code === 0x2c || code === 0xff1b || code === 0x3b || code === 0xff1a || code === 0x3a;
}

/** breaks[i]: clause breaks in text[0, i), so that any stretch's count is one subtraction. */
function clauseBreakCounts(text: string): Int32Array {
  const counts = new Int32Array(text.length + 1);
  for (let index = 0; index < text.length; index++) {
    counts[index + 1] = counts[index]! + (isClauseBreakCode(text.charCodeAt(index)) ? 1 : 0);
  }
  return counts;
}

/**
 * The date a measure takes effect is the one written nearest its trigger words,
 * preferring the same clause: in "公司成立于2021年10月15日，…自8月15日起，负责…配送"
 * the delivery measure dates from 8月15日, not from the company's founding.
 */
function dateFor(sentence: TextSpan, triggers: readonly TextSpan[], sortedDates: readonly MentionedDate[], breaks: Int32Array): string | null {
  let best: { date: MentionedDate; score: number } | null = null;
  for (const date of within(sortedDates, sentence)) {
    for (const trigger of triggers) {
      const from = Math.min(date.end, trigger.end);
      const to = Math.max(date.start, trigger.start);
      const score = to > from ? to - from + 100 * (breaks[to]! - breaks[from]!) : 0;
      if (!best || score < best.score) best = { date, score };
    }
  }
  return best?.date.date ?? null;
}

/** Spans without repeats (many triggers in one clause share it), in first-seen order. */
function distinctSpans(spans: readonly TextSpan[]): TextSpan[] {
  const seen = new Set<string>();
  return spans.filter((span) => {
    const key = `${span.start}:${span.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const CATEGORY_ORDER = new Map(CATEGORY_RULES.map((rule, index) => [rule.category, index]));

/**
 * Reads the epidemic-control measures an article reports, each tied to the
 * sentence that states it. `textSimplified` is the article's text in
 * Simplified script; offsets are valid for the original-script text too.
 */
export function extractMeasures(textSimplified: string, context: MeasureContext): Measure[] {
  const text = textSimplified;
  const allSentences = splitSentences(text);
  const headings = headingFlags(text, allSentences);
  const sentences = allSentences.filter((_, index) => !headings[index]);
  const mentions = mentionsInOrder(context);
  const hitsBySentence = findTriggerHits(text, sentences, foreignSentences(text, sentences, mentions));
  const sortedDates = [...context.dates].sort((a, b) => a.start - b.start);
  const breaks = clauseBreakCounts(text);
  const measures: Measure[] = [];
  const sentenceIndexes = [...hitsBySentence.keys()].sort((a, b) => a - b);
  for (const sentenceIndex of sentenceIndexes) {
    const sentence = sentences[sentenceIndex]!;
    const hits = hitsBySentence.get(sentenceIndex)!.sort((a, b) => a.trigger.start - b.trigger.start);
    const categories = [...new Set(hits.map((hit) => hit.category))].sort(
      (a, b) => CATEGORY_ORDER.get(a)! - CATEGORY_ORDER.get(b)!,
    );
    const regionCodes = regionCodesIn(sentence, mentions, context);
    for (const category of categories) {
      const categoryHits = hits.filter((hit) => hit.category === category);
      const groups = chooseHits(categoryHits);
      for (const chosen of groups) {
        const first = chosen.find((hit) => hit.inherent) ?? chosen[0]!;
        // With a single measure, every clause of the category qualifies it.
        const paramClauses = distinctSpans((groups.length === 1 ? categoryHits : chosen).map((hit) => hit.clause));
        measures.push({
          start: sentence.start,
          end: sentence.end,
          category,
          direction: first.direction,
          trigger: { start: first.trigger.start, end: first.trigger.end, text: text.slice(first.trigger.start, first.trigger.end) },
          regionCodes: [...regionCodes],
          date: dateFor(sentence, chosen.map((hit) => hit.trigger), sortedDates, breaks),
          params: extractParams(text, category, sentence, paramClauses),
        });
      }
    }
  }
  return measures;
}

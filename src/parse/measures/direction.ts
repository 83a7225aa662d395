import type { MeasureDirection, TextSpan } from '../../model';
import type { CategoryRule, TriggerRule } from './rules';
import { allMatches } from '../text/allMatches';
import { ScannedPattern } from '../text/patternScan';

/** Cues read inside the trigger's clause; the one nearest the trigger decides. */
const RELAX_CUE =
  /不再|取消|解除|撤销|撤除|拆除|恢复|放开|放宽|放松|降为|降至|降级|下调|转为|缩短|调减|减少|可以|可在|允许|无需|无须|不需要?|免于|豁免|解封|有序开放|重新开放|逐步开放|优化|即可|只需|调整为低|(?:调整|下调|降)(?:为|至)[二三四Ⅱ-Ⅳ]级/gu;
const TIGHTEN_CUE =
  /严禁|禁止|暂停|停止|关停|关闭|封闭|严格|一律|必须|暂不|不得|不准|限制|严控|升级|升为|调整为[中高]|延长|强制|收紧|从严|加强|强化|划定|划为|列为|实行|实施|推迟|延迟|延期|延后|暂缓|不早于/gu;
const NEUTRAL_CUE = /规范|完善|研判|调整|精准/u;

/** A negation right before a relaxing cue cancels it: 不是放松, 不能放开. */
const NEGATES_RELAX = /(?:不是|不能|不得|不会|并非|绝不|决不|不|未)$/u;
/** A delay right before a lifting (推迟开工开业, 暂缓返校) keeps the restriction. */
const DELAYS_RELAX = /(?:推迟|延迟|延期|延后|暂缓|暂停|禁止|不得)[^，。；,;]{0,4}$/u;
/** …or right after it (复工、复产延期). */
const DELAYED = /^[^，。；,;]{0,4}(?:延期|推迟|延迟|延后)/u;
/** A topic word right after 没有/未 describes what was not done (没有佩戴口罩). */
const NOT_DONE = /(?:没有|未|没)$/u;

/** A negation right before a tightening word turns it into a lifting: 不再实行, 取消限制. */
const NEGATES_TIGHTEN = /(?:不再|取消|解除|停止|无需|无须|不必)[^，。；,;]{0,3}$|不$/u;

/** Conditions (在严格落实…的前提下) frame a measure; their cues are not its direction. */
const CONDITION = /在[^，。；,;]{0,30}?(?:前提|基础)[上下]|在?做好[^，。；,;]{0,20}?的?同时/gu;
/** A clause that only sets the time (解除集中隔离后，…) says nothing about the direction. */
const TEMPORAL_FRAME = /(?:后|以后|之前|期间)$/u;

/** Prohibiting arbitrary enforcement (严禁随意封控) corrects over-restriction: it relaxes. */
const CORRECTION_VERB = /严禁|禁止|不得|不准|不能|不要|不搞|反对|纠正|避免|防止|杜绝|整治|克服|切忌|制止|查处/gu;
const ARBITRARY = /随意|擅自|未经批准|简单化|层层加码|一刀切|过度|任意|长时间|一封了之|一禁了之|加码/u;

function blank(text: string, pattern: RegExp): string {
  return text.replace(pattern, (found) => ' '.repeat(found.length));
}

function isCorrection(clauseText: string, triggerOffset: number): boolean {
  for (const verb of allMatches(CORRECTION_VERB, clauseText)) {
    if (verb.index >= triggerOffset) break;
    if (ARBITRARY.test(clauseText.slice(verb.index))) return true;
  }
  return false;
}

interface Cue {
  direction: MeasureDirection;
  /** Characters between the cue and the trigger. */
  gap: number;
}

function cuesIn(cueText: string, trigger: TextSpan): Cue[] {
  const gapTo = (start: number, end: number) =>
    end <= trigger.start ? trigger.start - end : Math.max(0, start - trigger.end);
  const cues: Cue[] = [];
  for (const cue of allMatches(RELAX_CUE, cueText)) {
    if (NEGATES_RELAX.test(cueText.slice(0, cue.index))) continue;
    cues.push({ direction: 'relax', gap: gapTo(cue.index, cue.index + cue[0].length) });
  }
  for (const cue of allMatches(TIGHTEN_CUE, cueText)) {
    const negated = NEGATES_TIGHTEN.test(cueText.slice(0, cue.index));
    cues.push({ direction: negated ? 'relax' : 'tighten', gap: gapTo(cue.index, cue.index + cue[0].length) });
  }
  return cues;
}

/** The nearest directional cue wins; on a tie, relaxing cues (不再, 取消) outrank generic intensifiers (严格). */
function cueDirection(cueText: string, trigger: TextSpan): MeasureDirection | null {
  if (TEMPORAL_FRAME.test(cueText.trimEnd())) return null;
  const cues = cuesIn(cueText, trigger);
  cues.sort((a, b) => a.gap - b.gap || (a.direction === 'relax' ? -1 : 1));
  if (cues[0]) return cues[0].direction;
  if (NEUTRAL_CUE.test(cueText)) return 'neutral';
  return null;
}

/**
 * Results of the tests that depend only on the sentence or only on the clause,
 * shared by the triggers of one sentence: a sentence dense in triggers would
 * otherwise run each of them once per trigger. Keys are constant names or the
 * tested pattern itself, so no key string is built per lookup.
 */
export interface SiteMemo {
  sentence: Map<string | RegExp, boolean>;
  clause: Map<string | RegExp, boolean>;
}

export interface TriggerSite {
  /** The trigger's span in the text. */
  trigger: TextSpan;
  clause: TextSpan;
  clauseText: string;
  sentenceText: string;
  /** Where the sentence starts in the text. */
  sentenceStart: number;
  /** Shared results for this trigger's sentence and clause (`clause` must belong to this clause span). */
  memo?: SiteMemo;
}

/** A pattern, or anything that answers like its `test`. */
interface Tester {
  test(text: string): boolean;
}

function remembered(memo: Map<string | RegExp, boolean> | undefined, key: string | RegExp, pattern: Tester, subject: string): boolean {
  if (!memo) return pattern.test(subject);
  let result = memo.get(key);
  if (result === undefined) {
    result = pattern.test(subject);
    memo.set(key, result);
  }
  return result;
}

function onSentence(site: TriggerSite, key: string | RegExp, pattern: Tester): boolean {
  return remembered(site.memo?.sentence, key, pattern, site.sentenceText);
}

function onClause(site: TriggerSite, key: string, pattern: RegExp): boolean {
  return remembered(site.memo?.clause, key, pattern, site.clauseText);
}

const looseForeignPlaces = new WeakMap<RegExp, ScannedPattern>();

/**
 * The foreign-place pattern without its lookarounds: it matches wherever the
 * pattern could, so a sentence it does not match names no foreign actor at all.
 */
function mayNameForeignActor(site: TriggerSite, vetoes: Vetoes): boolean {
  let loose = looseForeignPlaces.get(vetoes.foreignPlace);
  if (!loose) {
    loose = new ScannedPattern(
      new RegExp(vetoes.foreignPlace.source.replace(/\(\?<?[=!][^()]*\)/g, ''), vetoes.foreignPlace.flags.replace(/[gy]/g, '')),
    );
    looseForeignPlaces.set(vetoes.foreignPlace, loose);
  }
  return onSentence(site, 'foreign', loose);
}

export interface Vetoes {
  problem: RegExp;
  caseCount: RegExp;
  caseStory: RegExp;
  inspection: RegExp;
  question: RegExp;
  questionSentence: RegExp;
  firstPerson: RegExp;
  statistic: RegExp;
  modifierAfter: RegExp;
  experienceAfter: RegExp;
  supportFrame: RegExp;
  negatedEvent: RegExp;
  wish: RegExp;
  liftedAfter: RegExp;
  foreignPlace: RegExp;
  foreignNotActor: RegExp;
  chineseActor: RegExp;
}

/**
 * Whether a foreign country or body is the actor of the sentence: the first
 * foreign name before the trigger is not an origin, destination or partner,
 * and no Chinese authority is named.
 */
export function foreignActor(sentenceText: string, triggerOffset: number, vetoes: Vetoes): boolean {
  const before = sentenceText.slice(0, triggerOffset);
  const found = vetoes.foreignPlace.exec(before);
  if (!found) return false;
  if (vetoes.foreignNotActor.test(before.slice(0, found.index))) return false;
  return !vetoes.chineseActor.test(sentenceText);
}

function within(clause: TextSpan, trigger: TextSpan, window: number): TextSpan {
  return { start: Math.max(clause.start, trigger.start - window), end: Math.min(clause.end, trigger.end + window) };
}

/**
 * The direction of one trigger, read from the trigger itself and its clause.
 * Returns null when the clause does not state a measure: a topic word with no
 * policy act, a reported failure, a case count or patient story, an
 * inspection visit, an open question, a personal post, a statistic, a foreign
 * country's measure, or a trigger word used only to name a period, a wish or
 * a thing that did not happen.
 */
export function readDirection(
  text: string,
  site: TriggerSite,
  rule: CategoryRule,
  triggerRule: TriggerRule,
  vetoes: Vetoes,
): MeasureDirection | null {
  const { trigger } = site;
  const clause = triggerRule.window === null ? site.clause : within(site.clause, trigger, triggerRule.window);
  const clauseText = text.slice(clause.start, clause.end);
  const offset = trigger.start - clause.start;
  const length = trigger.end - trigger.start;
  const before = clauseText.slice(0, offset);
  const withoutTrigger = clauseText.slice(0, offset) + ' '.repeat(length) + clauseText.slice(offset + length);

  if (rule.problemVeto && onClause(site, 'problem', vetoes.problem)) return null;
  if (rule.caseReportVeto && (onClause(site, 'case-count', vetoes.caseCount) || onSentence(site, 'case-story', vetoes.caseStory))) {
    return null;
  }
  if (onClause(site, 'inspection', vetoes.inspection) || onClause(site, 'question', vetoes.question)) return null;
  if (onSentence(site, 'question', vetoes.questionSentence) || onSentence(site, 'first-person', vetoes.firstPerson)) return null;
  if (onClause(site, 'statistic', vetoes.statistic)) return null;
  if (mayNameForeignActor(site, vetoes) && foreignActor(site.sentenceText, trigger.start - site.sentenceStart, vetoes)) return null;
  const { direction } = triggerRule;
  const clauseBefore = text.slice(site.clause.start, trigger.start);
  const after = text.slice(trigger.end, site.clause.end);
  if (direction === 'tighten' || direction === 'relax') {
    if (vetoes.modifierAfter.test(after) || vetoes.experienceAfter.test(after)) return null;
  }
  if (direction !== 'context' && vetoes.wish.test(clauseBefore)) return null;
  if (direction === 'relax' && vetoes.supportFrame.test(clauseBefore)) return null;
  if (direction === 'tighten' && vetoes.negatedEvent.test(clauseBefore)) return null;
  if (triggerRule.act) {
    const { act } = triggerRule;
    const acts = triggerRule.actScope === 'sentence' ? onSentence(site, act, act) : act.test(withoutTrigger);
    if (!acts) return null;
  }

  if (direction !== 'support' && direction !== 'neutral' && isCorrection(clauseText, offset)) return 'relax';
  if (direction === 'tighten') {
    return NEGATES_TIGHTEN.test(before) || vetoes.liftedAfter.test(after) ? 'relax' : 'tighten';
  }
  if (direction === 'relax') {
    if (DELAYS_RELAX.test(before) || DELAYED.test(clauseText.slice(offset + length))) return 'tighten';
    return NEGATES_RELAX.test(before) ? 'neutral' : 'relax';
  }
  if (direction === 'context') {
    if (NOT_DONE.test(before)) return null;
    const cueText = blank(withoutTrigger, CONDITION);
    return cueDirection(cueText, { start: offset, end: offset + length }) ?? rule.fallback;
  }
  return direction;
}

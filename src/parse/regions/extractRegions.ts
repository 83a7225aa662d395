import { COUNTRY_CODE, type ArticleRegion, type RegionMention } from '../../model';
import { buildAliasTable, type AliasTarget } from './aliases';
import { allRegions, regionByCode } from './gazetteer';
import {
  addressListLines,
  isElsewhereContext,
  isPublisherContext,
  isStreetOrClock,
  namesSmallerPlace,
  startsWord,
} from './mentionContext';
import { choosePrimaryRegions, type ScoredMention } from './primaryRegions';
import { SurfaceMatcher, type SurfaceMatch } from './surfaceMatcher';

/**
 * Finds the Chinese regions an article names and resolves each name to a
 * GB/T 2260 code, using the other names in the same text to tell apart the
 * districts that share a name (朝阳区 in 北京 and 长春, 鼓楼区 in 南京, 徐州, 福州 and 开封).
 */

const matcher = new SurfaceMatcher(buildAliasTable(allRegions()));

/** A place name matched in the text, with the regions it may denote. */
type Candidate = SurfaceMatch;

export interface ResolvedMention extends ScoredMention {
  surface: string;
}

function acceptMatch(text: string, start: number, end: number, targets: AliasTarget[], followsMatch: boolean): boolean {
  if (isStreetOrClock(text, end)) return false;
  const allWeak = targets.every((target) => target.strength === 'weak');
  return !allWeak || ((followsMatch || startsWord(text, start)) && !namesSmallerPlace(text, end));
}

const parentOf = (code: string): string | null => regionByCode(code)?.parent ?? null;

function isAncestor(ancestor: string, code: string): boolean {
  for (let parent = parentOf(code); parent !== null; parent = parentOf(parent)) {
    if (parent === ancestor) return true;
  }
  return false;
}

/** A region named at some position, giving context to the other names. */
interface Anchor {
  code: string;
  position: number;
}

/**
 * Counts of named regions by how they relate to a code, precomputed so that
 * support is linear in the number of names even for long risk-area lists.
 */
class AnchorIndex {
  private readonly named = new Map<string, number>();
  private readonly namedBelow = new Map<string, number>();
  private readonly namedChildren = new Map<string, number>();
  private readonly codeAtPosition = new Map<number, string>();

  constructor(anchors: readonly Anchor[]) {
    for (const { code, position } of anchors) {
      if (code === COUNTRY_CODE) continue;
      this.codeAtPosition.set(position, code);
      increment(this.named, code);
      const parent = parentOf(code);
      if (parent !== null) increment(this.namedChildren, parent);
      for (let above = parent; above !== null; above = parentOf(above)) increment(this.namedBelow, above);
    }
  }

  /** How many names elsewhere in the text lie above, below or beside a region. */
  support(code: string, position: number): number {
    const parent = parentOf(code);
    let support = this.namedBelow.get(code) ?? 0;
    for (let above = parent; above !== null; above = parentOf(above)) support += this.named.get(above) ?? 0;
    if (parent !== null) support += (this.namedChildren.get(parent) ?? 0) - (this.named.get(code) ?? 0);
    // A name does not support itself through its own earlier reading.
    const own = this.codeAtPosition.get(position);
    if (own !== undefined && own !== code && related(own, code)) support--;
    return support;
  }
}

function increment(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

function related(a: string, b: string): boolean {
  const parentOfA = parentOf(a);
  return isAncestor(a, b) || isAncestor(b, a) || (parentOfA !== null && parentOfA === parentOf(b));
}

const LEVEL_RANK = { country: 0, province: 1, prefecture: 2, county: 3 } as const;

/**
 * Picks the region a name denotes, or null when the text does not settle it.
 * Context decides first; without context a weak form is dropped and a strong
 * form shared by several regions goes to the single highest-level one
 * (吉林 → 吉林省, 海南 → 海南省) or stays unresolved (鼓楼区).
 */
function resolveTarget(candidate: Candidate, anchors: AnchorIndex): string | null {
  const { targets } = candidate;
  if (targets.length === 1 && targets[0]!.strength === 'strong') return targets[0]!.code;
  const supported = targets.map((target) => ({
    target,
    support: anchors.support(target.code, candidate.start),
  }));
  const best = Math.max(...supported.map(({ support }) => support));
  let pool = best > 0 ? supported.filter(({ support }) => support === best).map(({ target }) => target) : targets;
  if (best === 0) pool = pool.filter((target) => target.strength === 'strong');
  if (pool.length > 1 && pool.some((target) => target.strength === 'strong')) {
    pool = pool.filter((target) => target.strength === 'strong');
  }
  if (pool.length === 1) return pool[0]!.code;
  if (pool.length === 0) return null;
  const rankOf = (target: AliasTarget): number => LEVEL_RANK[regionByCode(target.code)?.level ?? 'county'];
  const top = Math.min(...pool.map(rankOf));
  const highest = pool.filter((target) => rankOf(target) === top);
  return highest.length === 1 ? highest[0]!.code : null;
}

function resolveCandidates(candidates: Candidate[]): Array<{ candidate: Candidate; code: string }> {
  let anchors: Anchor[] = [];
  for (const { targets, start } of candidates) {
    if (targets.length === 1 && targets[0]!.strength === 'strong') anchors.push({ code: targets[0]!.code, position: start });
  }
  // Two rounds: names resolved in the first round give context to the rest.
  let resolved: Array<{ candidate: Candidate; code: string }> = [];
  for (let round = 0; round < 2; round++) {
    resolved = [];
    const index = new AnchorIndex(anchors);
    for (const candidate of candidates) {
      const code = resolveTarget(candidate, index);
      if (code !== null) resolved.push({ candidate, code });
    }
    anchors = resolved.map(({ candidate, code }) => ({ code, position: candidate.start }));
  }
  return resolved;
}

/**
 * Development zones (甘泉堡经济技术开发区, 兰州新区) are not divisions. One whose
 * name starts with a city's name is already matched as that city; one named
 * otherwise counts as a mention of the city the article is about, when a
 * single prefecture-level city dominates the text.
 */
const DEVELOPMENT_ZONE = /[\p{Script=Han}]{2,4}?(经济技术开发区|高新技术产业开发区|经济开发区|高新技术开发区|综合保税区|工业园区)/gu;
/** Every zone word above contains one of these: a text without them has no zone, and most texts have none. */
const ZONE_WORD_CORES = ['开发区', '保税区', '工业园区'];

function zoneMentions(text: string, resolved: readonly ResolvedMention[]): ResolvedMention[] {
  const cityCounts = new Map<string, number>();
  for (const mention of resolved) {
    const entry = regionByCode(mention.code);
    const city = entry?.level === 'prefecture' ? entry.code : entry?.level === 'county' ? entry.parent : null;
    if (city && regionByCode(city)?.level === 'prefecture') cityCounts.set(city, (cityCounts.get(city) ?? 0) + 1);
  }
  const ranked = [...cityCounts].sort((a, b) => b[1] - a[1]);
  const [top, second] = ranked;
  if (!top || (second && second[1] * 2 > top[1])) return [];

  const zones: ResolvedMention[] = [];
  if (!ZONE_WORD_CORES.some((core) => text.includes(core))) return zones;
  for (const match of text.matchAll(DEVELOPMENT_ZONE)) {
    const start = match.index;
    const end = start + match[0].length;
    if (resolved.some((span) => span.start < end && start < span.end)) continue;
    zones.push({ start, end, surface: match[0], code: top[0], elsewhere: false, publisher: false, listed: false });
  }
  return zones;
}

/**
 * Names written back to back (云南省瑞丽市旅居史, 湖北武汉返乡人员) form one
 * place: the role read after the last name applies to the whole chain.
 */
function shareRoleAlongChains(mentions: ResolvedMention[]): void {
  for (let index = mentions.length - 2; index >= 0; index--) {
    const current = mentions[index]!;
    const next = mentions[index + 1]!;
    if (current.end !== next.start) continue;
    current.elsewhere ||= next.elsewhere;
  }
}

/** Every mention with its resolved code and role, in text order. */
export function resolveMentions(simplifiedText: string): ResolvedMention[] {
  const candidates = matcher.matchAll(simplifiedText, acceptMatch);
  const inAddressList = addressListLines(simplifiedText);
  const mentions: ResolvedMention[] = resolveCandidates(candidates).map(({ candidate, code }) => ({
    start: candidate.start,
    end: candidate.end,
    surface: candidate.surface,
    code,
    elsewhere: isElsewhereContext(simplifiedText, candidate.start, candidate.end),
    publisher: isPublisherContext(simplifiedText, candidate.end),
    listed: inAddressList(candidate.start),
  }));
  shareRoleAlongChains(mentions);
  const zones = zoneMentions(simplifiedText, mentions);
  return [...mentions, ...zones].sort((a, b) => a.start - b.start);
}

function groupByRegion(mentions: ResolvedMention[]): ArticleRegion[] {
  const regions = new Map<string, ArticleRegion>();
  for (const mention of mentions) {
    const entry = regionByCode(mention.code);
    if (!entry) continue;
    let region = regions.get(entry.code);
    if (!region) {
      region = { code: entry.code, name: entry.name, level: entry.level, mentions: [] };
      regions.set(entry.code, region);
    }
    const surface: RegionMention = { start: mention.start, end: mention.end, text: mention.surface };
    region.mentions.push(surface);
  }
  return [...regions.values()];
}

export function extractRegions(simplifiedText: string): { regions: ArticleRegion[]; primaryRegions: string[] } {
  const mentions = resolveMentions(simplifiedText);
  return { regions: groupByRegion(mentions), primaryRegions: choosePrimaryRegions(simplifiedText, mentions) };
}

import { COUNTRY_CODE } from '../../model';
import { ancestorsOf, childrenOf, provinceCodeOf, regionByCode } from './gazetteer';

/**
 * Decides which regions an article is *about*, as opposed to every place it
 * names. Mentions weigh more in the title and first paragraph, much less when
 * the place is where people come from or go to, or names the publisher. The
 * heaviest province wins unless the national level outweighs it or no
 * province dominates (a national round-up); inside the winner, a city or
 * county that dominates its parent is preferred (more specific).
 */

export interface ScoredMention {
  start: number;
  end: number;
  code: string;
  /** Origin or destination of movement (武汉返乡人员, 驰援武汉). */
  elsewhere: boolean;
  /** Part of a publisher's name or dateline (甘肃日报, 中国甘肃网…讯). */
  publisher: boolean;
  /** In an address-list line (risk-area lists). */
  listed: boolean;
}

const TITLE_WEIGHT = 3;
const LEAD_WEIGHT = 2;
const ELSEWHERE_FACTOR = 0.1;
const PUBLISHER_FACTOR = 0.3;
const LISTED_FACTOR = 0.2;
const TITLE_MAX_LENGTH = 80;
const LEAD_LENGTH = 250;

/** A child region replaces its parent when it carries this share of the parent's weight… */
const DOMINANT_SHARE = 0.5;
/** …and outweighs its next sibling by this factor. */
const DOMINANT_LEAD = 1.5;
/** A national round-up names at least this many provinces, none with half the weight. */
const ROUNDUP_MIN_PROVINCES = 4;
/** The national level wins when it outweighs the heaviest province by this factor. */
const NATIONAL_LEAD = 1.5;

interface TextZones {
  titleEnd: number;
  leadEnd: number;
}

function textZones(text: string): TextZones {
  const firstContent = text.search(/\S/);
  if (firstContent === -1) return { titleEnd: 0, leadEnd: 0 };
  const lineBreak = text.indexOf('\n', firstContent);
  const firstLineEnd = lineBreak === -1 ? text.length : lineBreak;
  if (firstLineEnd - firstContent > TITLE_MAX_LENGTH) {
    return { titleEnd: firstContent, leadEnd: Math.min(firstLineEnd, firstContent + LEAD_LENGTH) };
  }
  return { titleEnd: firstLineEnd, leadEnd: Math.min(text.length, firstLineEnd + LEAD_LENGTH) };
}

function mentionWeight(mention: ScoredMention, zones: TextZones): number {
  let weight = mention.start < zones.titleEnd ? TITLE_WEIGHT : mention.start < zones.leadEnd ? LEAD_WEIGHT : 1;
  if (mention.elsewhere) weight *= ELSEWHERE_FACTOR;
  else if (mention.publisher) weight *= PUBLISHER_FACTOR;
  if (mention.listed) weight *= LISTED_FACTOR;
  return weight;
}

/** Weight of each region including everything inside it. */
function subtreeWeights(ownWeights: Map<string, number>): Map<string, number> {
  const subtree = new Map<string, number>();
  for (const [code, weight] of ownWeights) {
    for (const entry of ancestorsOf(code)) subtree.set(entry.code, (subtree.get(entry.code) ?? 0) + weight);
  }
  return subtree;
}

function dominantChild(code: string, subtree: Map<string, number>): string | null {
  const children = childrenOf(code)
    .map((child) => ({ code: child.code, weight: subtree.get(child.code) ?? 0 }))
    .filter(({ weight }) => weight > 0)
    .sort((a, b) => b.weight - a.weight);
  const [best, next] = children;
  if (!best) return null;
  const parentWeight = subtree.get(code) ?? 0;
  if (best.weight < parentWeight * DOMINANT_SHARE) return null;
  if (next && best.weight < next.weight * DOMINANT_LEAD) return null;
  return best.code;
}

/** Provinces (and 100000) named in the title as subjects, not as origin or publisher. */
function titleSubjects(mentions: readonly ScoredMention[], zones: TextZones): Set<string> {
  const subjects = new Set<string>();
  for (const mention of mentions) {
    if (mention.start >= zones.titleEnd || mention.elsewhere || mention.publisher) continue;
    subjects.add(mention.code === COUNTRY_CODE ? COUNTRY_CODE : (provinceCodeOf(mention.code) ?? mention.code));
  }
  return subjects;
}

/** Primary region codes, most specific first; [100000] for national news; [] when nothing is named. */
export function choosePrimaryRegions(text: string, mentions: readonly ScoredMention[]): string[] {
  const zones = textZones(text);
  const ownWeights = new Map<string, number>();
  for (const mention of mentions) {
    ownWeights.set(mention.code, (ownWeights.get(mention.code) ?? 0) + mentionWeight(mention, zones));
  }
  const nationalWeight = ownWeights.get(COUNTRY_CODE) ?? 0;
  ownWeights.delete(COUNTRY_CODE);
  const subtree = subtreeWeights(ownWeights);

  const allProvinces = [...subtree]
    .filter(([code]) => regionByCode(code)?.level === 'province')
    .sort((a, b) => b[1] - a[1]);

  // A title that names places settles the choice among them; the body only weighs them.
  const titled = titleSubjects(mentions, zones);
  const provinces = titled.size > 0 ? allProvinces.filter(([code]) => titled.has(code)) : allProvinces;
  const [top] = provinces;
  const nationalInPlay = titled.size === 0 || titled.has(COUNTRY_CODE);
  if (!top) return nationalInPlay && nationalWeight > 0 ? [COUNTRY_CODE] : [];

  const provinceTotal = allProvinces.reduce((sum, [, weight]) => sum + weight, 0);
  const namedProvinces = allProvinces.filter(([, weight]) => weight >= 1).length;
  const roundup =
    titled.size === 0 && namedProvinces >= ROUNDUP_MIN_PROVINCES && top[1] < provinceTotal * DOMINANT_SHARE;
  if (roundup || (nationalInPlay && nationalWeight > top[1] * NATIONAL_LEAD)) return [COUNTRY_CODE];

  let chosen = top[0];
  for (let child = dominantChild(chosen, subtree); child !== null; child = dominantChild(chosen, subtree)) {
    chosen = child;
  }
  const named = new Set(mentions.map((mention) => mention.code));
  return ancestorsOf(chosen)
    .map((entry) => entry.code)
    .filter((code, index) => index === 0 || named.has(code));
}

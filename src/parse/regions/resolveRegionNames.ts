import { COUNTRY_CODE, type RegionLevel } from '../../model';
import { toSimplified } from '../simplify';
import { allRegions, ancestorsOf, regionByCode, type GazetteerEntry } from './gazetteer';
import { shortFormOf } from './names';

/**
 * Resolves the region names a metadata field gives (an archive row's province,
 * city and district columns) to GB/T 2260 codes. Unlike extraction from text,
 * every value is known to be a place, so short forms (德阳, 迪庆州, 黄南) and
 * romanised names (Hubei) count as much as official names.
 */

interface NameTarget {
  entry: GazetteerEntry;
  /** Whether the key is the official name rather than a short or romanised form. */
  official: boolean;
}

const NATIONAL_NAMES = new Set(['全国', '中国', '全國', '中华人民共和国', 'china', 'national', 'nationwide']);
const ADMIN_SUFFIX = /(特别行政区|自治区|自治州|自治县|自治旗|地区|省|市|盟|州|县|区|旗)$/;
const LEVEL_ORDER: Record<RegionLevel, number> = { country: 0, province: 1, prefecture: 2, county: 3 };

const targetsByName = new Map<string, NameTarget[]>();
function addName(name: string, entry: GazetteerEntry, official: boolean): void {
  const targets = targetsByName.get(name);
  if (!targets) targetsByName.set(name, [{ entry, official }]);
  else if (!targets.some((target) => target.entry.code === entry.code)) targets.push({ entry, official });
}
for (const entry of allRegions()) {
  if (entry.level === 'country') continue;
  addName(entry.name, entry, true);
  const short = shortFormOf(entry.name, entry.level);
  addName(short.display, entry, false);
  if (short.stem) addName(short.stem, entry, false);
  if (entry.en) addName(entry.en.toLowerCase(), entry, false);
}

const normalise = (name: string): string => toSimplified(name.replace(/\s+/g, '')).toLowerCase();

function targetsOf(name: string): NameTarget[] {
  const direct = targetsByName.get(name);
  if (direct) return direct;
  // 上海省, 甘肃 written with another or no suffix: compare stems.
  const stem = name.replace(ADMIN_SUFFIX, '');
  return stem.length >= 2 && stem !== name ? (targetsByName.get(stem) ?? []) : [];
}

const isWithin = (entry: GazetteerEntry, scope: GazetteerEntry): boolean =>
  ancestorsOf(entry.code).some((ancestor) => ancestor.code === scope.code);

/**
 * One place named from the top down (`['河北省', '石家庄市', '新乐市']`) → the
 * code of the most specific name that resolves without ambiguity, or null.
 * A name that repeats the level above (上海市 / 上海市) or does not resolve is skipped.
 */
export function resolveRegionPath(names: readonly string[]): string | null {
  let scope: GazetteerEntry | null = null;
  for (const raw of names) {
    const name = normalise(raw);
    if (name === '') continue;
    if (NATIONAL_NAMES.has(name)) {
      scope ??= regionByCode(COUNTRY_CODE) ?? null;
      continue;
    }
    const within = scope && scope.level !== 'country' ? scope : null;
    const candidates = targetsOf(name).filter((target) => !within || isWithin(target.entry, within));
    if (within && candidates.some((target) => target.entry.code === within.code)) continue;
    const chosen = mostLikely(candidates);
    if (chosen) scope = chosen;
  }
  return scope?.code ?? null;
}

/** Official names before short forms, larger regions before smaller; a tie is ambiguous. */
function mostLikely(candidates: readonly NameTarget[]): GazetteerEntry | null {
  if (candidates.length === 0) return null;
  const rank = (target: NameTarget) => (target.official ? 0 : 10) + LEVEL_ORDER[target.entry.level];
  const best = Math.min(...candidates.map(rank));
  const top = candidates.filter((target) => rank(target) === best);
  return top.length === 1 ? top[0]!.entry : null;
}

/**
 * A free-text region field: places separated by 、 , ; or |, each written from
 * the top down with spaces or slashes (`湖北省 武汉市、北京`) → one code per place that resolves.
 */
export function resolveRegionText(text: string): string[] {
  const codes: string[] = [];
  for (const place of text.split(/[、,，;；|]+/)) {
    const code = resolveRegionPath(place.split(/[\s/>·]+/));
    if (code !== null && !codes.includes(code)) codes.push(code);
  }
  return codes;
}

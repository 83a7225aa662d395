import { MAX_PROVINCE_LANES, OTHER_LANE, type LanePlan } from './lanes';
import { PAIR_COUNT } from '../../data/measureColumns';
import type { TimelineColumns } from './timelineColumns';

/** A lane plan that also maps the columns' raw lane keys to drawn lanes. */
export interface SelectionPlan extends LanePlan {
  /** Drawn lane index of each raw key, −1 when the key has no lane. */
  laneOfRaw: Int16Array;
}

/**
 * Raw lanes each selected article counts toward when choosing lanes (as
 * `planLanes`: its provinces plus those its matching measures name, or the
 * categories of its matching measures; else none), as CSR rows in `positions` order.
 */
function planningKeys(columns: TimelineColumns, positions: Uint32Array, pairs: Uint8Array) {
  const { articleList, articleMeasureStart, measurePair, measureOwnList, laneListStart, laneListKeys, noneKey } = columns;
  const keySeen = new Uint32Array(columns.rawKeys.length);
  const listSeen = new Uint32Array(laneListStart.length);
  const rowStart = new Uint32Array(positions.length + 1);
  let keys = new Uint16Array(Math.max(64, positions.length * 3));
  let count = 0;
  for (let i = 0; i < positions.length; i++) {
    const p = positions[i]!;
    const stamp = i + 1;
    if (keys.length - count < columns.rawKeys.length + 1) {
      const grown = new Uint16Array(keys.length * 2);
      grown.set(keys);
      keys = grown;
    }
    const first = count;
    const own = articleList[p]!;
    for (let k = laneListStart[own]!; k < laneListStart[own + 1]!; k++) {
      const key = laneListKeys[k]!;
      if (key !== noneKey && keySeen[key] !== stamp) {
        keySeen[key] = stamp;
        keys[count++] = key;
      }
    }
    for (let m = articleMeasureStart[p]!; m < articleMeasureStart[p + 1]!; m++) {
      const list = measureOwnList[m]!;
      if (pairs[measurePair[m]!] === 0 || listSeen[list] === stamp) continue;
      listSeen[list] = stamp;
      for (let k = laneListStart[list]!; k < laneListStart[list + 1]!; k++) {
        const key = laneListKeys[k]!;
        if (keySeen[key] !== stamp) {
          keySeen[key] = stamp;
          keys[count++] = key;
        }
      }
    }
    if (count === first) keys[count++] = noneKey;
    rowStart[i + 1] = count;
  }
  return { rowStart, keys };
}

const everyArticleKeys = new WeakMap<TimelineColumns, ReturnType<typeof planningKeys>>();

/** Planning keys of every article when every measure matches (the usual case), computed once per collection and indexed by position. */
function planningKeysOfAll(columns: TimelineColumns, pairs: Uint8Array) {
  let keys = everyArticleKeys.get(columns);
  if (!keys) everyArticleKeys.set(columns, (keys = planningKeys(columns, Uint32Array.from(columns.articles.keys()), pairs)));
  return keys;
}

/**
 * `planLanes` over a selection of the columns' articles: the same lanes, order
 * and counts, from typed arrays. `pairs` marks the measure kinds the filters let through.
 */
export function planSelectionLanes(
  columns: TimelineColumns,
  positions: Uint32Array,
  pairs: Uint8Array,
  maxProvinceLanes = MAX_PROVINCE_LANES,
): SelectionPlan {
  const { mode, rawKeys, noneKey, nationalKey } = columns;
  const everyMeasure = pairs.subarray(0, PAIR_COUNT).every((wanted) => wanted === 1);
  const { rowStart, keys: rowKeys } = everyMeasure ? planningKeysOfAll(columns, pairs) : planningKeys(columns, positions, pairs);
  // With every measure matching, rows are by position; otherwise by index in `positions`.
  const rowOf = (i: number) => (everyMeasure ? positions[i]! : i);
  const rawCounts = new Int32Array(rawKeys.length);
  for (let i = 0; i < positions.length; i++) {
    const row = rowOf(i);
    for (let k = rowStart[row]!; k < rowStart[row + 1]!; k++) rawCounts[rowKeys[k]!]!++;
  }
  const laneOfRaw = new Int16Array(rawKeys.length).fill(-1);
  const counts = new Map<string, number>();

  if (mode === 'category') {
    const keys: string[] = [];
    // Raw category keys come first, in taxonomy order, then none.
    for (let key = 0; key < rawKeys.length; key++) {
      if (key === noneKey || rawCounts[key] === 0) continue;
      laneOfRaw[key] = keys.length;
      keys.push(rawKeys[key]!);
      counts.set(rawKeys[key]!, rawCounts[key]!);
    }
    if (rawCounts[noneKey]! > 0) {
      laneOfRaw[noneKey] = keys.length;
      keys.push(rawKeys[noneKey]!);
      counts.set(rawKeys[noneKey]!, rawCounts[noneKey]!);
    }
    return { mode, keys, counts, laneOf: (key) => key, laneOfRaw };
  }

  const provinces: number[] = [];
  for (let key = 0; key < rawKeys.length; key++) if (key !== noneKey && key !== nationalKey && rawCounts[key]! > 0) provinces.push(key);
  provinces.sort((a, b) => rawCounts[b]! - rawCounts[a]! || rawKeys[a]!.localeCompare(rawKeys[b]!));
  const hasNational = rawCounts[nationalKey]! > 0;
  const room = maxProvinceLanes - (hasNational ? 1 : 0);
  const kept = provinces.length > room ? provinces.slice(0, Math.max(0, room - 1)) : provinces;
  const isKept = new Uint8Array(rawKeys.length);
  for (const key of kept) isKept[key] = 1;
  const keys: string[] = [];
  const addLane = (raw: number) => {
    laneOfRaw[raw] = keys.length;
    keys.push(rawKeys[raw]!);
    counts.set(rawKeys[raw]!, rawCounts[raw]!);
  };
  if (hasNational) addLane(nationalKey);
  for (const key of kept) addLane(key);
  if (kept.length < provinces.length) {
    const otherIndex = keys.length;
    keys.push(OTHER_LANE);
    for (let key = 0; key < rawKeys.length; key++) if (key !== noneKey && key !== nationalKey && isKept[key] === 0) laneOfRaw[key] = otherIndex;
    // An article in two merged provinces is still one article in "other".
    let other = 0;
    for (let i = 0; i < positions.length; i++) {
      const row = rowOf(i);
      for (let k = rowStart[row]!; k < rowStart[row + 1]!; k++) {
        const key = rowKeys[k]!;
        if (key !== noneKey && key !== nationalKey && isKept[key] === 0) {
          other++;
          break;
        }
      }
    }
    counts.set(OTHER_LANE, other);
  }
  if (rawCounts[noneKey]! > 0) addLane(noneKey);
  const keptKeys = new Set(kept.map((key) => rawKeys[key]!));
  const national = rawKeys[nationalKey]!;
  const none = rawKeys[noneKey]!;
  const laneOf = (key: string) => (key === national || key === none || keptKeys.has(key) ? key : OTHER_LANE);
  return { mode, keys, counts, laneOf, laneOfRaw };
}

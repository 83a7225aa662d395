import { dayNumber, parseIsoDay } from './calendar';
import { PatternGroup } from '../text/patternScan';

/**
 * Dated landmarks of China's COVID-19 years. A landmark's clue in an article
 * means the article was written inside the landmark's window, which lets a
 * date written without a year ("11月8日讯") get one.
 *
 * `strength`:
 * - `hard`: a name or document that did not exist before `from` (奥密克戎 was
 *   named on 2021-11-26). The window's `to`, when present, is also firm.
 * - `soft`: a period the phrase belongs to in practice (武汉返乡人员 in early
 *   2020). Soft windows are dropped when they contradict hard ones or each other.
 *
 * Windows bound the *publication* date. Dates are approximate to a few days
 * where the source event was spread out; `from` is chosen on the early side.
 */
export interface Landmark {
  id: string;
  label: { zh: string; en: string };
  /** `YYYY-MM-DD`, inclusive. */
  from: string;
  /** `YYYY-MM-DD`, inclusive; absent = open-ended. */
  to?: string;
  strength: 'hard' | 'soft';
  /** Matched against the Simplified text. */
  clue: RegExp;
  /** When this also matches, the clue does not count (e.g. the later name is present too). */
  unless?: RegExp;
}

/** Every article here is about the COVID-19 years; no landmark can place one outside them. */
export const ERA = { from: '2019-12-01', to: '2023-12-31' } as const;

export const LANDMARKS: readonly Landmark[] = [
  {
    id: 'unexplained-pneumonia',
    label: { zh: '不明原因肺炎', en: '"pneumonia of unknown cause" (before the virus was named)' },
    from: '2019-12-30',
    to: '2020-01-31',
    strength: 'soft',
    clue: /不明原因(的)?病毒性肺炎|不明原因肺炎/,
    unless: /新冠|新型冠状病毒肺炎|COVID/i,
  },
  {
    id: 'interim-name-2020',
    label: { zh: '新型冠状病毒感染的肺炎 / 新型肺炎', en: 'interim names used before "新冠肺炎" (2020-02-08)' },
    from: '2020-01-09',
    to: '2020-02-29',
    strength: 'soft',
    clue: /新型冠状病毒感染的肺炎|新型肺炎|新型冠状病毒(?!肺炎|感染|疫苗|变异)/,
    unless: /新冠|新型冠状病毒肺炎|新型冠状病毒感染(?!的)|COVID/i,
  },
  {
    id: 'ncp-name',
    label: { zh: '新冠肺炎', en: 'the name "新冠肺炎" (announced 2020-02-08)' },
    from: '2020-02-08',
    strength: 'hard',
    clue: /新冠肺炎|新型冠状病毒肺炎/,
  },
  {
    id: 'covid-19-name',
    label: { zh: 'COVID-19', en: 'the WHO name COVID-19 (2020-02-11)' },
    from: '2020-02-11',
    strength: 'hard',
    clue: /COVID-?19/i,
  },
  {
    id: 'wuhan-returnees',
    label: { zh: '武汉返乡人员', en: 'people returning from Wuhan (Spring Festival 2020)' },
    from: '2020-01-20',
    to: '2020-04-30',
    strength: 'soft',
    clue: /武汉返乡|从武汉返回|自武汉返回|武汉返回|离汉返乡|武汉来.{0,2}人员/,
  },
  {
    id: 'level-1-response-2020',
    label: { zh: '一级响应', en: 'first-level public-health emergency response (2020-01-23 onwards)' },
    from: '2020-01-23',
    to: '2020-06-30',
    strength: 'soft',
    clue: /一级响应|一级应急响应/,
  },
  {
    id: 'work-resumption-2020',
    label: { zh: '复工复产', en: 'resumption of work after the 2020 Spring Festival shutdown' },
    from: '2020-02-03',
    to: '2020-12-31',
    strength: 'soft',
    clue: /复工复产|复工复业|复产复工|(逐步|有序|陆续|全面|企业|已经|已)复工/,
  },
  {
    id: 'fangcang-hospitals',
    label: { zh: '方舱医院', en: 'field ("Fangcang") hospitals (first opened 2020-02-05)' },
    from: '2020-02-03',
    strength: 'hard',
    clue: /方舱/,
  },
  {
    id: 'health-code',
    label: { zh: '健康码', en: 'health QR codes (from 2020-02-11)' },
    from: '2020-02-09',
    strength: 'hard',
    clue: /健康码|苏康码|粤康码|随申码|健康宝/,
  },
  {
    id: 'normalised-prevention',
    label: { zh: '常态化疫情防控', en: '"normalised" epidemic prevention (from April 2020)' },
    from: '2020-04-01',
    strength: 'hard',
    clue: /常态化疫情防控|疫情防控常态化|常态化防控/,
  },
  {
    id: 'delta-variant',
    label: { zh: '德尔塔变异株', en: 'Delta variant (WHO name 2021-05-31)' },
    from: '2021-05-31',
    strength: 'hard',
    clue: /德尔塔|Delta(变异|毒株|株)/i,
  },
  {
    id: 'dynamic-zero',
    label: { zh: '动态清零', en: '"dynamic zero-COVID" (August 2021 to December 2022)' },
    from: '2021-08-01',
    to: '2022-12-31',
    strength: 'soft',
    clue: /动态清零/,
  },
  {
    id: 'booster-dose',
    label: { zh: '加强针', en: 'booster vaccination (from autumn 2021)' },
    from: '2021-08-01',
    strength: 'hard',
    clue: /加强针|加强免疫接种/,
  },
  {
    id: 'omicron-variant',
    label: { zh: '奥密克戎', en: 'Omicron variant (WHO name 2021-11-26)' },
    from: '2021-11-26',
    strength: 'hard',
    clue: /奥密克戎|Omicron/i,
  },
  {
    id: 'omicron-ba5',
    label: { zh: 'BA.5 / BA.5.2', en: 'Omicron BA.5 lineage (in China from mid-2022)' },
    from: '2022-05-01',
    strength: 'hard',
    clue: /BA\.5|BA\.4\/5|BF\.7/,
  },
  {
    id: 'regular-testing-2022',
    label: { zh: '常态化核酸检测', en: 'routine mass PCR testing (2022)' },
    from: '2022-04-15',
    to: '2022-12-31',
    strength: 'soft',
    clue: /常态化核酸/,
  },
  {
    id: 'zero-covid-controls',
    label: { zh: '风险区、全员核酸、封控等管控手段', en: 'risk zones, mass testing and compound lockdowns (ended December 2022)' },
    from: '2020-01-20',
    to: '2022-12-31',
    strength: 'soft',
    clue: /[高中]风险(地)?区|全员核酸|封控区|管控区|静默管理|次密接/,
  },
  {
    id: 'ninth-edition-plan',
    label: { zh: '防控方案(第九版)', en: 'national prevention and control plan, 9th edition (2022-06-27)' },
    from: '2022-06-27',
    strength: 'hard',
    clue: /第九版防控方案|防控方案[(（]第九版[)）]|第九版(?:新冠)?(?:肺炎)?(?:疫情)?防控方案/,
  },
  {
    id: 'nine-prohibitions',
    label: { zh: '九不准', en: 'the "nine prohibitions" against excessive measures (2022-07)' },
    from: '2022-06-27',
    strength: 'hard',
    clue: /九不准/,
  },
  {
    id: 'twenty-measures',
    label: { zh: '二十条优化措施', en: 'the 20 optimisation measures (2022-11-11)' },
    from: '2022-11-11',
    strength: 'hard',
    clue: /二十条|20条(优化)?(措施)?(?=.{0,10}(优化|防控|疫情))|优化.{0,8}(二十|20)条/,
  },
  {
    id: 'new-ten-measures',
    label: { zh: '新十条', en: 'the "new ten measures" ending mass controls (2022-12-07)' },
    from: '2022-12-07',
    strength: 'hard',
    clue: /新十条|新10条/,
  },
  {
    id: 'class-b-management',
    label: { zh: '乙类乙管', en: 'downgrade to Class B management (announced 2022-12-26, in force 2023-01-08)' },
    from: '2022-12-26',
    strength: 'hard',
    clue: /乙类乙管/,
  },
];

export interface LandmarkMatch {
  landmark: Landmark;
  start: number;
  end: number;
  text: string;
}

/** Pinyin glosses some sites insert after characters: 动(dòng)态(tài). */
const PINYIN_GLOSS = /(?<=\p{Script=Han})[(（][a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]{1,7}[)）]/gu;

const GLOSS_SCAN = new PatternGroup([PINYIN_GLOSS]);

/** The text without pinyin glosses, with the offset in the original of each kept code unit (and of the end). */
function withoutGlosses(text: string): { view: string; offsetOf: (index: number) => number } {
  const glosses = GLOSS_SCAN.matchesIn(text)[0]!;
  if (glosses.length === 0) return { view: text, offsetOf: (index) => index };
  const offsets: number[] = [];
  let view = '';
  let kept = 0;
  const keep = (until: number): void => {
    view += text.slice(kept, until);
    for (; kept < until; kept++) offsets.push(kept);
  };
  for (const gloss of glosses) {
    keep(gloss.index);
    kept = gloss.index + gloss[0].length;
  }
  keep(text.length);
  offsets.push(text.length);
  return { view, offsetOf: (index) => offsets[index]! };
}

export function matchLandmarks(textSimplified: string): LandmarkMatch[] {
  const { view, offsetOf } = withoutGlosses(textSimplified);
  const matches: LandmarkMatch[] = [];
  for (const landmark of LANDMARKS) {
    if (landmark.unless?.test(view)) continue;
    const found = landmark.clue.exec(view);
    if (!found) continue;
    const start = offsetOf(found.index);
    const end = offsetOf(found.index + found[0].length - 1) + 1;
    matches.push({ landmark, start, end, text: textSimplified.slice(start, end) });
  }
  return matches;
}

/** An inclusive window of day numbers (see calendar.dayNumber). */
export interface Window {
  from: number;
  to: number;
  /** Ids of the landmarks that narrowed the window. */
  landmarks: string[];
  /** The matches kept, for evidence. */
  matches: LandmarkMatch[];
}

const eraWindow = (): Window => ({
  from: dayNumber(parseIsoDay(ERA.from)),
  to: dayNumber(parseIsoDay(ERA.to)),
  landmarks: [],
  matches: [],
});

function narrow(window: Window, match: LandmarkMatch): Window | null {
  const from = Math.max(window.from, dayNumber(parseIsoDay(match.landmark.from)));
  const to = match.landmark.to ? Math.min(window.to, dayNumber(parseIsoDay(match.landmark.to))) : window.to;
  if (from > to) return null;
  const narrowed = from !== window.from || to !== window.to;
  return {
    from,
    to,
    landmarks: narrowed ? [...window.landmarks, match.landmark.id] : window.landmarks,
    matches: narrowed ? [...window.matches, match] : window.matches,
  };
}

/**
 * The window the publication date must lie in: the era, narrowed by every hard
 * landmark, then by each soft landmark that does not empty it. Hard landmarks
 * only set lower bounds in practice, so they cannot contradict one another.
 */
export function publicationWindow(textSimplified: string): Window {
  const matches = matchLandmarks(textSimplified);
  let window = eraWindow();
  for (const match of matches.filter((m) => m.landmark.strength === 'hard')) {
    window = narrow(window, match) ?? window;
  }
  for (const match of matches.filter((m) => m.landmark.strength === 'soft')) {
    window = narrow(window, match) ?? window;
  }
  return window;
}

/**
 * What the words around a place name say about its role: a street or clock
 * (北京路, 北京时间) is no mention at all; a place people come from or go to
 * (武汉返乡人员, 来自湖北, 驰援武汉) is not what the article is about; a
 * newspaper or website (甘肃日报, 中国甘肃网…讯) names the publisher.
 */

const CLAUSE_BREAK = /[，。、；：！？,.;:!?\s（）()“”"【】《》]/;

/** Words that turn a place name into a street or clock: 江苏路, 河南中路, 瑞金二路, 北京时间. */
const NOT_A_PLACE_AFTER = /^([东西南北中]?[一二三四五六七八九十]{0,2}(路|街|大街|大道|巷|弄|胡同)|时间)/;

/** Characters that may precede a short or weak form without gluing it into another word. */
const FREE_BEFORE = /[省市州区县盟旗和与及在至到赴从往由对向即为是的了、，。；：！？,.;:!?\s（）()“”"【】《》\d—-]/;

const HAN = /\p{Script=Han}/u;

/** Smaller places named after a district (西城社区, 崂山四村): a bare short form before these is not the district. */
const SMALLER_PLACE_AFTER = /^[一二三四五六七八九十东西南北中新]?(社区|小区|村|街道|镇|乡|花园|家园|大厦|广场|公园|医院|大学|中学|小学)/;

export function namesSmallerPlace(text: string, end: number): boolean {
  return SMALLER_PLACE_AFTER.test(text.slice(end, end + 4));
}

export function isStreetOrClock(text: string, end: number): boolean {
  return NOT_A_PLACE_AFTER.test(text.slice(end, end + 5));
}

/** True when a weak form starts a word: not glued to a preceding Han character (示范县, 相应县). */
export function startsWord(text: string, start: number): boolean {
  const before = text[start - 1];
  return before === undefined || !HAN.test(before) || FREE_BEFORE.test(before);
}

/** The rest of the clause after a position, at most `length` characters. */
function clauseAfter(text: string, end: number, length: number): string {
  const window = text.slice(end, end + length);
  const cut = window.search(CLAUSE_BREAK);
  return cut === -1 ? window : window.slice(0, cut);
}

function clauseBefore(text: string, start: number, length: number): string {
  const window = text.slice(Math.max(0, start - length), start);
  for (let index = window.length - 1; index >= 0; index--) {
    if (CLAUSE_BREAK.test(window[index]!)) return window.slice(index + 1);
  }
  return window;
}

const ORIGIN_BEFORE = /(来自|途经|途径|赴|前往|去往|到过|援|运往|发往|往返于?)$/;
const MOVEMENT_AFTER = /^(省|市|区|县|地区)?[^，。]{0,4}?(返回|返乡|返程|回来|归来|来|返|回|抵|入境|进入|出发|到达|旅居|旅行|居住史|籍|输入|疫区|务工)/;
const ORIGIN_AFTER = /^(省|市|区|县|地区)?(以外|之外|籍|返乡|返回|返程|回来|归来|旅居|旅行|居住史|输入|疫区|来[^\s，。]{0,3}(人员|人|者|旅客|车辆)|返[^\s，。]{0,3}(人员|人|者|旅客|车辆)|务工返乡|等地|等重点地区|等疫情)/;

/**
 * True when the place is where people or goods come from or go to rather
 * than where the reported action happens: 从武汉返回, 武汉返乡人员, 来自湖北,
 * 湖北籍, 有武汉旅居史, 驰援武汉, 武汉来京人员, 湖北以外.
 */
export function isElsewhereContext(text: string, start: number, end: number): boolean {
  const after = clauseAfter(text, end, 10);
  if (ORIGIN_AFTER.test(after)) return true;
  const before = clauseBefore(text, start, 6);
  if (ORIGIN_BEFORE.test(before)) return true;
  return /从$/.test(before) && MOVEMENT_AFTER.test(after);
}

const PUBLISHER_AFTER = /^(省|市|区|县)?(日报|晚报|早报|晨报|商报|青年报|都市报|法制报|新闻网|新闻|网|电视台|广播电视台|广播|卫视|客户端|之声|在线|头条|融媒|发布)/;

/** 网11月8日讯, 报道讯, 客户端讯 — but not 通讯员, 资讯. */
const DATELINE_AFTER = /^[^\s，。(（]{0,12}(?<![通资音喜])讯(?![员录息号])/;

/** True when the place is part of a publisher's name (甘肃日报, 乌鲁木齐晚报, 中国甘肃网). */
export function isPublisherContext(text: string, end: number): boolean {
  if (PUBLISHER_AFTER.test(text.slice(end, end + 6))) return true;
  // A dateline such as 中国甘肃网11月8日讯 or 中国报道讯: the place belongs to the outlet.
  const line = clauseAfter(text, end, 16);
  return DATELINE_AFTER.test(line);
}

const ADDRESS_WORDS = /(街道|镇|乡|村|小区|社区|号|弄|栋|幢|楼|院|单元|组|[（(]\d+个[）)])/;
const SENTENCE_PUNCTUATION = /[，。；,;]/;
const TRAILING_PUNCTUATION = /[，。；、,;\s]/;

/**
 * Tells for a position whether its line is an entry of an address list
 * (哈尔滨市巴彦县巴彦镇盛隆国际小区, 黑龙江省（6个）：) — risk-area lists name
 * many places the article is not about. Lines are classified once per text.
 */
export function addressListLines(text: string): (position: number) => boolean {
  const lineStarts: number[] = [0];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) lineStarts.push(index + 1);
  const verdicts = new Map<number, boolean>();
  return (position) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (lineStarts[middle]! <= position) low = middle;
      else high = middle - 1;
    }
    const cached = verdicts.get(low);
    if (cached !== undefined) return cached;
    const start = lineStarts[low]!;
    let end = low + 1 < lineStarts.length ? lineStarts[low + 1]! - 1 : text.length;
    // Trimmed by hand: a `[…]+$` regex retries from every punctuation mark of a long line.
    while (end > start && TRAILING_PUNCTUATION.test(text[end - 1]!)) end--;
    const line = text.slice(start, end);
    const verdict = line.length <= 60 && !SENTENCE_PUNCTUATION.test(line) && ADDRESS_WORDS.test(line);
    verdicts.set(low, verdict);
    return verdict;
  };
}

import { toSimplified } from '../simplify';

/**
 * Reads publisher and author from metadata lines (`来源:北京青年报 作者:…`)
 * and from the dateline and byline that open a report (`(观察者网 讯)`,
 * `中国甘肃网11月8日讯据甘肃日报报道(新甘肃·甘肃日报记者李欣瑶)`). Patterns run
 * on the Simplified form; names are cut from the original line at the same
 * offsets, so they come back in the article's own script.
 */

export interface ArticleMetadata {
  source: string | null;
  author: string | null;
}

/** Where a label's value stops: whitespace or the next label. */
const VALUE = String.raw`([^\s:：|｜()（）]+?)(?=\s|$|(?:作者|时间|日期|编辑|责任编辑|责编|点击|发布时间|发布日期|更新时间|来源|浏览|阅读|字号)[:：]|[|｜()（）])`;

// Photo and video credits (图片来源) name who took a picture, not who published the article.
const SOURCE_LABEL = new RegExp(String.raw`(?<!图片|图|视频|照片|资料|数据)来源[:：]\s*` + VALUE);
const AUTHOR_LABEL = new RegExp(String.raw`作者[:：]\s*` + VALUE);
/** `澎湃新闻记者 张三`, `本报记者 王五 赵六`: a line naming only the reporters. */
const REPORTER_LINE = /^([\p{Script=Han}]{0,8}?)(?:记者|通讯员|撰稿)\s*([\p{Script=Han}·]{2,5}(?:[\s、]+[\p{Script=Han}·]{2,5})*)$/u;
const NO_AUTHOR = /^(?:佚名|未知|匿名|admin|管理员|本站|网络|小编)$/i;
const SELF_REFERENCE = /^本(?:报|刊|台|网|站)/;

/** `(观察者网 讯)` */
const BRACKETED_DATELINE = /^[(（]\s*([^()（）\s]{2,15}?)\s*(?:\d{1,2}月\d{1,2}日)?\s*[讯电]\s*[)）]/;
/** `中国甘肃网11月8日讯`, `新华社北京3月1日电`: a dated dateline. */
const DATED_DATELINE = /^([\p{Script=Han}A-Za-z·]{2,15}?)\s*\d{1,2}月\d{1,2}日\s*[讯电]/u;
/** `中国报道讯(通讯员…)`: undated, so 讯 must be followed by a byline, a colon or 据. */
const PLAIN_DATELINE = /^([\p{Script=Han}A-Za-z·]{2,15}?)\s*讯(?=\s*[(（:：]|\s*据|\s)/u;
/** `据甘肃日报报道` right after the dateline names the paper the report comes from. */
const CITED_PAPER = /^\s*[,，]?\s*据([\p{Script=Han}A-Za-z·]{1,12}?(?:报|网|社|台|刊|新闻|客户端|频道|在线))报道/u;
const BYLINE =
  /[(（][^()（）]{0,30}?(?:记者|通讯员|特约记者|实习记者|实习生|撰稿)\s*([\p{Script=Han}·]{2,5}(?:[\s、，,][\p{Script=Han}·]{2,5})*)\s*[)）]/u;
const SLASH_BYLINE = /^(?:文|撰文|作者)\s*[/／]\s*([\p{Script=Han}·]{2,5})/u;

function cut(original: string, start: number, length: number): string {
  return original.slice(start, start + length).trim();
}

function fromLabel(original: string, simplified: string, pattern: RegExp): string | null {
  const match = pattern.exec(simplified);
  if (!match?.[1]) return null;
  const start = match.index + match[0].length - match[1].length;
  return cut(original, start, match[1].length);
}

export interface MetadataLine {
  original: string;
  simplified: string;
}

export function readMetadata(metadataLines: MetadataLine[], openingLines: MetadataLine[]): ArticleMetadata {
  let source: string | null = null;
  let author: string | null = null;

  for (const line of metadataLines) {
    source ??= fromLabel(line.original, line.simplified, SOURCE_LABEL);
    const named = fromLabel(line.original, line.simplified, AUTHOR_LABEL);
    if (named && !author && !NO_AUTHOR.test(named)) author = named;
    const reporters = REPORTER_LINE.exec(line.simplified.trim());
    if (reporters?.[2] && !author) {
      const offset = line.simplified.indexOf(reporters[0]) + reporters[0].length - reporters[2].length;
      author = cut(line.original, offset, reporters[2].length).split(/[\s、]+/).join('、');
    }
  }

  for (const line of openingLines) {
    const { original, simplified } = line;
    if (!source) source = datelineSource(original, simplified);
    if (!author) {
      const byline = BYLINE.exec(simplified) ?? SLASH_BYLINE.exec(simplified);
      if (byline?.[1]) {
        const start = byline.index + byline[0].indexOf(byline[1]);
        author = cut(original, start, byline[1].length).split(/[\s、，,]+/).join('、');
      }
    }
  }

  if (source !== null && SELF_REFERENCE.test(source)) source = null;
  // A byline that repeats the publisher names no person.
  if (author !== null && source !== null && author === source) author = null;
  return { source, author };
}

function datelineSource(original: string, simplified: string): string | null {
  const match = BRACKETED_DATELINE.exec(simplified) ?? DATED_DATELINE.exec(simplified) ?? PLAIN_DATELINE.exec(simplified);
  if (!match?.[1]) return null;
  const nameStart = match.index + match[0].indexOf(match[1]);
  if (SELF_REFERENCE.test(match[1])) return null;
  const name = withoutDatelinePlace(cut(original, nameStart, match[1].length));
  const rest = match.index + match[0].length;
  const cited = CITED_PAPER.exec(simplified.slice(rest));
  if (!cited?.[1]) return name;
  const citedStart = rest + cited.index + cited[0].indexOf(cited[1]);
  return `${name}/${cut(original, citedStart, cited[1].length)}`;
}

/**
 * Length of the dateline, cited paper and byline that open a report
 * (`中国报道讯(通讯员 杜向奎)`), so a title can be taken from what follows.
 */
export function openingPrefixLength(simplified: string): number {
  let length = 0;
  const dateline =
    BRACKETED_DATELINE.exec(simplified) ?? DATED_DATELINE.exec(simplified) ?? PLAIN_DATELINE.exec(simplified);
  if (dateline) length = dateline[0].length;
  const cited = CITED_PAPER.exec(simplified.slice(length));
  if (cited && dateline) length += cited[0].length;
  const byline = /^\s*[(（][^()（）]{0,40}[)）]/.exec(simplified.slice(length));
  if (byline && (dateline || BYLINE.test(byline[0]))) length += byline[0].length;
  return length;
}

/** Wire services put the filing city after their name: 新华社北京 → 新华社. */
const WIRE_SERVICES = ['新华社', '中新社', '中新网', '人民网', '央视网', '央广网', '国际在线', '光明网', '中国日报网', '环球网', '中国新闻网'];

function withoutDatelinePlace(source: string): string {
  const simplified = toSimplified(source);
  const wire = WIRE_SERVICES.find((name) => simplified.startsWith(name));
  // Same length in both scripts, so the prefix cut from the original is the agency's name.
  return wire ? source.slice(0, wire.length) : source;
}

import type { MeasureCategory } from '../../src/model';
import { addDays, type Day } from './calendar';
import { chineseDate, chineseNumeralDate, isBefore, monthDay } from './dates';
import { countyWithParent, mentionsFocus, mentionsNation, placeOfficialName, type Focus } from './focus';
import { PROVINCES, type Province } from './regions';
import type { Random } from './random';
import { SentencePicker, type Stance } from './sentencePicker';
import { fillTemplate, type SlotContext } from './slots';
import { HEADINGS, type MeasureTag, type SentenceTemplate } from './templates';
import { titlePatterns } from './titles';
import { NATIONAL_MEDIA, mobileNumber, personName } from './vocabulary';

/**
 * Writes the text of one article — title, dateline, paragraphs, lists,
 * signature — in Simplified script and without any page furniture; the page
 * layout, script conversion and damage come later.
 */

export type ArticleKind = 'brief' | 'post' | 'report' | 'notice' | 'bulletin' | 'longform';

/** How the opening line dates the article. */
export type DatelineStyle =
  | 'md-xun' // 中国甘肃网11月8日讯
  | 'md-dian' // 新华社北京11月13日电（记者 …）
  | 'md-report' // 据新疆日报11月8日消息，
  | 'today' // 今（13）日，
  | 'ymd-xun' // 人民网2022年11月13日讯
  | 'reporter-md' // 本报讯（记者 …）11月13日，
  | 'reporter-ymd' // 本报讯（记者 …）2022年11月13日，
  | 'lead-md' // 11月13日，…
  | 'lead-ymd' // 2022年11月13日，…
  | 'none';

export type SignatureStyle = 'ymd' | 'numerals' | null;

export type BlockRole = 'original-title' | 'title' | 'paragraph' | 'heading' | 'item' | 'contact' | 'signature';

export interface Block {
  role: BlockRole;
  text: string;
}

export interface ComposeOptions {
  random: Random;
  kind: ArticleKind;
  focus: Focus;
  published: Day;
  targetLength: number;
  dateline: DatelineStyle;
  signature: SignatureStyle;
  /** Chance that a body sentence states a measure (0 gives a measure-free article). */
  measureShare: number;
  stance: Stance;
  theme: MeasureCategory[];
  withTitle: boolean;
  /** Open with `(原标题:…)` instead of a headline, as reposts of renamed stories do. */
  originalTitle?: boolean;
}

export interface ComposedArticle {
  title: string | null;
  /** The headline line the page shows above the story (null under an original-title note). */
  headline: string | null;
  blocks: Block[];
  measures: MeasureTag[];
  /** Dates the text mentions besides the publication date forms. */
  mentioned: Day[];
  /** The outlet named in the dateline or cited, for the page header. */
  source: string;
}

const CONNECTORS = ['同时，', '此外，', '会议要求，', '据悉，', '通告明确，', '会议强调，', '另外，', '据介绍，'];
const ORDINALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

class Writer {
  readonly measures: MeasureTag[] = [];
  readonly blocks: Block[] = [];
  readonly slots: SlotContext;
  readonly picker: SentencePicker;
  readonly random: Random;

  constructor(readonly options: ComposeOptions) {
    this.random = options.random;
    this.slots = {
      random: options.random,
      focus: options.focus,
      published: options.published,
      yearShare: options.kind === 'notice' ? 0.2 : 0.05,
      mentioned: [],
    };
    this.picker = new SentencePicker(options.random, options.published, options.focus.level === 'country', options.stance, options.theme);
  }

  length(): number {
    return this.blocks.reduce((sum, block) => sum + block.text.length, 0);
  }

  fill(text: string, slots: SlotContext = this.slots): string {
    return fillTemplate(text, slots);
  }

  say(template: SentenceTemplate | null, slots: SlotContext = this.slots): string {
    if (!template) return '';
    this.measures.push(...template.measures);
    return this.fill(template.text, slots);
  }

  sentence(picker: SentencePicker = this.picker, slots: SlotContext = this.slots): string {
    const wantMeasure = this.random.chance(this.options.measureShare);
    return this.say(wantMeasure ? picker.measure() : picker.filler(), slots);
  }

  paragraph(count: number): string {
    let text = '';
    for (let i = 0; i < count; i++) {
      const sentence = this.sentence();
      const connect = i > 0 && !/^[“\d自]|^[^，]{0,12}(?:强调|表示|指出|要求|介绍|明确)，/.test(sentence) && this.random.chance(0.2);
      text += connect ? this.random.pick(CONNECTORS) + sentence : sentence;
    }
    return text;
  }

  push(role: BlockRole, text: string): void {
    if (text) this.blocks.push({ role, text });
  }
}

function localMedia(focus: Focus, random: Random): string {
  const province = focus.province;
  if (!province) return random.pick(NATIONAL_MEDIA);
  return random.pick([`${province.short}日报`, `中国${province.short}网`, `${province.short}新闻网`, `${province.short}卫视`]);
}

function chooseSource(focus: Focus, random: Random): string {
  return focus.level !== 'country' && random.chance(0.5) ? localMedia(focus, random) : random.pick(NATIONAL_MEDIA);
}

/** The opening words that date the report, or '' when it opens undated. */
function datelineText(style: DatelineStyle, writer: Writer, source: string): string {
  const { random, focus, published } = writer.options;
  const md = monthDay(published);
  const ymd = chineseDate(published);
  const reporter = `（记者 ${personName(random)}）`;
  const city = focus.prefecture?.short ?? focus.province?.short ?? '北京';
  switch (style) {
    case 'md-xun':
      return `${source}${md}讯${random.chance(0.5) ? reporter : ' '}`;
    case 'md-dian':
      return `新华社${city}${md}电${reporter}`;
    case 'md-report':
      return `据${source}${md}消息，`;
    case 'today':
      return random.chance(0.5) ? `今（${published.day}）日，` : `今天（${md}），`;
    case 'ymd-xun':
      return `${source}${ymd}讯${random.chance(0.5) ? reporter : ' '}`;
    case 'reporter-md':
      return `本报讯${reporter}${md}，`;
    case 'reporter-ymd':
      return `本报讯${reporter}${ymd}，`;
    case 'lead-md':
      return `${md}，`;
    case 'lead-ymd':
      return `${ymd}，`;
    case 'none':
      return random.pick(['近日，', '', `记者从${writer.fill('{org}')}获悉，`, '']);
  }
}

const NOTICE_TITLES = [
  '{org}关于进一步加强疫情防控工作的通告',
  '关于调整{place}疫情防控措施的通告',
  '{org}通告（第{n}号）',
  '{placeFull}关于进一步优化疫情防控措施的通告',
];

function titleFor(writer: Writer): string {
  const { focus, published, random, kind } = writer.options;
  if (kind === 'notice' && focus.level !== 'country' && random.chance(0.7)) return writer.fill(random.pick(NOTICE_TITLES));
  if (kind === 'bulletin' && focus.province) {
    const day = monthDay(addDays(published, -1));
    return random.chance(0.5)
      ? `截至${day}24时${focus.province.short}新冠肺炎疫情最新情况`
      : `${day}${focus.province.name}新冠肺炎疫情信息发布`;
  }
  const national = focus.level === 'country';
  const lead = writer.measures.find((tag) => tag.direction !== 'neutral') ?? writer.measures[0];
  let patterns = titlePatterns(lead, national);
  if (national && isBefore(published, '2022-11-11')) patterns = patterns.slice(3);
  return writer.fill(random.pick(patterns));
}

/**
 * The first sentence of the story. It names the place the article is about
 * (or a national body), as a real lead does; when the chosen sentence does
 * not, an actor clause goes before it: 乌鲁木齐市米东区疫情防控指挥部要求，…
 */
function leadSentence(writer: Writer, opening: string): string {
  const { focus, measureShare, random } = writer.options;
  const pick = () => (measureShare > 0 ? writer.picker.measure() : writer.picker.filler());
  let template = pick();
  // After a dated opening (11月13日，) the sentence should not open with another date.
  for (let tries = 0; tries < 4 && /日[，,]?$/.test(opening) && template && /^\{(recent|today|earlier)\}，/.test(template.text); tries++) {
    template = pick();
  }
  const sentence = writer.say(template);
  if (focus.level === 'country') {
    if (mentionsNation(opening + sentence)) return sentence;
    return random.pick(['国务院联防联控机制要求，', '国家卫健委表示，', '全国各地', '国务院联防联控机制发布通知，']) + sentence;
  }
  if (mentionsFocus(opening + sentence, focus)) return sentence;
  const place = focus.county ? countyWithParent(focus, random) : writer.fill('{place}');
  const actor = random.pick(['疫情防控指挥部发布通告，', '疫情防控工作领导小组要求，', '明确，', '要求，', '宣布，']);
  return `${place}${actor}${sentence}`;
}

// ---------------------------------------------------------------- kinds

function composeBrief(writer: Writer, opening: string): void {
  const { random, targetLength } = writer.options;
  let text = opening + leadSentence(writer, opening);
  while (text.length < targetLength - 20) text += writer.sentence();
  writer.push('paragraph', text);
  if (random.chance(0.15) && writer.length() < targetLength) writer.push('paragraph', writer.sentence());
}

const POSTS = [
  '#{place}疫情#小区又封了，囤的菜还够吃一周。',
  '#{place}解封#终于可以下楼了，憋了二十多天。',
  '今天{place}又做了一次核酸，排队排了一个小时，希望早点结束吧。',
  '#{place}加油#感谢所有志愿者和医护人员！',
  '{place}的朋友们，坚持住，春天就要来了。',
  '#疫情下的{place}#团购的菜终于到了，感谢团长。',
];

function composePost(writer: Writer): void {
  const { random } = writer.options;
  let text = writer.fill(random.pick(POSTS));
  if (random.chance(0.4)) text += writer.fill(random.pick(POSTS));
  writer.push('paragraph', text);
}

function composeReport(writer: Writer, opening: string): void {
  const { random, targetLength } = writer.options;
  writer.push('paragraph', opening + leadSentence(writer, opening) + writer.paragraph(random.int(1, 2)));
  while (writer.length() < targetLength) writer.push('paragraph', writer.paragraph(random.int(2, 4)));
}

function composeNotice(writer: Writer, opening: string): void {
  const { random, targetLength } = writer.options;
  const law = random.chance(0.5) ? '根据《中华人民共和国传染病防治法》等法律法规，' : '';
  const purpose = random.pick(['为进一步做好疫情防控工作', '为切实保障人民群众生命安全和身体健康', '为科学精准做好疫情防控工作']);
  writer.push('paragraph', `${opening}${purpose}，${law}经研究决定，现就有关事项通告如下：`);
  let index = 0;
  do {
    const template = writer.picker.measure() ?? writer.picker.filler();
    writer.push('item', `${ORDINALS[index] ?? String(index + 1)}、${writer.say(template)}`);
    index++;
  } while ((writer.length() < targetLength || index < 3) && index < 10);
  writer.push(
    'paragraph',
    random.pick([
      '本通告自发布之日起施行。',
      `以上措施自${writer.fill('{today}')}起执行，后续将根据疫情形势动态调整。`,
      '请广大市民相互转告，积极支持配合。',
    ]),
  );
}

function composeBulletin(writer: Writer, opening: string): void {
  const { random, focus, published, targetLength } = writer.options;
  const province = focus.province!;
  const day = addDays(published, -1);
  writer.slots.mentioned.push(day);
  const places = random.sample(province.municipality ? province.directCounties : province.prefectures, 3);
  const counts = places.map((place) => `${place.name}${random.int(1, 40)}例`).join('，');
  writer.push(
    'paragraph',
    `${opening}${monthDay(day)}0—24时，${province.short}新增本土确诊病例${random.int(1, 60)}例（${counts}），新增本土无症状感染者${random.int(0, 300)}例。`,
  );
  writer.push('paragraph', `截至${monthDay(day)}24时，${province.short}累计报告本土确诊病例${random.int(100, 9000)}例。`);
  writer.push('paragraph', `${province.short}卫生健康委提醒：`);
  writer.push('paragraph', writer.say(writer.picker.measureOf('protection')) + writer.say(writer.picker.measureOf('protection')));
  if (random.chance(0.5) && !isBefore(published, '2021-01-01') && isBefore(published, '2022-12-08')) riskAreaList(writer);
  while (writer.length() < targetLength) {
    const category = random.pick<MeasureCategory>(['risk-zones', 'risk-zones', 'mass-testing', 'lockdown', 'movement']);
    writer.push('paragraph', writer.say(writer.picker.measureOf(category) ?? writer.picker.filler()));
  }
}

/**
 * The national list of risk areas that provincial bulletins reprint: one
 * address line per area, naming places all over the country.
 */
function riskAreaList(writer: Writer): void {
  const { random, published } = writer.options;
  const at = `${monthDay(addDays(published, -1))}${random.int(8, 23)}时`;
  writer.push('paragraph', `疫情风险等级提醒：截至${at}，全国现有${random.int(1, 40)}个高风险地区，${random.int(5, 200)}个中风险地区：`);
  for (const province of random.sample(PROVINCES, random.int(2, 6))) {
    const withCounties = province.prefectures.filter((candidate) => candidate.counties.length > 0);
    const prefecture = withCounties.length > 0 ? random.pick(withCounties) : null;
    const counties = prefecture?.counties ?? province.directCounties;
    if (counties.length === 0) continue;
    const count = random.int(1, 3);
    writer.push('item', `${province.name}${prefecture?.name ?? ''}（${count}个）：`);
    for (let i = 0; i < count; i++) {
      writer.push('item', `${random.pick(counties).name}${writer.fill('{street}{community}')}。`);
    }
  }
}

function contactList(writer: Writer): void {
  const { focus, random } = writer.options;
  const prefecture = focus.prefecture;
  if (!prefecture) return;
  const lines = [`${prefecture.name}委书记 ${personName(random)}`, mobileNumber(random), `${prefecture.name.replace(/市$/, '')}市长 ${personName(random)}`, mobileNumber(random)];
  for (const county of random.sample(prefecture.counties, random.int(2, 5))) {
    const unit = county.name[county.name.length - 1]!;
    lines.push(`${county.name}委书记 ${personName(random)}`, mobileNumber(random));
    lines.push(`${county.name}${unit}长 ${personName(random)}`, mobileNumber(random));
  }
  writer.push('paragraph', writer.fill('现将{all}党政主要负责同志的联系电话予以公布，广大群众可随时拨打电话反映困难诉求。'));
  writer.measures.push({ category: 'communication', direction: 'support' });
  for (const line of lines) writer.push('contact', line);
}

function enumeration(writer: Writer): string {
  const { random } = writer.options;
  const count = random.int(3, 5);
  let text = '';
  for (let i = 0; i < count; i++) text += `${ORDINALS[i]}是${writer.say(writer.picker.measure() ?? writer.picker.filler())}`;
  return text;
}

/** A paragraph on one province, inside a national round-up. */
function provinceParagraph(writer: Writer, province: Province): string {
  const { random, published, stance, theme } = writer.options;
  const focus: Focus = { level: 'province', province, prefecture: null, county: null };
  const slots: SlotContext = { ...writer.slots, focus, mentioned: writer.slots.mentioned };
  const picker = new SentencePicker(random, published, false, stance, theme);
  const meeting = random.pick([
    `${province.name}召开${province.name.endsWith('市') ? '全市' : '全省'}疫情防控工作电视电话会议。`,
    `${province.name}党委常委会召开会议，研究部署疫情防控工作。`,
    `${province.short}立即召开视频会议进行安排部署。`,
  ]);
  let text = `${writer.fill('{recent}', slots)}，${meeting}会议指出，`;
  for (let i = 0; i < random.int(1, 3); i++) text += writer.say(picker.measure(), slots);
  return text;
}

function composeLongform(writer: Writer, opening: string): void {
  const { random, targetLength, focus } = writer.options;
  const national = focus.level === 'country';
  writer.push('paragraph', opening + leadSentence(writer, opening) + writer.paragraph(random.int(1, 3)));
  const roundup = national ? random.sample(PROVINCES, random.int(4, 7)) : [];
  const headings = random.shuffle(HEADINGS);
  let section = 0;
  const contactAt = !national && focus.prefecture && random.chance(0.2) ? random.int(1, 3) : -1;
  while (writer.length() < targetLength) {
    if (section > 0 && random.chance(0.6)) writer.push('heading', headings[section % headings.length]!);
    if (section === contactAt) contactList(writer);
    for (let i = random.int(2, 4); i > 0 && writer.length() < targetLength; i--) {
      const province = roundup.shift();
      if (province) writer.push('paragraph', provinceParagraph(writer, province));
      else if (random.chance(0.15)) writer.push('paragraph', enumeration(writer));
      else writer.push('paragraph', writer.paragraph(random.int(2, 5)));
    }
    section++;
  }
}

export function composeArticle(options: ComposeOptions): ComposedArticle {
  const writer = new Writer(options);
  const source = chooseSource(options.focus, options.random);
  const opening = options.kind === 'post' ? '' : datelineText(options.dateline, writer, source);
  switch (options.kind) {
    case 'brief':
      composeBrief(writer, opening);
      break;
    case 'post':
      composePost(writer);
      break;
    case 'report':
      composeReport(writer, opening);
      break;
    case 'notice':
      composeNotice(writer, opening);
      break;
    case 'bulletin':
      composeBulletin(writer, opening);
      break;
    case 'longform':
      composeLongform(writer, opening);
      break;
  }
  if (options.signature) {
    writer.push('signature', signingBody(options));
    const date = options.signature === 'numerals' ? chineseNumeralDate(options.published) : chineseDate(options.published);
    writer.push('signature', date);
  }
  const title = options.withTitle && options.kind !== 'post' ? titleFor(writer) : null;
  const first: Block | null = title ? { role: options.originalTitle ? 'original-title' : 'title', text: options.originalTitle ? `(原标题:${title})` : title } : null;
  const blocks = first ? [first, ...writer.blocks] : writer.blocks;
  const headline = title && !options.originalTitle ? title : null;
  return { title, headline, blocks, measures: writer.measures, mentioned: writer.slots.mentioned, source };
}

function signingBody(options: ComposeOptions): string {
  const { focus, random } = options;
  if (focus.level === 'country') return '国务院应对新型冠状病毒肺炎疫情联防联控机制综合组';
  const body = isBefore(options.published, '2020-02-08')
    ? ['疫情防控指挥部', '人民政府']
    : ['新冠肺炎疫情防控指挥部', '疫情防控工作领导小组', '人民政府', '新冠肺炎疫情防控工作指挥部'];
  return `${placeOfficialName(focus)}${random.pick(body)}`;
}

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Article } from '../model';
import { parseArticleBytes, parseArticleText } from './parseArticle';
import { toSimplified, toTraditional } from './script';
import { legacyReverseTable } from '../test/legacyEncoding';

/**
 * Realistic variants of the seed articles: other encodings, other page
 * layouts, other site boilerplate, annotations and damage. The parse of a
 * variant must agree with the parse of the original on what matters.
 */

const SEEDS = join(__dirname, '../../public/seeds');
const seedFiles = readdirSync(SEEDS).sort();
const PREFIXES = ['000', '001', '002', '003', '004'] as const;
type Prefix = (typeof PREFIXES)[number];
const TRADITIONAL_SEEDS: readonly Prefix[] = ['000', '003'];

function seedFile(prefix: Prefix): string {
  return seedFiles.find((name) => name.startsWith(prefix))!;
}

const seedText = (prefix: Prefix) => readFileSync(join(SEEDS, seedFile(prefix)), 'utf8');

function parsedText(raw: string, file = 'variant.txt'): Article {
  const outcome = parseArticleText(file, raw);
  if (!outcome.ok) throw new Error(outcome.error.message);
  return outcome.article;
}

function parsedBytes(bytes: Uint8Array, file = 'variant.txt'): Article {
  const outcome = parseArticleBytes(file, bytes);
  if (!outcome.ok) throw new Error(outcome.error.message);
  return outcome.article;
}

const originals = new Map<Prefix, Article>();
function original(prefix: Prefix): Article {
  let article = originals.get(prefix);
  if (!article) {
    article = parsedBytes(readFileSync(join(SEEDS, seedFile(prefix))), seedFile(prefix));
    originals.set(prefix, article);
  }
  return article;
}

/** What a variant must share with the original parse. */
function essentials(article: Article) {
  return {
    title: article.title,
    published: article.published && {
      date: article.published.date,
      precision: article.published.precision,
      inferred: article.published.inferred,
    },
    primaryRegions: article.primaryRegions,
    categories: [...new Set(article.measures.map((measure) => measure.category))].sort(),
  };
}

function expectSameAsOriginal(prefix: Prefix, variant: Article) {
  expect(essentials(variant)).toEqual(essentials(original(prefix)));
}

// ------------------------------------------------------------------ encoders

/** Encodes like a legacy encoder: characters the encoding lacks become `?`. */
function encodeLegacy(encoding: 'gb18030' | 'big5', text: string): { bytes: Uint8Array; missing: string[] } {
  const table = legacyReverseTable(encoding);
  const bytes: number[] = [];
  const missing: string[] = [];
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code < 0x80) bytes.push(code);
    // Pages saved in a legacy encoding turn the no-break space into a plain one.
    else if (char === '\u00A0') bytes.push(0x20);
    else {
      // A Big5 page writes the standard form of a variant it lacks (羣 → 群, 爲 → 為).
      const pair = table.get(char) ?? table.get(toTraditional(toSimplified(char)));
      if (pair) bytes.push(...pair);
      else {
        missing.push(char);
        bytes.push(0x3f);
      }
    }
  }
  return { bytes: new Uint8Array(bytes), missing };
}

function utf16(text: string, littleEndian: boolean): Uint8Array {
  const units = `\uFEFF${text}`;
  const bytes = new Uint8Array(units.length * 2);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < units.length; i++) view.setUint16(i * 2, units.charCodeAt(i), littleEndian);
  return bytes;
}

const utf8 = (text: string) => new TextEncoder().encode(text);

// ------------------------------------------------------------- 1. encodings

describe('encodings of the seed articles', () => {
  it.each(PREFIXES)('%s as GB18030 parses like the UTF-8 original', (prefix) => {
    const { bytes, missing } = encodeLegacy('gb18030', seedText(prefix));
    expect(missing).toEqual([]);
    const article = parsedBytes(bytes);
    expect(article.encoding).toBe('gb18030');
    expectSameAsOriginal(prefix, article);
  });

  it.each(TRADITIONAL_SEEDS)('%s as Big5 parses like the UTF-8 original', (prefix) => {
    const { bytes } = encodeLegacy('big5', seedText(prefix));
    const article = parsedBytes(bytes);
    expect(article.encoding).toBe('big5');
    expectSameAsOriginal(prefix, article);
  });

  it.each(PREFIXES)('%s as UTF-16LE/BE with BOM, UTF-8 with BOM and CRLF parses like the original', (prefix) => {
    const text = seedText(prefix);
    const le = parsedBytes(utf16(text, true));
    expect(le.encoding).toBe('utf-16le');
    expectSameAsOriginal(prefix, le);
    const be = parsedBytes(utf16(text, false));
    expect(be.encoding).toBe('utf-16be');
    expectSameAsOriginal(prefix, be);
    const bom = parsedBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]));
    expect(bom.encoding).toBe('utf-8');
    expectSameAsOriginal(prefix, bom);
    const crlf = parsedBytes(utf8(text.replace(/\n/g, '\r\n')));
    expectSameAsOriginal(prefix, crlf);
    expect(crlf.text).not.toContain('\r');
    const crlfGb = parsedBytes(encodeLegacy('gb18030', text.replace(/\n/g, '\r\n')).bytes);
    expectSameAsOriginal(prefix, crlfGb);
  });

  it('old Mac CR-only line endings', () => {
    const article = parsedText(seedText('002').replace(/\n/g, '\r'));
    expectSameAsOriginal('002', article);
  });
});

// ------------------------------------------------------- 2. layout variants

/** Splits a seed into its first non-blank line and the rest. */
function titleAndRest(raw: string): { titleLine: string; rest: string } {
  const lines = raw.split('\n');
  const index = lines.findIndex((line) => line.trim() !== '');
  return { titleLine: lines[index]!, rest: lines.slice(index + 1).join('\n') };
}

/** Footer and widget lines of typical Chinese news sites; none carries a date, a place or a measure. */
const SITE_FOOTERS: Record<string, string[]> = {
  sina: [
    '责任编辑：张玉 SF069',
    '新浪声明：此消息系转载自新浪合作媒体，新浪网登载此文出于传递更多信息之目的，并不意味着赞同其观点或证实其描述。',
    '海量资讯、精准解读，尽在新浪财经APP',
    '举报/反馈',
  ],
  netease: [
    '打开网易新闻 查看精彩图片',
    '本文来源：北京青年报 责任编辑：王晓易_NE0011',
    '特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台“网易号”用户上传并发布，本平台仅提供信息存储服务。',
    '打开APP阅读',
  ],
  people: ['(责编：王瑞、白宇)', '分享让更多人看到', '点击进入专题：', '推荐阅读'],
  xinhua: ['(完)', '【纠错】 【责任编辑:王萌】', '扫一扫分享', '扫一扫在手机打开当前页'],
  thepaper: ['澎湃新闻报料：021-962866', '澎湃新闻，未经授权不得转载', '+1', '收藏', '我要举报'],
  sohu: ['返回搜狐，查看更多', '声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。', '阅读 ()'],
  generic: [
    '分享到：微信 微博 QQ空间',
    '【打印本页】 【关闭窗口】',
    '声明：本文仅代表作者个人观点，不代表本站立场。',
    '打开APP，阅读全文',
    '【字体：大 中 小】',
  ],
};

const ALL_FOOTER_LINES = Object.values(SITE_FOOTERS).flat();

/** Footer lines that must not survive, as distinctive fragments. */
const FOOTER_FRAGMENTS = ['SF069', '新浪声明', '尽在新浪', '举报/反馈', '网易新闻', '特别声明', '打开APP', '分享让更多人看到', '点击进入专题', '纠错', '扫一扫', '报料', '未经授权', '我要举报', '返回搜狐', '搜狐号', '分享到', '打印本页', '仅代表作者', '字体'];

function expectNoFooter(article: Article) {
  for (const fragment of FOOTER_FRAGMENTS) expect(article.text, fragment).not.toContain(fragment);
  expect(article.text).not.toMatch(/^[(（]完[)）]$/m);
  expect(article.text).not.toMatch(/^\+1$|^收藏$|^阅读 \(\)$/m);
}

describe('site boilerplate around the seed articles', () => {
  it.each(PREFIXES)('%s with every site footer appended keeps title, date, regions and measures', (prefix) => {
    for (const [site, footer] of Object.entries(SITE_FOOTERS)) {
      const article = parsedText(`${seedText(prefix).trimEnd()}\n\n${footer.join('\n')}\n`);
      expectSameAsOriginal(prefix, article);
      expect(article.text.length, site).toBeGreaterThan(original(prefix).text.length * 0.95);
      expectNoFooter(article);
    }
  });

  it.each(PREFIXES)('%s with the footers spread between body and page end, without blank lines', (prefix) => {
    const article = parsedText(`${seedText(prefix).trimEnd()}\n${ALL_FOOTER_LINES.join('\n')}`);
    expectSameAsOriginal(prefix, article);
    expectNoFooter(article);
  });

  it.each(PREFIXES)('%s with the title repeated, a 原标题 line and share widgets under it', (prefix) => {
    const { titleLine, rest } = titleAndRest(seedText(prefix));
    const base = original(prefix);
    const raw = [titleLine, '分享到：微信 微博', titleLine, `原标题：${base.title}`, '打开APP阅读', rest].join('\n');
    const article = parsedText(raw);
    expectSameAsOriginal(prefix, article);
    expect(article.text).not.toContain('原标题');
    expect(article.text).not.toContain('打开APP');
  });

  it('a 原标题 line that runs into the story is kept as body text', () => {
    const raw = [
      '各地首位新冠患者现状',
      '原标题：各地发现的首位新冠患者，如今怎么样了？国内聚集性疫情仍呈现出频发、多发的特点，石家庄市疫情防控指挥部要求全员核酸检测。记者进行了梳理。',
      '石家庄市将继续做好隔离点管理。',
    ].join('\n');
    const article = parsedText(raw);
    expect(article.title).toBe('各地首位新冠患者现状');
    expect(article.text).toContain('国内聚集性疫情仍呈现出频发、多发的特点');
  });

  it.each(PREFIXES)('%s with no blank lines between paragraphs', (prefix) => {
    const article = parsedText(seedText(prefix).replace(/\n\s*\n/g, '\n'));
    expectSameAsOriginal(prefix, article);
  });

  it.each(PREFIXES)('%s with full-width space indentation', (prefix) => {
    const raw = seedText(prefix)
      .split('\n')
      .map((line) => (line.trim() === '' ? line : `\u3000\u3000${line}`))
      .join('\n');
    const article = parsedText(raw);
    expectSameAsOriginal(prefix, article);
    expect(article.text).not.toContain('\u3000');
  });

  it.each(PREFIXES)('%s with paragraphs run together on one line, separated by full-width indentation', (prefix) => {
    const { titleLine, rest } = titleAndRest(seedText(prefix));
    const body = rest
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => `\u3000\u3000${line.trim()}`)
      .join('');
    const article = parsedText(`${titleLine}\n${body}`);
    expectSameAsOriginal(prefix, article);
  });

  it.each(PREFIXES)('%s with everything on one line does not crash and keeps places and measures', (prefix) => {
    const raw = seedText(prefix).replace(/\s*\n\s*/g, ' ');
    const article = parsedText(raw);
    const base = original(prefix);
    expect(article.primaryRegions[0]).toBe(base.primaryRegions[0]);
    const categories = new Set(article.measures.map((measure) => measure.category));
    for (const measure of base.measures) expect(categories).toContain(measure.category);
    expect(article.title.length).toBeGreaterThan(0);
    expect(article.title.length).toBeLessThanOrEqual(80);
  });
});

describe('timestamps and datelines of other sites', () => {
  const TIMESTAMPS: Array<[string, string]> = [
    ['2022年11月13日 10:20 来源：北京青年报', '2022-11-13'],
    ['发布时间：2022-11-13 10:20:30', '2022-11-13'],
    ['2022-11-13 10:20:30　来源：人民网-人民日报', '2022-11-13'],
    ['2022年11月13日10:20　来源：澎湃新闻', '2022-11-13'],
    ['时间：2022年11月13日 10:20　作者：张三　来源：中国新闻网', '2022-11-13'],
    ['2022/11/13 10:20:30 来源：央视新闻客户端', '2022-11-13'],
    ['发布日期：2022年11月13日　来源：湖北日报', '2022-11-13'],
    ['2022-11-13 10:20 | 来源：新京报', '2022-11-13'],
    ['来源：央视网 | 2022年11月13日 10:20', '2022-11-13'],
  ];

  it.each(TIMESTAMPS)('header line %s dates the article and is removed', (header, date) => {
    const { titleLine, rest } = titleAndRest(seedText('004'));
    const article = parsedText([titleLine, header, rest].join('\n'));
    expect(article.published).toMatchObject({ date, precision: 'day', inferred: false, evidence: { source: 'timestamp' } });
    expect(article.text).not.toContain(header.trim());
    expect(article.text).not.toContain('10:20');
    const source = /来源[:：]\s*([^\s|　]+)/.exec(header)?.[1];
    if (source) expect(article.source).toBe(source);
  });

  it('a Xinhua dispatch: dateline, reporters, (完), 纠错 and editor footer', () => {
    const raw = [
      '上海：11月14日起调整密接隔离措施',
      '2022-11-13 21:05:41　来源：新华网',
      '【字体：大 中 小】　打印',
      '　　新华社上海11月13日电（记者张三、李四）记者13日从上海市新冠肺炎疫情防控新闻发布会获悉，自11月14日起，上海市密切接触者的隔离措施由“7天集中隔离+3天居家健康监测”调整为“5天集中隔离+3天居家隔离”，不再判定次密接。',
      '　　上海市卫健委表示，各区将精准划定风险区，对高风险区实行“足不出户、上门服务”，全力保障群众基本生活物资供应。',
      '　　（完）',
      '【纠错】 【责任编辑:王萌】',
      '扫一扫在手机打开当前页',
    ].join('\n');
    const article = parsedText(raw);
    expect(article.title).toBe('上海：11月14日起调整密接隔离措施');
    expect(article.source).toBe('新华网');
    expect(article.author).toBe('张三、李四');
    expect(article.published).toMatchObject({ date: '2022-11-13', precision: 'day', inferred: false });
    expect(article.primaryRegions[0]).toBe('310000');
    expect(article.text).toContain('新华社上海11月13日电');
    expect(article.text.endsWith('全力保障群众基本生活物资供应。')).toBe(true);
    for (const fragment of ['纠错', '责任编辑', '扫一扫', '字体', '（完）', '(完)', '新华网']) expect(article.text).not.toContain(fragment);
    const categories = new Set(article.measures.map((measure) => measure.category));
    expect(categories).toContain('quarantine');
    expect(categories).toContain('supplies');
  });

  it('a dateline without a header timestamp: 新华社北京11月11日电 with an inferred year', () => {
    const raw = [
      '国务院联防联控机制公布进一步优化防控工作的二十条措施',
      '新华社北京11月11日电 国务院联防联控机制综合组11日发布《关于进一步优化新冠肺炎疫情防控措施 科学精准做好防控工作的通知》，将密切接触者“7天集中隔离+3天居家健康监测”管理措施调整为“5天集中隔离+3天居家隔离”，不再判定次密接，风险区由“高、中、低”三类调整为“高、低”两类。',
      '（完）',
    ].join('\n');
    const article = parsedText(raw);
    expect(article.source).toBe('新华社');
    // 二十条 (2022-11-11) only bounds the year from below, so 2023 cannot be ruled out: no guess.
    if (article.published) expect(article.published.date).toBe('2022-11-11');
    expect(article.primaryRegions[0]).toBe('100000');
    expect(article.text).not.toContain('完');
  });

  it('a dateline whose year the landmarks fix: 新华社武汉1月23日电 in early 2020', () => {
    const raw = [
      '武汉关闭离汉通道',
      '新华社武汉1月23日电（记者 张三）武汉市新型冠状病毒感染的肺炎疫情防控指挥部23日发布通告，自1月23日10时起，全市城市公交、地铁、轮渡、长途客运暂停运营；无特殊原因，市民不要离开武汉，机场、火车站离汉通道暂时关闭。',
      '(完)',
    ].join('\n');
    const article = parsedText(raw);
    expect(article.source).toBe('新华社');
    expect(article.author).toBe('张三');
    expect(article.published).toMatchObject({ date: '2020-01-23', precision: 'day', inferred: true, evidence: { source: 'dateline' } });
    expect(article.primaryRegions[0]).toBe('420100');
  });

  it('a People’s Daily report: 本报讯（记者…）, bracketed editors, 人民网 footer', () => {
    const raw = [
      '广州海珠区有序解除部分区域临时管控措施',
      '2022年11月30日08:12　来源：人民网－人民日报',
      '分享到：',
      '本报讯（记者 王五 赵六）11月29日，广州市海珠区发布通告，自11月30日零时起，除高风险区外，有序解除海珠区其他区域临时管控措施，恢复公共交通，商场、超市有序恢复营业，餐饮场所恢复堂食。',
      '海珠区将继续做好核酸检测便民服务，低风险区居民凭48小时核酸检测阴性证明出入。',
      '《 人民日报 》（ 2022年11月30日 04 版）',
      '(责编：王瑞、白宇)',
      '分享让更多人看到',
    ].join('\n');
    const article = parsedText(raw);
    expect(article.title).toBe('广州海珠区有序解除部分区域临时管控措施');
    expect(article.source).toBe('人民网－人民日报');
    expect(article.author).toBe('王五、赵六');
    expect(article.published).toMatchObject({ date: '2022-11-30', precision: 'day', inferred: false });
    expect(article.primaryRegions[0]).toBe('440105');
    for (const fragment of ['责编', '分享', '04 版']) expect(article.text).not.toContain(fragment);
    expect(article.text.endsWith('阴性证明出入。')).toBe(true);
  });

  it('a People’s Daily online dispatch: 人民网北京9月9日电, no header timestamp', () => {
    const raw = [
      '国家卫健委：各地要坚决纠正层层加码',
      '人民网北京9月9日电 （记者孙红丽）记者从国家卫健委获悉，国务院联防联控机制综合组要求，各地要严格执行第九版防控方案，不得随意扩大管控范围，坚决纠正“层层加码”“一刀切”等问题。',
      '(责编：孙红丽、牛镛)',
    ].join('\n');
    const article = parsedText(raw);
    expect(article.source).toBe('人民网');
    expect(article.author).toBe('孙红丽');
    // 第九版防控方案 bounds the year from below only: either the right day or no guess.
    if (article.published) expect(article.published).toMatchObject({ date: '2022-09-09', precision: 'day', inferred: true });
    expect(article.text).not.toContain('责编');
  });

  it('a Paper (澎湃) report with a 原标题 line, reporter line and footer', () => {
    const raw = [
      '吉林省长春市：4月3日起全域实行封闭管理',
      '澎湃新闻记者 张三',
      '2022-04-02 21:35 来源：澎湃新闻',
      '字号',
      '原标题：长春市新冠肺炎疫情防控工作领导小组发布第13号通告',
      '4月2日，长春市新冠肺炎疫情防控工作领导小组发布通告，自4月3日零时起，全市域实行封闭管理，所有居民居家，除防疫、保供、医疗等必要人员外，其他人员一律不得外出。',
      '全市将开展新一轮全员核酸检测，各城区要保障居民生活必需品供应。',
      '责任编辑：李四 图片编辑：王五',
      '校对：赵六',
      '澎湃新闻报料：021-962866',
      '澎湃新闻，未经授权不得转载',
    ].join('\n');
    const article = parsedText(raw);
    expect(article.title).toBe('吉林省长春市：4月3日起全域实行封闭管理');
    expect(article.source).toBe('澎湃新闻');
    expect(article.published).toMatchObject({ date: '2022-04-02', precision: 'day', inferred: false });
    expect(article.primaryRegions[0]).toBe('220100');
    for (const fragment of ['原标题', '澎湃', '责任编辑', '校对', '字号']) expect(article.text).not.toContain(fragment);
    const categories = new Set(article.measures.map((measure) => measure.category));
    expect(categories).toContain('lockdown');
    expect(categories).toContain('mass-testing');
  });

  it('a Sina repost in Traditional script with a 新浪聲明 footer', () => {
    const raw = [
      '烏魯木齊市有序恢復部分公共場所營業',
      '2022年11月27日 10:20　來源：環球網',
      '原標題：烏魯木齊市有序恢復部分公共場所營業',
      '據烏魯木齊市疫情防控指揮部消息，11月26日起，烏魯木齊市低風險區超市、藥店、菜市場等保供場所有序恢復營業，居民可憑核酸檢測陰性證明出入。',
      '責任編輯：張玉 SF069',
      '新浪聲明：此消息系轉載自新浪合作媒體，新浪網登載此文出於傳遞更多信息之目的，並不意味着贊同其觀點或證實其描述。',
      '舉報/反饋',
    ].join('\n');
    const article = parsedText(raw);
    expect(article.script).toBe('traditional');
    expect(article.title).toBe('烏魯木齊市有序恢復部分公共場所營業');
    expect(article.source).toBe('環球網');
    expect(article.published).toMatchObject({ date: '2022-11-27', precision: 'day', inferred: false });
    expect(article.primaryRegions[0]).toBe('650100');
    for (const fragment of ['原標題', '新浪', '責任編輯', '舉報']) expect(article.text).not.toContain(fragment);
    expect(article.text.match(/烏魯木齊市有序恢復/g)).toHaveLength(1);
  });
});

// ------------------------------------------- 3. annotations and damage

describe('pinyin annotations and legitimate Latin brackets', () => {
  it('strips annotations in a Simplified article, keeping acronyms and variant names', () => {
    const raw = [
      '关(guān)于进(jìn)一步优(yōu)化防控措施的通(tōng)知',
      '各区要落实绿(lǜ)码管理，对奥密克戎(Omicron)变异株BA.5.2开展核酸检测(PCR)，做好CT检查(CT)。',
      '市民可通过“健康码(Health Code)”查询，居(jū)家隔(gé)离(lí)满5天解除。',
    ].join('\n');
    const article = parsedText(raw);
    expect(article.title).toBe('关于进一步优化防控措施的通知');
    expect(article.text).toContain('落实绿码管理');
    expect(article.text).toContain('奥密克戎(Omicron)');
    expect(article.text).toContain('核酸检测(PCR)');
    expect(article.text).toContain('检查(CT)');
    expect(article.text).toContain('健康码(Health Code)');
    expect(article.text).toContain('居家隔离满5天');
  });

  it('strips annotations written with v for ü, capitals and full-width brackets', () => {
    const raw = '关（guān）于做好绿(lv)码和旅(lǚ)客管理的通知\n\n严(Yán)格落(luò)实防控措(cuò)施，绿(lǜ)码通行。';
    const article = parsedText(raw);
    expect(article.text).toBe('关于做好绿码和旅客管理的通知\n\n严格落实防控措施，绿码通行。');
  });

  it('strips annotations whose tone marks a legacy encoder replaced with ?', () => {
    const lossy = (text: string) =>
      text.replace(/\(([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7})\)/g, (whole) => whole.replace(/[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]/g, '?'));
    const article = parsedText(lossy(seedText('003')));
    expect(article.text).not.toMatch(/\p{Script=Han}[(（][a-z?]+[)）]/u);
    expect(essentials(article)).toEqual(essentials(original('003')));
    const crafted = parsedText(lossy('关(guān)于进(jìn)一步优(yōu)化防控措施的通(tōng)知\n\n各区要落实绿(lǜ)码管理。'));
    expect(crafted.text).toBe('关于进一步优化防控措施的通知\n\n各区要落实绿码管理。');
    // A single question mark in brackets is not an annotation.
    expect(parsedText('通报\n\n他问道：这是谁(wh?)的责任？').text).toContain('(wh?)');
  });

  it('keeps clean text with ordinary Latin brackets untouched', () => {
    const raw = '通报\n\n新冠病毒(SARS-CoV-2)的奥密克戎(Omicron)变异株(BA.2)传播力强，方舱医院(Fangcang)已启用，指标(a)和指标(b)见附件。';
    const article = parsedText(raw);
    expect(article.text).toContain('(SARS-CoV-2)');
    expect(article.text).toContain('(Omicron)');
    expect(article.text).toContain('(BA.2)');
    expect(article.text).toContain('指标(a)和指标(b)');
  });
});

// --------------------------------------------------------------- 4. edges

describe('edge cases', () => {
  it('a very long article (seed repeated 30 times) parses in under 2 s', () => {
    const raw = Array.from({ length: 30 }, () => seedText('002')).join('\n');
    original('002');
    const started = performance.now();
    const article = parsedText(raw);
    const elapsed = performance.now() - started;
    expect(elapsed).toBeLessThan(2000);
    expect(article.primaryRegions[0]).toBe('100000');
  });

  it.each(PREFIXES)('seed %s repeated 30 times parses in under 2 s', (prefix) => {
    const raw = Array.from({ length: 30 }, () => seedText(prefix)).join('\n');
    original(prefix);
    const started = performance.now();
    parsedText(raw);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('an article with only a title', () => {
    const article = parsedText('兰州市发布关于优化调整疫情防控措施的通告\n');
    expect(article.title).toBe('兰州市发布关于优化调整疫情防控措施的通告');
    expect(article.primaryRegions[0]).toBe('620100');
  });

  it('a title with only boilerplate after it', () => {
    const article = parsedText('兰州市全面解除临时封控\n责任编辑：张三\n分享到：微信 微博\n(完)');
    expect(article.title).toBe('兰州市全面解除临时封控');
    expect(article.text).toBe('兰州市全面解除临时封控');
  });

  it('an HTML page: tags, scripts and entities are removed, text is kept', () => {
    const raw = [
      '<!DOCTYPE html>',
      '<html><head><meta charset="utf-8"><title>兰州市有序恢复正常生产生活秩序_新闻中心</title>',
      '<script>var _hmt = _hmt || []; if (a < b && c > d) {}</script>',
      '<style>p { margin: 0 }</style></head>',
      '<body><div class="nav"><a href="/">首页</a></div>',
      '<h1>兰州市有序恢复正常生产生活秩序</h1>',
      '<div class="info">发布时间：2022-11-12 09:30　来源：兰州日报</div>',
      '<p>&nbsp;&nbsp;据兰州市疫情防控指挥部消息，自11月12日起，兰州市低风险区有序恢复正常生产生活秩序，商超、农贸市场&amp;药店恢复营业。</p>',
      '<p>全市继续开展“应检尽检”核酸检测，&ldquo;落地检&rdquo;不再要求&#x3002;<br/>居民出行需佩戴口罩&#12290;</p>',
      '<!-- 广告位 -->',
      '</body></html>',
    ].join('\n');
    const article = parsedText(raw);
    expect(article.title).toBe('兰州市有序恢复正常生产生活秩序');
    expect(article.text).not.toMatch(/<[a-z/!]|&[a-z#0-9]+;|_hmt|margin/i);
    expect(article.text).toContain('商超、农贸市场&药店恢复营业');
    expect(article.text).toContain('“落地检”不再要求。');
    expect(article.text).toContain('居民出行需佩戴口罩。');
    expect(article.source).toBe('兰州日报');
    expect(article.published).toMatchObject({ date: '2022-11-12', precision: 'day', inferred: false });
    expect(article.primaryRegions[0]).toBe('620100');
  });

  it('mixed scripts and languages in one file', () => {
    const raw = [
      '烏魯木齊市疫情防控最新通告 Urumqi issues new COVID rules',
      '乌鲁木齐市疫情防控指挥部11月26日发布通告，低风险区有序恢复营业。',
      '烏魯木齊市各區(縣)將分區分級落實防控措施，居民憑核酸檢測陰性證明出入。',
      'The city will resume bus services from Monday. ウルムチ市 update.',
    ].join('\n');
    const article = parsedText(raw);
    expect(article.primaryRegions[0]).toBe('650100');
    expect(article.textSimplified).toHaveLength(article.text.length);
    expect(article.text).toContain('The city will resume bus services');
  });

  it('a file of control-free ASCII noise and odd symbols does not crash', () => {
    const outcome = parseArticleText('odd.txt', '¶¶¶ ### === ***\n\n(((( ))))\n【】【】\n');
    expect(typeof outcome.ok).toBe('boolean');
  });
});

describe('more page furniture', () => {
  it('breadcrumbs, bare header timestamps, widget counts and an inline end mark', () => {
    const raw = [
      '当前位置：首页 > 新闻中心 > 国内新闻',
      '首页 > 社会 > 正文',
      '兰州市城关区有序恢复线下教学',
      '2022-11-20 09:41:12',
      '评论(0)　点赞 12　收藏',
      '视频加载中...',
      '据兰州市教育局消息，11月21日起，城关区低风险区中小学有序恢复线下教学，师生须持48小时核酸检测阴性证明返校。',
      '学校将严格落实晨午检制度，做好校园消毒和通风。（完）',
    ].join('\n');
    const article = parsedText(raw);
    expect(article.title).toBe('兰州市城关区有序恢复线下教学');
    expect(article.published).toMatchObject({ date: '2022-11-20', precision: 'day', inferred: false });
    expect(article.text).not.toMatch(/当前位置|首页|正文|09:41|评论|点赞|收藏|视频加载|（完）/);
    expect(article.text.endsWith('做好校园消毒和通风。')).toBe(true);
    expect(article.primaryRegions[0]).toBe('620102');
  });

  it('a bare ISO date under the title is the header timestamp', () => {
    const { titleLine, rest } = titleAndRest(seedText('004'));
    const article = parsedText([titleLine, '2020-02-18', rest].join('\n'));
    expect(article.published).toMatchObject({ date: '2020-02-18', precision: 'day', inferred: false, evidence: { source: 'timestamp' } });
    expect(article.text).not.toContain('2020-02-18');
  });

  it('arrows in a sentence are not a breadcrumb', () => {
    const article = parsedText('通报\n\n隔离期限7天→5天→3天\n\n体温>37.3℃者>3人须上报');
    expect(article.text).toContain('隔离期限7天→5天→3天');
    expect(article.text).toContain('体温>37.3℃者>3人须上报');
  });

  it('a signature date alone on a line (no clock) stays in the text', () => {
    const article = parsedText(seedText('000'));
    expect(article.text).toContain('2020年8月24日');
  });
});

describe('short legacy-encoded files', () => {
  it('a Traditional title in Big5 and a Simplified title in GB18030 decode as such', () => {
    const big5 = parsedBytes(encodeLegacy('big5', '烏魯木齊市有序恢復營業').bytes);
    expect(big5.encoding).toBe('big5');
    expect(big5.text).toBe('烏魯木齊市有序恢復營業');
    const gb = parsedBytes(encodeLegacy('gb18030', '兰州市全面解除临时封控').bytes);
    expect(gb.encoding).toBe('gb18030');
    expect(gb.text).toBe('兰州市全面解除临时封控');
  });
});

/**
 * The damage of the seed 003 page, applied to other text: the lead byte of one
 * GBK character is lost and shown as `?`, the following bytes pair out of
 * step, and an invalid pair shows as `?` and swallows its second byte.
 */
function shiftDamage(text: string, at: number): string {
  const table = legacyReverseTable('gb18030');
  const bytes: number[] = [];
  for (const char of text.slice(at)) {
    const code = char.codePointAt(0)!;
    if (code < 0x80) bytes.push(code);
    else if (char === '\u00A0') bytes.push(0x20);
    else bytes.push(...table.get(char)!);
  }
  const decoder = new TextDecoder('gb18030', { fatal: true });
  let out = '?';
  let i = 1;
  let inStep = false;
  while (i < bytes.length && !inStep) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      out += String.fromCharCode(lead);
      i++;
      continue;
    }
    const trail = bytes[i + 1];
    if (trail === undefined) break;
    let char: string | null = null;
    try {
      char = decoder.decode(new Uint8Array([lead, trail]));
    } catch {
      char = null;
    }
    out += char && char.length === 1 ? char : '?';
    i += 2;
    // Back in step after an invalid pair, or after a pair whose trail was an ASCII letter.
    if (char === null || trail < 0x80) inStep = true;
  }
  const rest = new TextDecoder('gb18030').decode(new Uint8Array(bytes.slice(i)));
  return text.slice(0, at) + out + rest;
}

describe('shifted-GBK damage in a Simplified article', () => {
  it('is repaired or marked, never left silently, and the parse keeps its essentials', () => {
    const raw = seedText('002');
    const sentence = raw.indexOf('。', raw.indexOf('二十条优化措施公布当天'));
    const damaged = shiftDamage(raw, sentence);
    expect(damaged).not.toBe(raw);
    const article = parsedText(damaged);
    const base = original('002');
    expect(article.title).toBe(base.title);
    expect(article.published).toEqual(base.published);
    expect(article.primaryRegions).toEqual(base.primaryRegions);
    const garbled = /\?[^\s?]{1,40}\?/.exec(article.text);
    if (garbled) {
      // Whatever is left must be reported as damage.
      expect(article.damage.length).toBeGreaterThan(0);
    }
  });
});

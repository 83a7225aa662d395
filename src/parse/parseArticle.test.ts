import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Article, MeasureCategory, MeasureDirection } from '../model';
import { parseArticleBytes, parseArticleText } from './parseArticle';
import { parseCorpus } from './parseCorpus';

const SEEDS = join(__dirname, '../../public/seeds');
const seedFiles = readdirSync(SEEDS).sort();

function parseSeed(prefix: string): Article {
  const file = seedFiles.find((name) => name.startsWith(prefix))!;
  const outcome = parseArticleBytes(file, readFileSync(join(SEEDS, file)));
  if (!outcome.ok) throw new Error(outcome.error.message);
  return outcome.article;
}

const seeds = Object.fromEntries(['000', '001', '002', '003', '004'].map((prefix) => [prefix, parseSeed(prefix)]));
const seed = (prefix: string) => seeds[prefix]!;

function hasMeasure(article: Article, category: MeasureCategory, direction?: MeasureDirection): boolean {
  return article.measures.some((measure) => measure.category === category && (!direction || measure.direction === direction));
}

function measureSentences(article: Article, category: MeasureCategory, direction?: MeasureDirection): string[] {
  return article.measures
    .filter((measure) => measure.category === category && (!direction || measure.direction === direction))
    .map((measure) => article.textSimplified.slice(measure.start, measure.end));
}

const regionCodes = (article: Article) => article.regions.map((region) => region.code);

describe('every seed', () => {
  it.each(['000', '001', '002', '003', '004'])('%s: offsets line up in both scripts and point at what they claim', (prefix) => {
    const article = seed(prefix);
    expect(article.textSimplified).toHaveLength(article.text.length);
    expect(article.textTraditional).toHaveLength(article.text.length);
    expect(article.id).toMatch(/^[A-Za-z0-9_-]+$/);
    for (const region of article.regions) {
      expect(region.code).toMatch(/^\d{6}$/);
      for (const mention of region.mentions) {
        expect(mention.end).toBeGreaterThan(mention.start);
        expect(article.text.slice(mention.start, mention.end)).toBe(mention.text);
      }
    }
    for (const date of article.dates) expect(article.text.slice(date.start, date.end)).toBe(date.text);
    for (const measure of article.measures) {
      expect(measure.start).toBeLessThanOrEqual(measure.trigger.start);
      expect(measure.trigger.end).toBeLessThanOrEqual(measure.end);
      expect(article.text.slice(measure.trigger.start, measure.trigger.end)).toBe(measure.trigger.text);
    }
    expect(article.primaryRegions.length).toBeGreaterThan(0);
    expect(article.measures.length).toBeGreaterThan(0);
  });
});

describe('seed 000 (Traditional, Urumqi)', () => {
  const article = seed('000');
  it('is Traditional, dated by its signature', () => {
    expect(article.script).toBe('traditional');
    expect(article.title).toBe('烏魯木齊公佈書記、市長手機號碼');
    expect(article.published).toMatchObject({ date: '2020-08-24', precision: 'day', inferred: false });
  });
  it('is about Urumqi and resolves its districts, not namesakes elsewhere', () => {
    expect(article.primaryRegions[0]).toBe('650100');
    for (const code of ['650109', '650106', '650104', '650103', '650105', '650102', '650107', '650121']) {
      expect(regionCodes(article)).toContain(code);
    }
    // 甘泉堡 (a development zone) is counted as Urumqi itself.
    const urumqi = article.regions.find((region) => region.code === '650100')!;
    expect(urumqi.mentions.some((mention) => mention.text.startsWith('甘泉堡'))).toBe(true);
  });
  it('reports the relaxation, reopening, protection and published phone numbers', () => {
    expect(measureSentences(article, 'lockdown', 'relax').join()).toContain('小区内进行非聚集性的个人活动');
    expect(measureSentences(article, 'business', 'relax').join()).toContain('营业');
    expect(hasMeasure(article, 'protection')).toBe(true);
    expect(measureSentences(article, 'communication').join()).toContain('电话');
    const disinfection = article.measures.flatMap((measure) => measure.params).find((param) => param.name === 'times-per-day');
    expect(disinfection?.value).toBe(6);
  });
  it('drops the site footer', () => {
    expect(article.text).not.toContain('責任編輯');
    expect(article.text).not.toContain('相關文章');
  });
});

describe('seed 001 (Korla apology)', () => {
  const article = seed('001');
  it('takes the explicit timestamp', () => {
    expect(article.published).toMatchObject({ date: '2022-09-09', precision: 'day', inferred: false });
    expect(article.source).toMatch(/观察者网/);
  });
  it('is about Korla within Bayingolin and Xinjiang', () => {
    expect(article.primaryRegions[0]).toBe('652801');
    expect(regionCodes(article)).toEqual(expect.arrayContaining(['652801', '652800', '650000']));
    const bazhou = article.regions.find((region) => region.code === '652800')!;
    expect(bazhou.mentions.map((mention) => mention.text)).toContain('巴州');
  });
  it('reports apology, supplies, reopening and no dine-in, medical care and a dismissal', () => {
    expect(hasMeasure(article, 'apology')).toBe(true);
    expect(hasMeasure(article, 'supplies')).toBe(true);
    expect(measureSentences(article, 'business', 'relax').join()).toContain('开业');
    expect(measureSentences(article, 'business', 'tighten').join()).toContain('堂食');
    expect(hasMeasure(article, 'medical-care')).toBe(true);
    expect(measureSentences(article, 'accountability').join()).toContain('免职');
  });
  it('dates a measure by the date nearest its trigger, not the first date in the sentence', () => {
    const delivery = article.measures.find(
      (measure) => measure.category === 'supplies' && article.textSimplified.slice(measure.start, measure.end).includes('腾茂公司成立于'),
    );
    expect(delivery?.date).toBe('2022-08-15');
  });
});

describe('seed 002 (national roundup of the twenty measures)', () => {
  const article = seed('002');
  it('takes the explicit timestamp and drops the footer', () => {
    expect(article.published).toMatchObject({ date: '2022-11-13', precision: 'day', inferred: false });
    expect(article.text).not.toContain('上一篇');
    expect(article.text).not.toContain('版权所有');
    expect(article.text).not.toContain('ICP');
  });
  it('is national and names the provinces and cities it reports', () => {
    expect(article.primaryRegions[0]).toBe('100000');
    const expected = ['150000', '130000', '650000', '460000', '420000', '510000', '330000', '410000', '230000', '430000', '500000', '120000', '440100', '460200'];
    expect(regionCodes(article)).toEqual(expect.arrayContaining(expected));
    expect(article.regions.find((region) => region.code === '100000')?.level).toBe('country');
  });
  it('reports the relaxations with their parameters', () => {
    const quarantine = article.measures.filter((measure) => measure.category === 'quarantine' && measure.direction === 'relax');
    const days = quarantine.flatMap((measure) => measure.params).find((param) => param.name === 'days' && param.from === 5);
    expect(days?.value).toBe(3);
    expect(quarantine.map((measure) => article.textSimplified.slice(measure.start, measure.end)).join()).toMatch(/次密接/);
    expect(measureSentences(article, 'risk-zones', 'relax').join()).toContain('中风险区');
    expect(measureSentences(article, 'mass-testing', 'relax').join()).toContain('全员核酸');
    expect(hasMeasure(article, 'policy-framework')).toBe(true);
  });
});

describe('seed 003 (Traditional, damaged, Lanzhou)', () => {
  const article = seed('003');
  it('infers the year of its dateline', () => {
    expect(article.published).toMatchObject({ date: '2022-11-08', precision: 'day', inferred: true });
  });
  it('has no pinyin annotations or repairable mojibake left', () => {
    expect(article.text).not.toMatch(/[\u4e00-\u9fff]\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/i);
    expect(article.text).not.toMatch(/\?[!！]/);
    expect(article.text).toContain('“管”要嚴格');
  });
  it('is about Lanzhou in Gansu', () => {
    expect(article.primaryRegions[0]).toBe('620100');
    expect(regionCodes(article)).toContain('620000');
  });
  it('reports lockdown, medical care, supplies and communication', () => {
    for (const category of ['lockdown', 'medical-care', 'supplies', 'communication'] as const) {
      expect(hasMeasure(article, category)).toBe(true);
    }
  });
});

describe('seed 004 (Yuncheng, no year, no day)', () => {
  const article = seed('004');
  it('comes out as an inferred month in early 2020, never an invented day', () => {
    expect(article.published?.precision).toBe('month');
    expect(article.published?.inferred).toBe(true);
    expect(['2020-01', '2020-02']).toContain(article.published?.date);
  });
  it('resolves the 一级响应 date', () => {
    expect(article.dates.some((date) => date.date === '2020-01-25')).toBe(true);
  });
  it('is about 盐湖区 / 运城, not Wuhan where returnees came from', () => {
    expect(article.primaryRegions.slice(0, 2).sort()).toEqual(['140800', '140802']);
    expect(article.primaryRegions).not.toContain('420100');
  });
  it('reports closures, home quarantine, venue closures, resumption and more', () => {
    const closure = article.measures.find(
      (measure) => measure.category === 'lockdown' && measure.direction === 'tighten' && measure.params.some((param) => param.value === 993),
    );
    expect(closure).toBeDefined();
    const quarantine = article.measures.find((measure) => measure.category === 'quarantine' && measure.direction === 'tighten' && measure.params.some((param) => param.name === 'days' && param.value === 14));
    expect(quarantine).toBeDefined();
    expect(hasMeasure(article, 'business', 'tighten')).toBe(true);
    expect(hasMeasure(article, 'business', 'relax')).toBe(true);
    for (const category of ['accountability', 'communication', 'emergency-response', 'protection'] as const) {
      expect(hasMeasure(article, category)).toBe(true);
    }
  });
});

describe('crafted input', () => {
  it('a file that is not text is an error for that file, not a crash', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]);
    const outcome = parseArticleBytes('picture.png', png);
    expect(outcome.ok).toBe(false);
  });
  it('an empty file is an error', () => {
    expect(parseArticleBytes('empty.txt', new Uint8Array()).ok).toBe(false);
  });
  it('GB18030 bytes decode and parse', () => {
    // 乌鲁木齐 in GBK.
    const bytes = new Uint8Array([0xce, 0xda, 0xc2, 0xb3, 0xc4, 0xbe, 0xc6, 0xeb, 0xca, 0xd0, 0xb7, 0xe2, 0xbf, 0xd8]);
    const outcome = parseArticleBytes('gbk.txt', bytes);
    expect(outcome.ok).toBe(true);
    if (outcome.ok) {
      expect(outcome.article.encoding).toMatch(/gb/i);
      expect(outcome.article.text).toContain('乌鲁木齐');
      expect(outcome.article.primaryRegions).toContain('650100');
    }
  });
  it('text with no date and no region still parses, with null date and no regions', () => {
    const outcome = parseArticleText('plain.txt', '关于做好个人防护的提示\n\n请大家勤洗手、戴口罩。');
    expect(outcome.ok).toBe(true);
    if (outcome.ok) {
      expect(outcome.article.published).toBeNull();
      expect(outcome.article.regions).toEqual([]);
      expect(outcome.article.primaryRegions).toEqual([]);
    }
  });
  it('infers the year of a late-2022 dateline from the twenty measures and the end of risk zones', () => {
    const outcome = parseArticleText(
      'xinhua.txt',
      '多地落实二十条优化措施\n\n新华社北京11月12日电 各地落实进一步优化防控工作的二十条措施，已经划定的中风险区取消，不再开展全员核酸检测。',
    );
    expect(outcome.ok).toBe(true);
    if (outcome.ok) expect(outcome.article.published).toMatchObject({ date: '2022-11-12', precision: 'day', inferred: true });
  });

  it('one bad file never stops the others', () => {
    const corpus = parseCorpus([
      { name: 'bad.bin', bytes: new Uint8Array([0, 1, 2, 3, 0, 0, 255, 254, 0]) },
      { name: 'good.txt', bytes: new TextEncoder().encode('兰州市发布通告\n\n全市开展全员核酸检测。') },
      { name: 'good.txt', bytes: new TextEncoder().encode('兰州市再发通告\n\n有序解除封控。') },
    ]);
    expect(corpus.errors.map((error) => error.file)).toEqual(['bad.bin']);
    expect(corpus.articles.map((article) => article.id)).toEqual(['good', 'good-2']);
  });
});

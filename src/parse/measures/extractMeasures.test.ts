import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ArticleRegion, Measure, MeasureCategory, MeasureDirection, MentionedDate } from '../../model';
import { toSimplified } from '../script';
import { extractMeasures, type MeasureContext } from './extractMeasures';

const NO_CONTEXT: MeasureContext = { regions: [], primaryRegions: [], dates: [] };

function measuresOf(text: string, context: MeasureContext = NO_CONTEXT): Measure[] {
  return extractMeasures(text, context);
}

function kinds(text: string): string[] {
  return measuresOf(text).map((measure) => `${measure.category}:${measure.direction}`);
}

describe('extractMeasures: directions', () => {
  it('reads lifting cues as relax and restrictions as tighten', () => {
    expect(kinds('没有疫情的地区不再开展全员核酸检测。')).toEqual(['mass-testing:relax']);
    expect(kinds('全市连续三天开展全员核酸检测。')).toEqual(['mass-testing:tighten']);
    expect(kinds('对993个小区实行封闭式管理。')).toEqual(['lockdown:tighten']);
    expect(kinds('全区规上和重点企业逐步复工。')).toEqual(['business:relax']);
    expect(kinds('餐饮行业暂不进店堂食。')).toEqual(['business:tighten']);
    expect(kinds('已经划定的中风险区取消，不再划定中风险区。')).toEqual(['risk-zones:relax']);
  });

  it('reads a prohibition of arbitrary enforcement as a correction, not a restriction', () => {
    const directions = measuresOf('严禁随意封校停课、随意采取“静默”管理、随意封控、长时间不解封等行为。').map(
      (measure) => measure.direction,
    );
    expect(directions.length).toBeGreaterThan(0);
    expect(directions).not.toContain('tighten');
    expect(kinds('要防止和纠正“层层加码”“一刀切”等问题。')).toEqual(['policy-framework:relax']);
  });

  it('does not read a denied relaxation as a relax', () => {
    const text = '二十条优化措施不是放松，更不是“躺平”，核酸检测要常态化开展。';
    expect(measuresOf(text).filter((m) => m.category === 'mass-testing').map((m) => m.direction)).toEqual([
      'tighten',
    ]);
  });

  it('ignores conditions when reading the direction of the act', () => {
    expect(kinds('小商超在严格落实疫情防控措施的前提下开业。')).toEqual(['business:relax']);
  });

  it('emits two measures of one category when a sentence both tightens and relaxes it', () => {
    expect(kinds('关停网吧等娱乐场所，其余企业有序复工复产。')).toEqual(['business:tighten', 'business:relax']);
  });
});

describe('extractMeasures: noise', () => {
  it('needs a policy act, not a topic word', () => {
    expect(measuresOf('在最近一次核酸检测中，小区所有居民核酸检测均为阴性。')).toEqual([]);
    expect(measuresOf('全国现有3个高风险地区，6个中风险地区。')).toEqual([]);
    expect(measuresOf('全市市场供应整体充足，价格平稳。')).toEqual([]);
    expect(measuresOf('疫情防控工作取得阶段性成效。')).toEqual([]);
  });

  it('does not read where a case was found as a measure', () => {
    expect(measuresOf('新增无症状感染者10例，均在隔离管控中发现。')).toEqual([]);
  });

  it('does not read a reported failure as a measure', () => {
    expect(measuresOf('部分小区仍存在物资供应不充分，蔬菜配送不到位的现象。')).toEqual([]);
  });

  it('skips headings and contact lines', () => {
    expect(measuresOf('库尔勒市道歉\n乌鲁木齐市委书记 徐海荣\n13899811033\n报料热线:886 2395@qq.com')).toEqual([]);
  });
});

describe('extractMeasures: delays, questions and things not done', () => {
  it('reads a delayed reopening as a restriction', () => {
    expect(kinds('新增病例增长快地区，可推迟开工开业开课。')).toEqual(['business:tighten']);
    expect(kinds('指挥中心决定全国高中以下学校延后2周开学。')).toEqual(['schools:tighten']);
  });

  it('does not read a discussed measure or an omission as a measure', () => {
    expect(measuresOf('专家将综合多个因素考虑是否接种疫苗。')).toEqual([]);
    expect(measuresOf('政府正在考虑对这些城镇实行全面封锁。')).toEqual([]);
    expect(measuresOf('总统在公开场合仍没有佩戴口罩。')).toEqual([]);
  });

  it('does not read how a case was found as contact tracing', () => {
    expect(measuresOf('经排查，核酸检测结果为阳性。')).toEqual([]);
    expect(measuresOf('南京市报告3例，为排查外省市来宁人员发现。')).toEqual([]);
  });
});

describe('extractMeasures: evidence', () => {
  const text = '8月23日，乌鲁木齐居民可以在小区内活动。同时公布了书记电话。';
  const regions: ArticleRegion[] = [
    { code: '650100', name: '乌鲁木齐市', level: 'prefecture', mentions: [{ start: 5, end: 9, text: '乌鲁木齐' }] },
  ];
  const dates: MentionedDate[] = [
    { start: 0, end: 5, date: '2020-08-23', precision: 'day', yearInferred: true, text: '8月23日' },
  ];
  const measures = measuresOf(text, { regions, primaryRegions: ['650000'], dates });

  it('ties each measure to its sentence and trigger words', () => {
    const lockdown = measures.find((m) => m.category === 'lockdown')!;
    expect(text.slice(lockdown.start, lockdown.end)).toBe('8月23日，乌鲁木齐居民可以在小区内活动。');
    expect(lockdown.trigger.text).toBe(text.slice(lockdown.trigger.start, lockdown.trigger.end));
    expect(lockdown.trigger.text).toBe('可以在小区内活动');
  });

  it('takes regions and dates from the sentence, else the article primary region and no date', () => {
    const lockdown = measures.find((m) => m.category === 'lockdown')!;
    expect(lockdown.regionCodes).toEqual(['650100']);
    expect(lockdown.date).toBe('2020-08-23');
    const communication = measures.find((m) => m.category === 'communication')!;
    expect(communication.regionCodes).toEqual(['650000']);
    expect(communication.date).toBeNull();
  });

  it('keeps offsets valid for the original-script text', () => {
    const traditional = '小區居民可以在小區內進行非聚集性的個人活動。';
    const [measure] = measuresOf(toSimplified(traditional));
    expect(traditional.slice(measure!.trigger.start, measure!.trigger.end)).toBe('可以在小區內進行非聚集性的個人活動');
  });
});

function seed(prefix: string): { text: string; measures: Measure[] } {
  const dir = new URL('../../../public/seeds/', import.meta.url);
  const names: Record<string, string> = {
    '000': '000_9c3f2b878a83d6ff.txt',
    '001': '001_2430776c0247ecae.txt',
    '002': '002_549b5bbf7020d9db.txt',
    '003': '003_89e00f1fe8b27432.txt',
    '004': '004_a134936ad7d31417.txt',
  };
  const text = toSimplified(readFileSync(new URL(names[prefix]!, dir), 'utf8'));
  return { text, measures: measuresOf(text) };
}

function find(
  { text, measures }: { text: string; measures: Measure[] },
  category: MeasureCategory,
  direction?: MeasureDirection,
  sentenceIncludes?: string,
): Measure | undefined {
  return measures.find(
    (m) =>
      m.category === category &&
      (direction === undefined || m.direction === direction) &&
      (sentenceIncludes === undefined || text.slice(m.start, m.end).includes(sentenceIncludes)),
  );
}

describe('extractMeasures: seed articles', () => {
  it('000 Urumqi: compound activity allowed, shops reopen, masks and disinfection, phone numbers', () => {
    const article = seed('000');
    expect(find(article, 'lockdown', 'relax', '可以在小区内进行非聚集性的个人活动')).toBeDefined();
    expect(find(article, 'business', 'relax', '营业')).toBeDefined();
    expect(find(article, 'protection', undefined, '佩戴口罩')).toBeDefined();
    expect(find(article, 'protection', undefined, '6次清洁消毒')!.params).toContainEqual(
      expect.objectContaining({ name: 'times-per-day', value: 6 }),
    );
    expect(find(article, 'communication', 'support', '负责同志电话')).toBeDefined();
  });

  it('001 Korla: apology, supplies, shops open but no dine-in, online care, dismissal', () => {
    const article = seed('001');
    expect(find(article, 'apology')).toBeDefined();
    expect(find(article, 'supplies', 'support')).toBeDefined();
    expect(find(article, 'business', 'relax', '开业')).toBeDefined();
    expect(find(article, 'business', 'tighten', '暂不进店堂食')).toBeDefined();
    expect(find(article, 'medical-care', 'support', '线上诊疗')).toBeDefined();
    expect(find(article, 'accountability', undefined, '免职')).toBeDefined();
  });

  it('002 twenty measures: shorter quarantine, no secondary contacts, medium-risk zones and mass testing dropped', () => {
    const article = seed('002');
    const shorter = find(article, 'quarantine', 'relax', '转为3天居家隔离')!;
    expect(shorter.params).toContainEqual(expect.objectContaining({ name: 'days', value: 3, from: 5 }));
    expect(find(article, 'quarantine', 'relax', '次密接')).toBeDefined();
    expect(find(article, 'risk-zones', 'relax', '中风险区取消')).toBeDefined();
    expect(find(article, 'mass-testing', 'relax', '不再开展全员核酸检测')).toBeDefined();
    expect(find(article, 'policy-framework', undefined, '二十条')).toBeDefined();
    expect(find(article, 'policy-framework', 'relax', '层层加码')).toBeDefined();
    const corrections = article.measures.filter((m) => article.text.slice(m.start, m.end).includes('严禁随意封校'));
    expect(corrections.map((m) => m.category)).toEqual(expect.arrayContaining(['lockdown', 'schools', 'business']));
    expect(corrections.filter((m) => m.direction === 'tighten')).toEqual([]);
  });

  it('003 Lanzhou: lockdown and release, medical green channel, supplies, hotlines', () => {
    const article = seed('003');
    expect(find(article, 'lockdown', 'relax', '有序放开人员流动')).toBeDefined();
    expect(find(article, 'medical-care', 'support', '绿色通道')).toBeDefined();
    expect(find(article, 'supplies', 'support', '物资供应')).toBeDefined();
    expect(find(article, 'communication', undefined, '热线')).toBeDefined();
  });

  it('004 Yanhu: closed compounds, 14-day home quarantine, closures and reopening, dismissals, level-one response', () => {
    const article = seed('004');
    const closed = find(article, 'lockdown', 'tighten', '封闭式管理')!;
    expect(closed.params).toContainEqual(expect.objectContaining({ name: 'communities', value: 993 }));
    const quarantine = find(article, 'quarantine', 'tighten', '14天居家隔离')!;
    expect(quarantine.params).toContainEqual(expect.objectContaining({ name: 'days', value: 14 }));
    const closures = find(article, 'business', 'tighten', '网吧')!;
    expect(closures.params).toContainEqual(expect.objectContaining({ name: 'venues', value: 150 }));
    expect(find(article, 'business', 'relax', '复工')).toBeDefined();
    expect(find(article, 'accountability', undefined, '问责')).toBeDefined();
    expect(find(article, 'accountability', undefined, '撤职')).toBeDefined();
    expect(find(article, 'communication', undefined, '宣传')).toBeDefined();
    expect(find(article, 'emergency-response', undefined, '一级响应')).toBeDefined();
    expect(find(article, 'emergency-response', undefined, '成立疫情防控指挥部')).toBeDefined();
    for (const words of ['体温', '戴口罩', '消毒']) expect(find(article, 'protection', undefined, words)).toBeDefined();
  });

  it('ties every measure to a sentence holding its trigger', () => {
    for (const prefix of ['000', '001', '002', '003', '004']) {
      const { text, measures } = seed(prefix);
      for (const measure of measures) {
        expect(measure.trigger.start).toBeGreaterThanOrEqual(measure.start);
        expect(measure.trigger.end).toBeLessThanOrEqual(measure.end);
        expect(text.slice(measure.trigger.start, measure.trigger.end)).toBe(measure.trigger.text);
      }
    }
  });
});

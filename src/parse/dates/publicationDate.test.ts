import { describe, expect, it } from 'vitest';
import { toSimplified } from '../script';
import { findPublicationDate } from './publicationDate';

function publicationOf(raw: string, removedLines: string[] = []) {
  return findPublicationDate({ raw, text: raw, textSimplified: toSimplified(raw), removedLines });
}

const DATELINE = '新华社北京4月28日电 国家卫健委28日通报，2022年4月27日全国新增本土病例。';
const SIGNATURE = '\n特此通告。\n\n某某市新冠肺炎疫情防控指挥部\n2022年4月29日\n';
const TIMESTAMP = '发布时间：2022-04-30 10:20\n';

describe('findPublicationDate: order of trust', () => {
  it('takes the header timestamp over a signature and a dateline', () => {
    const found = publicationOf(`标题\n${TIMESTAMP}${DATELINE}${SIGNATURE}`);
    expect(found).toMatchObject({ date: '2022-04-30', precision: 'day', inferred: false });
    expect(found?.evidence).toMatchObject({ source: 'timestamp', in: 'raw', text: '发布时间：2022-04-30 10:20' });
  });

  it('takes the signature over a dateline', () => {
    const found = publicationOf(`标题\n${DATELINE}${SIGNATURE}`);
    expect(found).toMatchObject({ date: '2022-04-29', precision: 'day', inferred: false });
    expect(found?.evidence.source).toBe('signature');
  });

  it('takes the dateline when nothing else is there, with the year from the text', () => {
    const found = publicationOf(`标题\n${DATELINE}`);
    expect(found).toMatchObject({ date: '2022-04-28', precision: 'day', inferred: true });
    expect(found?.evidence).toMatchObject({ source: 'dateline', text: '4月28日', in: 'text' });
  });

  it('reads a timestamp line the cleaner removed, with offsets into raw', () => {
    const raw = '标题\n来源：某报 作者：某人 时间:2022-11-13 点击:\n正文没有日期。';
    const found = publicationOf(raw, ['来源：某报 作者：某人 时间:2022-11-13 点击:']);
    expect(found?.date).toBe('2022-11-13');
    expect(raw.slice(found!.evidence.start, found!.evidence.end)).toBe('时间:2022-11-13');
  });

  it('does not take a data period with a clock time for a timestamp', () => {
    const found = publicationOf('海南新增5例\n2020年1月28日00:00-24:00，海南省新增确诊病例5例。');
    expect(found?.evidence.source).not.toBe('timestamp');
  });

  it('returns null when the text gives no date and no landmark', () => {
    expect(publicationOf('各地要做好疫情防控工作，保障群众生活。')).toBeNull();
  });
});

describe('findPublicationDate: datelines and years', () => {
  it('reads Traditional 訊 and Simplified 讯 alike', () => {
    const body = '要坚持动态清零，严格执行第九版防控方案。';
    const traditional = publicationOf(`中國甘肅網11月8日訊 ${body}`);
    const simplified = publicationOf(`中国甘肃网11月8日讯 ${body}`);
    expect(traditional).toMatchObject({ date: '2022-11-08', precision: 'day', inferred: true });
    expect(simplified?.date).toBe('2022-11-08');
    expect(traditional?.evidence.landmarks).toEqual(expect.arrayContaining(['ninth-edition-plan', 'dynamic-zero']));
  });

  it('uses a written weekday to choose between feasible years', () => {
    // 动态清零 allows 2021-08 … 2022-12: 11月8日 was a Monday in 2021 and a Tuesday in 2022.
    expect(publicationOf('本报11月8日（星期二）讯 坚持动态清零。')?.date).toBe('2022-11-08');
    expect(publicationOf('本报11月8日（星期一）讯 坚持动态清零。')?.date).toBe('2021-11-08');
  });

  it('gives no date when the year cannot be told', () => {
    expect(publicationOf('本报11月8日讯 坚持动态清零。')).toBeNull();
  });

  it('reads 今(12)日 with the month of the latest date reported before', () => {
    const found = publicationOf('中國大陸官方1月11日公布病例統計資料，截至今(12)日為41名病例，今(109)年1月以來持續監測。');
    expect(found).toMatchObject({ date: '2020-01-12', precision: 'day', evidence: { source: 'dateline' } });
  });

  it('uses 截至…16时 in a short report as the publication day', () => {
    const found = publicationOf('根据世卫组织最新统计，截至2020年5月30日16时，全球确诊新冠肺炎5817385例。');
    expect(found).toMatchObject({ date: '2020-05-30', precision: 'day', inferred: false });
    expect(found?.evidence.source).toBe('mentioned-date');
  });

  it('gives only the month for the latest reported date otherwise, the day after for 24时', () => {
    const found = publicationOf('2021年8月26日0—24时，贵州省无新增确诊病例。截至8月31日24时，累计报告146例。');
    expect(found).toMatchObject({ date: '2021-09', precision: 'month' });
  });

  it('ignores planned dates when taking the latest reported date', () => {
    const found = publicationOf('2020年4月20日，某市通报疫情。学校将于2020年6月1日起开学。');
    expect(found?.date).toBe('2020-04');
  });

  it('uses a landmark window when it places the text after every date it mentions', () => {
    const found = publicationOf('武汉返乡人员全部摸排。1月25日启动一级响应。目前企业逐步复工。新型冠状病毒防控指南已下发。');
    expect(found).toMatchObject({ date: '2020-02', precision: 'month', inferred: true, evidence: { source: 'landmark' } });
  });
});

import { describe, expect, it } from 'vitest';
import type { ArticleRegion } from '../../model';
import { extractMeasures, type MeasureContext } from './extractMeasures';

const NO_CONTEXT: MeasureContext = { regions: [], primaryRegions: [], dates: [] };

function kinds(text: string, context: MeasureContext = NO_CONTEXT): string[] {
  return extractMeasures(text, context).map((measure) => `${measure.category}:${measure.direction}`);
}

describe('extractMeasures: counts, results and patients are not measures', () => {
  it('does not read head counts of people under observation as a measure', () => {
    expect(kinds('密切接触者121人，已解除医学观察46人，正在指定地点进行隔离医学观察75人。')).toEqual([]);
    expect(kinds('全境有20余万人在进行医学隔离观察。')).toEqual([]);
  });

  it('does not read a group finishing quarantine as a relaxation', () => {
    expect(kinds('共214名返台民众，已于今日解除隔离，并返家进行自主健康管理。')).toEqual([]);
  });

  it('does not read one patient being tested or discharged as a measure', () => {
    expect(kinds('患者入境时，口岸对其进行了核酸检测。')).toEqual([]);
    expect(kinds('10名确诊患者今日正式解除隔离，治愈出院。')).toEqual([]);
  });

  it('does not read a test that led to a result as a measure, but keeps result-based rules', () => {
    expect(kinds('后经采集咽拭子开展核酸检测，结果呈阳性。')).toEqual([]);
    expect(kinds('返乡人员需进行核酸检测，结果阴性后方可有序流动。')).toContain('mass-testing:tighten');
  });

  it('does not read figures and trends as a measure', () => {
    expect(kinds('全省餐饮企业复工复产接近正常水平。')).toEqual([]);
    expect(kinds('中小企业复工复产率稳步提高。')).toEqual([]);
  });

  it('does not read 同航班 (fellow passengers) as a flight measure', () => {
    expect(kinds('同航班密切接触者均已落实集中隔离观察。')).toEqual(['quarantine:tighten']);
  });
});

describe('extractMeasures: posts, questions, wishes and slogans are not measures', () => {
  it('does not read a question as a measure', () => {
    expect(kinds('居民们都很着急。今年啥时候能解封？')).toEqual([]);
  });

  it('does not read a first-person post as a measure, but keeps 我市 and 自我', () => {
    expect(kinds('我弟说小区又要封控了。')).toEqual([]);
    expect(kinds('我市对全部小区实行封闭式管理。')).toEqual(['lockdown:tighten']);
    expect(kinds('来津人员均自我居家隔离14天。')).toEqual(['quarantine:tighten']);
  });

  it('does not read a lived duration as a measure', () => {
    expect(kinds('完全封校了三十三天。')).toEqual([]);
  });

  it('does not read a wish to reopen as a reopening', () => {
    expect(kinds('不少企业想尽快复工减少损失。')).toEqual([]);
  });

  it('does not read helping others reopen as a reopening', () => {
    expect(kinds('银行推出贷款优惠，助力企业复工复产。')).toEqual([]);
    expect(kinds('核心供应商和物流服务企业联动复产。')).toEqual(['business:relax']);
  });

  it('does not read a restriction that did not happen as a restriction', () => {
    expect(kinds('全市没有停学停诊停工停业情况。')).toEqual([]);
    expect(kinds('政府要求民众尽量避免外出，但不会封城。')).toEqual([]);
  });
});

describe('extractMeasures: trigger words that only name a period', () => {
  it('does not read a lockdown named as a time frame as a lockdown', () => {
    expect(kinds('浙江对瑞丽市封闭管理期间仍流动的人员实行集中隔离。')).toEqual(['quarantine:tighten']);
    expect(kinds('4月8日武汉解封后，订单量大增。')).toEqual([]);
    expect(kinds('封控第六天，今天没有做核酸。')).toEqual([]);
  });
});

describe('extractMeasures: direction', () => {
  it('reads a restriction being removed as a relaxation', () => {
    expect(kinds('离鄂交通管控卡口已经全部拆除。')).toEqual(['movement:relax']);
  });
});

describe('extractMeasures: foreign measures', () => {
  it('does not read a sentence led by a foreign government as a Chinese measure', () => {
    expect(kinds('印度总理莫迪宣布，将全国封锁措施延长至5月3日。')).toEqual([]);
    expect(kinds('当地时间27日，泰国民航局宣布禁止所有民航班机入境。')).toEqual([]);
    expect(kinds('一些国家已开始有序复工复产。')).toEqual([]);
  });

  it('keeps measures about people coming from abroad and measures of a named Chinese authority', () => {
    expect(kinds('自韩国入境的外籍人士，需进行14天居家检疫。')).toEqual(['quarantine:tighten']);
    expect(kinds('美国疫情严重，我市要求入境人员集中隔离14天。')).toContain('quarantine:tighten');
    expect(kinds('今日本市实行封闭式管理。')).toEqual(['lockdown:tighten']);
  });

  it('reads the rest of an article about a foreign country as foreign, unless a Chinese place or authority is named', () => {
    expect(kinds('英国首相宣布延长封锁\n\n餐馆和酒吧将继续停业。')).toEqual([]);
    const text = '英国首相宣布延长封锁\n\n兰州餐馆继续停业。';
    const regions: ArticleRegion[] = [
      { code: '620100', name: '兰州市', level: 'prefecture', mentions: [{ start: 12, end: 14, text: '兰州' }] },
    ];
    expect(text.slice(12, 14)).toBe('兰州');
    expect(kinds(text, { regions, primaryRegions: ['620100'], dates: [] })).toEqual(['business:tighten']);
    expect(kinds('英国首相宣布延长封锁\n\n指挥中心表示，餐馆继续停业。')).toEqual(['business:tighten']);
  });
});

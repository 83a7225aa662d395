import type { Article } from '../../model';
import { makeArticle, makeMeasure } from '../../test/articleFixture';

const TRADITIONAL = '烏魯木齊8月23日起解除封控。\n\n全員核酸檢測每天1次。';
const SIMPLIFIED = '乌鲁木齐8月23日起解除封控。\n\n全员核酸检测每天1次。';

/** A small Traditional-script article with overlapping annotations, for component tests. */
export function traditionalArticle(overrides: Partial<Article> = {}): Article {
  return makeArticle({
    id: 'urumqi',
    title: '烏魯木齊解除封控',
    file: 'urumqi.txt',
    source: '觀察者網',
    author: '佚名',
    script: 'traditional',
    encoding: 'big5',
    text: TRADITIONAL,
    textSimplified: SIMPLIFIED,
    textTraditional: TRADITIONAL,
    raw: `RAW ${TRADITIONAL}`,
    published: {
      date: '2022-08-24',
      precision: 'day',
      inferred: true,
      evidence: { source: 'mentioned-date', text: '8月24日', in: 'text', start: 4, end: 9, landmarks: ['Urumqi lockdown'] },
    },
    dates: [{ start: 4, end: 9, date: '2022-08-23', precision: 'day', yearInferred: true, text: '8月23日' }],
    regions: [{ code: '650100', name: '乌鲁木齐市', level: 'prefecture', mentions: [{ start: 0, end: 4, text: '烏魯木齊' }] }],
    primaryRegions: ['650100'],
    measures: [
      makeMeasure({
        category: 'lockdown',
        direction: 'relax',
        start: 0,
        end: 15,
        trigger: { start: 10, end: 14, text: '解除封控' },
        regionCodes: ['650100'],
        date: '2022-08-23',
      }),
      makeMeasure({
        category: 'mass-testing',
        direction: 'tighten',
        start: 17,
        end: 28,
        trigger: { start: 17, end: 23, text: '全員核酸檢測' },
        params: [{ name: 'times-per-day', value: 1, text: '每天1次' }],
      }),
    ],
    ...overrides,
  });
}

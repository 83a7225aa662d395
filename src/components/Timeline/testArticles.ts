import { act } from '@testing-library/react';
import { setTestCorpus } from '../../test/storeFixture';
import { useExplorer } from '../../store';
import type { Article, DatePrecision } from '../../model';
import { makeArticle, makeMeasure } from '../../test/articleFixture';

function published(date: string, precision: DatePrecision, inferred = false): Article['published'] {
  return { date, precision, inferred, evidence: { source: 'timestamp', text: date, in: 'text', start: 0, end: 0 } };
}

/** A small corpus: Urumqi (day), Lanzhou (month precision), a national roundup (inferred year) and an undated one. */
export function timelineArticles(): Article[] {
  const urumqiText = '乌鲁木齐市实行封控管理。全员核酸检测。';
  return [
    makeArticle({
      id: 'urumqi',
      title: '乌鲁木齐封控',
      source: '新华网',
      text: urumqiText,
      published: published('2022-08-10', 'day'),
      primaryRegions: ['650100'],
      dates: [{ start: 0, end: 5, date: '2022-08-12', precision: 'day', yearInferred: false, text: '8月12日' }],
      measures: [
        makeMeasure({ category: 'lockdown', direction: 'tighten', start: 0, end: 12, regionCodes: ['650100'] }),
        makeMeasure({ category: 'mass-testing', direction: 'tighten', start: 12, end: 19 }),
      ],
    }),
    makeArticle({
      id: 'lanzhou',
      title: '兰州解封',
      text: '兰州有序解除封控。',
      published: published('2022-11', 'month'),
      primaryRegions: ['620100'],
      measures: [makeMeasure({ category: 'lockdown', direction: 'relax', start: 0, end: 9 })],
    }),
    makeArticle({
      id: 'national',
      title: '全国疫情通报',
      published: published('2022-03-05', 'day', true),
      primaryRegions: ['100000'],
    }),
    makeArticle({ id: 'undated', title: '无日期', primaryRegions: ['650100'] }),
  ];
}

/** Fresh store holding the small test corpus, English UI: the setup timeline and band tests share. */
export function resetStoreWithTimelineArticles(): void {
  useExplorer.setState(useExplorer.getInitialState(), true);
  act(() => {
    setTestCorpus(timelineArticles());
    useExplorer.getState().setDisplay({ lang: 'en' });
  });
}

import type { Messages } from '../../i18n';

export const messages: Messages<
  | 'heading'
  | 'loading'
  | 'articleHeading'
  | 'noArticleMeasures'
  | 'summaryHeading'
  | 'noSummaryMeasures'
  | 'resetFilters'
  | 'trigger'
  | 'regions'
  | 'date'
  | 'showInText'
  | 'filterBy'
  | 'directions'
  | 'countOf'
> = {
  zh: {
    heading: '措施',
    loading: '正在加载…',
    articleHeading: '本文共 {count} 条措施',
    noArticleMeasures: '这篇文章中没有识别到防疫措施。',
    summaryHeading: '筛选出的 {articles} 篇文章中共 {count} 条措施；点击类别可按其筛选',
    noSummaryMeasures: '没有符合当前筛选条件的措施。',
    resetFilters: '重置筛选',
    trigger: '触发词',
    regions: '地区',
    date: '日期',
    showInText: '在正文中显示',
    filterBy: '按“{category}”筛选',
    directions: '方向',
    countOf: '{direction} {count} 条',
  },
  en: {
    heading: 'Measures',
    loading: 'Loading…',
    articleHeading: '{count} measures in this article',
    noArticleMeasures: 'No epidemic-control measures were recognised in this article.',
    summaryHeading: '{count} measures in {articles} filtered articles; click a category to filter by it',
    noSummaryMeasures: 'No measures match the current filters.',
    resetFilters: 'Reset filters',
    trigger: 'Trigger',
    regions: 'Regions',
    date: 'Date',
    showInText: 'Show in text',
    filterBy: 'Filter by “{category}”',
    directions: 'Directions',
    countOf: '{direction}: {count}',
  },
};

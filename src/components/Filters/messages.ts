import type { Messages } from '../../i18n';

export const messages: Messages<
  | 'filters'
  | 'region'
  | 'regionPlaceholder'
  | 'regionNoMatch'
  | 'regionLoading'
  | 'clearRegion'
  | 'from'
  | 'to'
  | 'measures'
  | 'direction'
  | 'search'
  | 'searchPlaceholder'
  | 'reset'
  | 'count'
  | 'undatedExcluded'
  | 'national'
  | 'loading'
> = {
  zh: {
    filters: '筛选',
    region: '地区',
    regionPlaceholder: '省、市、区县（简繁均可）',
    regionNoMatch: '没有匹配的地区',
    regionLoading: '正在加载地区…',
    clearRegion: '清除地区筛选',
    from: '起',
    to: '止',
    measures: '措施类别',
    direction: '方向',
    search: '全文搜索',
    searchPlaceholder: '搜索全文（简繁通用）',
    reset: '重置筛选',
    count: '{shown} / {total} 篇文章',
    undatedExcluded: '{count} 篇无日期文章因日期筛选未显示',
    national: '全国',
    loading: '正在加载文章…',
  },
  en: {
    filters: 'Filters',
    region: 'Region',
    regionPlaceholder: 'Province, city, county (either script)',
    regionNoMatch: 'No matching region',
    regionLoading: 'Loading regions…',
    clearRegion: 'Clear region filter',
    from: 'From',
    to: 'To',
    measures: 'Measure types',
    direction: 'Direction',
    search: 'Full-text search',
    searchPlaceholder: 'Search text (简 or 繁)',
    reset: 'Reset filters',
    count: '{shown} of {total} articles',
    undatedExcluded: '{count} undated articles hidden by the date filter',
    national: 'National',
    loading: 'Loading articles…',
  },
};

import type { Messages } from '../../i18n';

export const messages: Messages<
  | 'mapLabel'
  | 'prefectureMapLabel'
  | 'loading'
  | 'loadingArticles'
  | 'loadFailed'
  | 'retry'
  | 'metric'
  | 'articles'
  | 'measures'
  | 'national'
  | 'back'
  | 'zoomInto'
  | 'articleCount'
  | 'measureCount'
  | 'articleCountOne'
  | 'measureCountOne'
  | 'clickHint'
  | 'zoomHint'
  | 'regionAria'
  | 'legendZero'
  | 'keyFilter'
  | 'keyArticle'
  | 'southChinaSea'
  | 'noneOnMap'
  | 'resetFilters'
  | 'listLabel'
  | 'search'
  | 'searchPlaceholder'
  | 'expand'
  | 'collapse'
  | 'noMatches'
  | 'loadingRegions'
  | 'listHelp'
  | 'noPrefectureMap'
> = {
  zh: {
    mapLabel: '各省份报道数量地图',
    prefectureMapLabel: '{province}各地市报道数量地图',
    loading: '正在加载地图…',
    loadingArticles: '正在加载文章，地图稍后着色…',
    loadFailed: '地图暂不可用。{message}',
    retry: '重试',
    metric: '地图着色依据',
    articles: '文章',
    measures: '措施',
    national: '全国',
    back: '← 全国地图',
    zoomInto: '查看{province}各地市 →',
    articleCount: '{n} 篇文章',
    measureCount: '{n} 项措施',
    articleCountOne: '{n} 篇文章',
    measureCountOne: '{n} 项措施',
    clickHint: '单击筛选',
    zoomHint: '双击查看地市',
    regionAria: '{name}：{articles}，{measures}',
    legendZero: '无',
    keyFilter: '筛选中的地区',
    keyArticle: '所选文章涉及的地区',
    southChinaSea: '南海诸岛',
    noneOnMap: '当前筛选条件下没有可显示在地图上的报道。',
    resetFilters: '重置筛选',
    listLabel: '地区列表',
    search: '搜索地区',
    searchPlaceholder: '搜索地区（简体或繁体）',
    expand: '展开{name}的地市',
    collapse: '收起{name}的地市',
    noMatches: '没有匹配的地区',
    loadingRegions: '正在加载地区…',
    listHelp: '上下方向键移动，右键展开地市，左键收起。',
    noPrefectureMap: '无地市地图',
  },
  en: {
    mapLabel: 'Map of articles by province',
    prefectureMapLabel: 'Map of articles by prefecture in {province}',
    loading: 'Loading map…',
    loadingArticles: 'Loading articles; the map is shaded once they arrive…',
    loadFailed: 'Map unavailable. {message}',
    retry: 'Retry',
    metric: 'Shade the map by',
    articles: 'Articles',
    measures: 'Measures',
    national: '全国 / National',
    back: '← China',
    zoomInto: 'Prefectures of {province} →',
    articleCount: '{n} articles',
    measureCount: '{n} measures',
    articleCountOne: '{n} article',
    measureCountOne: '{n} measure',
    clickHint: 'Click to filter',
    zoomHint: 'double-click for prefectures',
    regionAria: '{name}: {articles}, {measures}',
    legendZero: 'none',
    keyFilter: 'Filtered region',
    keyArticle: "Selected article's regions",
    southChinaSea: 'South China Sea Islands',
    noneOnMap: 'No articles in the current filters can be placed on the map.',
    resetFilters: 'Reset filters',
    listLabel: 'Regions',
    search: 'Search regions',
    searchPlaceholder: 'Search regions (either script)',
    expand: 'Show prefectures of {name}',
    collapse: 'Hide prefectures of {name}',
    noMatches: 'No region matches',
    loadingRegions: 'Loading regions…',
    listHelp: 'Up and down arrows move; right arrow shows prefectures, left arrow hides them.',
    noPrefectureMap: 'no prefecture map',
  },
};

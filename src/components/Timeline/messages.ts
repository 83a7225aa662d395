import type { Messages } from '../../i18n';

export const messages: Messages<
  | 'title'
  | 'svgLabel'
  | 'lanes'
  | 'lanesProvince'
  | 'lanesCategory'
  | 'showMeasures'
  | 'zoomIn'
  | 'zoomOut'
  | 'zoomReset'
  | 'undated'
  | 'loading'
  | 'loadError'
  | 'empty'
  | 'reset'
  | 'brushLabel'
  | 'brushRange'
  | 'brushNone'
  | 'precisionMonth'
  | 'precisionYear'
  | 'inferred'
  | 'measureCount'
  | 'binArticles'
  | 'binZoom'
  | 'binFilter'
  | 'mentionedDate'
  | 'moreMeasures'
  | 'measureMark'
  | 'noSource'
  | 'panEarlier'
  | 'panLater'
  | 'visibleRange'
> = {
  zh: {
    title: '时间线',
    svgLabel: '时间线：+/− 缩放，方向键平移，0 复位',
    lanes: '分道',
    lanesProvince: '按省份',
    lanesCategory: '按措施类别',
    showMeasures: '显示措施',
    zoomIn: '放大',
    zoomOut: '缩小',
    zoomReset: '复位缩放',
    undated: '{count} 篇无日期',
    loading: '正在加载文章…',
    loadError: '无法加载文章。',
    empty: '没有符合条件的文章',
    reset: '重置筛选',
    brushLabel: '日期筛选刷选条：拖动选择日期范围；Enter 选取可见范围，Delete 清除',
    brushRange: '当前日期范围：{from} 至 {to}',
    brushNone: '未筛选日期',
    precisionMonth: '仅到月份',
    precisionYear: '仅到年份',
    inferred: '年份为推断',
    measureCount: '{count} 项措施',
    binArticles: '{count} 篇文章',
    binZoom: '点击放大查看',
    binFilter: '点击筛选此日期',
    mentionedDate: '文中提到的日期',
    moreMeasures: '另有 {count} 项措施',
    measureMark: '{category} · {direction} · {count} 项',
    noSource: '来源不详',
    panEarlier: '向前平移',
    panLater: '向后平移',
    visibleRange: '可见范围：{from} 至 {to}',
  },
  en: {
    title: 'Timeline',
    svgLabel: 'Timeline: +/− zoom, arrow keys pan, 0 resets',
    lanes: 'Lanes',
    lanesProvince: 'By province',
    lanesCategory: 'By measure',
    showMeasures: 'Show measures',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    zoomReset: 'Reset zoom',
    undated: '{count} undated',
    loading: 'Loading articles…',
    loadError: 'The articles could not be loaded.',
    empty: 'No articles match',
    reset: 'Reset filters',
    brushLabel: 'Date filter brush: drag to select dates; Enter takes the visible range, Delete clears',
    brushRange: 'Date range: {from} to {to}',
    brushNone: 'No date filter',
    precisionMonth: 'month only',
    precisionYear: 'year only',
    inferred: 'year inferred',
    measureCount: '{count} measures',
    binArticles: '{count} articles',
    binZoom: 'Click to zoom in',
    binFilter: 'Click to filter to this date',
    mentionedDate: 'Date mentioned in the article',
    moreMeasures: '{count} more measures',
    measureMark: '{category} · {direction} · {count}',
    noSource: 'Source unknown',
    panEarlier: 'Pan earlier',
    panLater: 'Pan later',
    visibleRange: 'Showing {from} to {to}',
  },
};

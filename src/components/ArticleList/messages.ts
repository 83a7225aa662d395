import type { Messages } from '../../i18n';

export const messages: Messages<
  'articles' | 'listLabel' | 'inferred' | 'inferredHint' | 'undated' | 'noSource' | 'empty' | 'reset' | 'keyboardHint' | 'loading' | 'loadFailed' | 'measures'
> = {
  zh: {
    articles: '文章',
    listLabel: '文章列表，按日期排序。上下方向键或 j/k 切换文章',
    inferred: '推断',
    inferredHint: '日期中的年份（或更多）由文中线索推断，并非原文直接写明',
    undated: '无日期',
    noSource: '来源不详',
    empty: '没有符合当前筛选条件的文章。',
    reset: '重置筛选',
    keyboardHint: '↑↓ / j k 切换',
    loading: '正在加载文章…',
    loadFailed: '文章未能加载（见上方提示）。可以重试，或用“添加文件…”载入自己的文章。',
    measures: '{count} 项措施',
  },
  en: {
    articles: 'Articles',
    listLabel: 'Articles sorted by date. Use arrow keys or j/k to move between articles',
    inferred: 'inferred',
    inferredHint: 'Part of this date (usually the year) was inferred from clues in the text, not written in it',
    undated: 'undated',
    noSource: 'unknown source',
    empty: 'No articles match the current filters.',
    reset: 'Reset filters',
    keyboardHint: '↑↓ / j k to move',
    loading: 'Loading articles…',
    loadFailed: 'The articles could not be loaded (see the notice above). Retry, or use “Add files…” to load your own.',
    measures: '{count} measures',
  },
};

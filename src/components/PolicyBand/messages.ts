import type { Messages } from '../../i18n';

export const messages: Messages<
  | 'title'
  | 'label'
  | 'legendTighten'
  | 'legendRelax'
  | 'legendSupport'
  | 'period_week'
  | 'period_month'
  | 'period_quarter'
  | 'cell'
  | 'sentences'
  | 'close'
  | 'more'
  | 'empty'
  | 'openArticle'
  | 'loadingSentence'
  | 'loading'
> = {
  zh: {
    title: '政策方向',
    label: '各{lanes}每{period}收紧与放宽措施的对比；方向键移动，Enter 查看原句',
    legendTighten: '收紧',
    legendRelax: '放宽',
    legendSupport: '保障（另计）',
    period_week: '周',
    period_month: '月',
    period_quarter: '季度',
    cell: '{lane}，{period}：收紧 {tighten}，放宽 {relax}，保障 {support}',
    sentences: '{lane} · {period}',
    close: '关闭',
    more: '另有 {count} 句未列出',
    empty: '当前筛选下没有措施',
    openArticle: '在文章中查看',
    loadingSentence: '正在载入原句…',
    loading: '正在加载文章…',
  },
  en: {
    title: 'Policy direction',
    label: 'Tightening versus relaxing measures per {lanes} and {period}; arrow keys move, Enter lists the sentences',
    legendTighten: 'tighten',
    legendRelax: 'relax',
    legendSupport: 'support (counted apart)',
    period_week: 'week',
    period_month: 'month',
    period_quarter: 'quarter',
    cell: '{lane}, {period}: {tighten} tighten, {relax} relax, {support} support',
    sentences: '{lane} · {period}',
    close: 'Close',
    more: '{count} more sentences not listed',
    empty: 'No measures under the current filters',
    openArticle: 'Open in article',
    loadingSentence: 'Loading the sentence…',
    loading: 'Loading articles…',
  },
};

import type { Messages } from '../../i18n';

export const messages: Messages<
  | 'title'
  | 'subtitle'
  | 'language'
  | 'copyLink'
  | 'copied'
  | 'copyFailed'
  | 'exportCsv'
  | 'exportJson'
  | 'exportHint'
  | 'exporting'
  | 'exportFailed'
  | 'openFiles'
  | 'openFilesHint'
  | 'openFolder'
  | 'openFolderHint'
  | 'imported'
> = {
  zh: {
    title: '疫情防控政策时间线',
    subtitle: '中国新冠疫情防控政策新闻：何时、何地、采取了哪些措施',
    language: '界面语言',
    copyLink: '复制链接',
    copied: '链接已复制',
    copyFailed: '无法自动复制，请手动复制地址栏中的链接',
    exportCsv: '导出 CSV',
    exportJson: '导出 JSON',
    exportHint: '导出当前筛选结果中的文章及其措施',
    exporting: '正在准备导出…',
    exportFailed: '导出失败：无法载入文章全文',
    openFiles: '添加文件…',
    openFilesHint: '添加新闻文本（任意编码）、保存的网页或已解析的 JSON；也可拖放到页面上',
    openFolder: '添加文件夹…',
    openFolderHint: '导入一个文件夹中的全部新闻文本（.txt）和保存的网页（.html/.htm）',
    imported: '已导入（{count}）',
  },
  en: {
    title: 'COVID-19 policy timeline, China',
    subtitle: 'When and where Chinese news reports epidemic-control measures',
    language: 'Interface language',
    copyLink: 'Copy link',
    copied: 'Link copied',
    copyFailed: 'Could not copy automatically; copy the address bar instead',
    exportCsv: 'Export CSV',
    exportJson: 'Export JSON',
    exportHint: 'Export the filtered articles and their measures',
    exporting: 'Preparing the export…',
    exportFailed: 'Export failed: the article texts could not be loaded',
    openFiles: 'Add files…',
    openFilesHint: 'Add news texts (any encoding), saved web pages or parsed JSON; you can also drop them on the page',
    openFolder: 'Add folder…',
    openFolderHint: 'Import every news text (.txt) and saved page (.html/.htm) in a folder',
    imported: 'Imported ({count})',
  },
};

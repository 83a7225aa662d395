import type { Messages } from '../../i18n';

export const messages: Messages<
  | 'heading'
  | 'close'
  | 'progressLabel'
  | 'progressCount'
  | 'checking'
  | 'cancel'
  | 'summary'
  | 'reportLabel'
  | 'status_imported'
  | 'status_duplicate'
  | 'status_rejected'
  | 'importedOne'
  | 'importedMany'
  | 'duplicatesInFile'
  | 'problemsInFile'
  | 'duplicateOf'
  | 'open'
  | 'reason_empty'
  | 'reason_binary'
  | 'reason_too-large'
  | 'reason_no-chinese'
  | 'reason_no-article-text'
  | 'reason_unsupported-type'
  | 'reason_invalid-collection'
  | 'reason_unreadable'
  | 'reason_cancelled'
  | 'keptCount'
  | 'keptNowhere'
  | 'removeAll'
  | 'removeAllConfirm'
  | 'removeAllYes'
  | 'removeAllNo'
  | 'badge'
  | 'badgeHint'
  | 'removeOne'
  | 'removeOneHint'
  | 'accepts'
  | 'manageAll'
> = {
  zh: {
    heading: '导入文件',
    close: '关闭导入面板',
    progressLabel: '正在导入文件',
    progressCount: '{done} / {total} 个文件',
    checking: '正在与已有文章比对…',
    cancel: '取消',
    summary: '已导入 {imported} 个 · 重复 {duplicate} 个 · 未导入 {rejected} 个',
    reportLabel: '每个文件的导入结果',
    'status_imported': '已导入',
    'status_duplicate': '重复',
    'status_rejected': '未导入',
    importedOne: '“{title}”',
    importedMany: '{count} 篇文章',
    duplicatesInFile: '另有 {count} 篇已存在，未重复导入',
    problemsInFile: '{count} 条记录无法读取：{first}',
    duplicateOf: '与已有文章“{title}”内容相同',
    open: '打开',
    'reason_empty': '空文件',
    'reason_binary': '不是文本文件（二进制内容）',
    'reason_too-large': '文件过大（{size}），每个文件上限为 {limit}',
    'reason_no-chinese': '没有中文文本',
    'reason_no-article-text': '去除网站模板后没有正文',
    'reason_unsupported-type': '不支持的文件类型（可导入 {types}）',
    'reason_invalid-collection': '不是可读取的已解析文章集',
    'reason_unreadable': '无法读取该文件',
    'reason_cancelled': '导入已取消，未读取此文件',
    keptCount: '此浏览器中保存了 {count} 篇导入的文章，仅本浏览器可见。',
    keptNowhere: '此浏览器不允许网页保存数据：导入的文章在重新加载后将不再显示。',
    removeAll: '移除全部导入的文章…',
    removeAllConfirm: '从此浏览器中移除全部 {count} 篇导入的文章？',
    removeAllYes: '全部移除',
    removeAllNo: '保留',
    badge: '导入',
    badgeHint: '你导入的文章，只保存在此浏览器中',
    removeOne: '从此浏览器移除',
    removeOneHint: '移除这篇导入的文章（不影响原文件）',
    manageAll: '全部导入的文章…',
    accepts: '可导入：新闻文本（.txt，任意常见中文编码）、保存的网页（.html/.htm）、已解析的 JSON 文章集；每个文本文件上限 {limit}。',
  },
  en: {
    heading: 'Import files',
    close: 'Close the import panel',
    progressLabel: 'Importing files',
    progressCount: '{done} / {total} files',
    checking: 'Comparing with the articles already here…',
    cancel: 'Cancel',
    summary: '{imported} imported · {duplicate} duplicate · {rejected} not imported',
    reportLabel: 'What happened to each file',
    'status_imported': 'imported',
    'status_duplicate': 'duplicate',
    'status_rejected': 'not imported',
    importedOne: '“{title}”',
    importedMany: '{count} articles',
    duplicatesInFile: '{count} more were already here and were not added again',
    problemsInFile: '{count} record(s) could not be read: {first}',
    duplicateOf: 'same content as “{title}”, already here',
    open: 'Open',
    'reason_empty': 'empty file',
    'reason_binary': 'not a text file (binary content)',
    'reason_too-large': 'too large ({size}); the limit is {limit} per file',
    'reason_no-chinese': 'no Chinese text in it',
    'reason_no-article-text': 'no article text left after removing site boilerplate',
    'reason_unsupported-type': 'unsupported file type (accepted: {types})',
    'reason_invalid-collection': 'not a readable parsed article collection',
    'reason_unreadable': 'the file could not be read',
    'reason_cancelled': 'not read: the import was cancelled',
    keptCount: '{count} imported article(s) are kept in this browser, visible only here.',
    keptNowhere: 'This browser does not let the page keep data: imported articles will be gone after a reload.',
    removeAll: 'Remove all imported articles…',
    removeAllConfirm: 'Remove all {count} imported articles from this browser?',
    removeAllYes: 'Remove all',
    removeAllNo: 'Keep them',
    badge: 'imported',
    badgeHint: 'An article you imported, kept only in this browser',
    removeOne: 'Remove from this browser',
    removeOneHint: 'Remove this imported article (your file is not touched)',
    manageAll: 'All imported articles…',
    accepts: 'Accepted: news text (.txt, any common Chinese encoding), saved web pages (.html/.htm) and parsed JSON collections; up to {limit} per text file.',
  },
};

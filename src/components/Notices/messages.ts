import type { Messages } from '../../i18n';

export const messages: Messages<'dismiss' | 'loadFailed' | 'retry' | 'fileErrors' | 'parsing' | 'notices'> = {
  zh: {
    dismiss: '关闭',
    loadFailed: '无法加载文章数据',
    retry: '重试',
    fileErrors: '{count} 个文件无法读取（其余文件已正常加载）：',
    parsing: '正在解析 {count} 个文件…',
    notices: '提示',
  },
  en: {
    dismiss: 'Dismiss',
    loadFailed: 'The articles could not be loaded',
    retry: 'Retry',
    fileErrors: '{count} file(s) could not be read (the others loaded normally):',
    parsing: 'Parsing {count} file(s)…',
    notices: 'Notices',
  },
};

import type { Lang } from '../../i18n';

export function notKeptMessage(reason: string): Record<Lang, string> {
  return {
    zh: `导入的文章已显示，但无法保存在此浏览器中（${reason}），重新加载页面后将不再显示。`,
    en: `The imported articles are shown but could not be kept in this browser (${reason}); they will be gone after a reload.`,
  };
}

export function notRemovedMessage(reason: string): Record<Lang, string> {
  return {
    zh: `文章已从视图中移除，但无法从浏览器存储中删除（${reason}），重新加载后可能再次出现。`,
    en: `The articles were removed from view but not from this browser's storage (${reason}); they may come back after a reload.`,
  };
}

export function unreadableStoredMessage(count: number): Record<Lang, string> {
  return {
    zh: `此前导入并保存在浏览器中的 ${count} 篇文章无法读取，已跳过。`,
    en: `${count} article(s) imported earlier and kept in this browser could not be read and were skipped.`,
  };
}

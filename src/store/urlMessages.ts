import type { Lang } from '../i18n';
import type { UrlProblem } from './urlState';

/** What a reader of a shared link is told when part of it cannot be used. */
export function describeUrlProblem(problem: UrlProblem): Record<Lang, string> {
  switch (problem.kind) {
    case 'bad-date':
      return {
        zh: `链接中的日期“${problem.value}”无效（应为 YYYY-MM-DD），已忽略该日期筛选。`,
        en: `The link's ${problem.param} date “${problem.value}” is not a valid YYYY-MM-DD date; that date filter was ignored.`,
      };
    case 'bad-range':
      return {
        zh: `链接中的起始日期 ${problem.from} 晚于结束日期 ${problem.to}，已忽略日期范围。`,
        en: `The link's date range starts (${problem.from}) after it ends (${problem.to}); the range was ignored.`,
      };
    case 'bad-region':
      return {
        zh: `链接中的地区代码“${problem.value}”不存在，已显示全部地区。`,
        en: `The link's region code “${problem.value}” is not a known GB/T 2260 code; showing all regions.`,
      };
    case 'bad-category':
      return {
        zh: `链接中的措施类别“${problem.value}”未知，已忽略。`,
        en: `The link's measure category “${problem.value}” is unknown and was ignored.`,
      };
    case 'bad-direction':
      return {
        zh: `链接中的措施方向“${problem.value}”未知，已忽略。`,
        en: `The link's measure direction “${problem.value}” is unknown and was ignored.`,
      };
    case 'bad-measure':
      return {
        zh: `链接中的措施编号“${problem.value}”无效，已忽略。`,
        en: `The link's measure number “${problem.value}” is not valid and was ignored.`,
      };
    case 'bad-value':
      return {
        zh: `链接参数 ${problem.param}=“${problem.value}”无效，已使用默认值。`,
        en: `The link parameter ${problem.param}=“${problem.value}” is not valid; the default was used.`,
      };
  }
}

export function unknownArticleMessage(id: string): Record<Lang, string> {
  return {
    zh: `找不到链接中的文章“${id}”（可能已被移除或链接不完整）。其余视图照常可用。`,
    en: `The article “${id}” in the link was not found (it may have been removed, or the link is incomplete). The rest of the view still works.`,
  };
}

/** An imported article lives only in the browser that imported it. */
export function localArticleMessage(id: string): Record<Lang, string> {
  return {
    zh: `找不到链接中的文章“${id}”。这是用户自行导入的文章，只保存在导入它的浏览器中（也可能已被移除），其他浏览器无法打开。其余视图照常可用。`,
    en: `The article “${id}” in the link was not found. It is an article someone imported themselves, kept only in the browser that imported it (or since removed), so it cannot be opened elsewhere. The rest of the view still works.`,
  };
}

export function unknownMeasureMessage(id: string, index: number): Record<Lang, string> {
  return {
    zh: `文章“${id}”中没有第 ${index + 1} 条措施，已打开文章开头。`,
    en: `The article “${id}” has no measure #${index + 1}; opened the article at the top.`,
  };
}

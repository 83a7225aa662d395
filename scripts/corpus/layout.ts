import type { Day } from './calendar';
import type { Block } from './compose';
import { chineseDate, clockTime, headerDate, isoDate } from './dates';
import { placeOfficialName, type Focus } from './focus';
import type { Random } from './random';
import { UNRELATED_HEADLINES } from './templates';
import { NATIONAL_MEDIA, editorName, landline, personName, website, type Website } from './vocabulary';

/**
 * Puts an article on a page: the header lines a site prints above the story
 * (source, author, timestamp, breadcrumbs), the furniture below it (editor,
 * tags, related links, copyright, ICP number), and blank lines between.
 * The result is a list of lines; `chrome` marks the lines that are not the
 * article itself.
 */

export type PageStyle = 'plain' | 'news-site' | 'portal' | 'repost' | 'gov' | 'magazine';

/** How the header writes the publication date (all of them give the year). */
export type HeaderStyle = 'updated' | 'portal' | 'published' | 'clock-first' | 'gov' | 'bare' | 'media-line' | 'time-label';

export interface PageLine {
  text: string;
  chrome: boolean;
}

export interface PageOptions {
  random: Random;
  style: PageStyle;
  header: HeaderStyle | null;
  published: Day;
  source: string;
  focus: Focus;
  blocks: Block[];
  title: string | null;
  /** Ends the page with a related commentary after 相关推荐 (as reposts do). */
  trailer: string[];
}

export interface Page {
  lines: PageLine[];
  site: Website;
}

const chrome = (text: string): PageLine => ({ text, chrome: true });
const body = (text: string): PageLine => ({ text, chrome: false });
const BLANK: PageLine = { text: '', chrome: true };

function headerLines(style: HeaderStyle, options: PageOptions): PageLine[] {
  const { random, published, source } = options;
  const iso = isoDate(published);
  switch (style) {
    case 'updated':
      return [chrome(`更新时间:${iso} ${clockTime(random, true)}作者:${random.pick(['佚名', personName(random)])}`)];
    case 'portal':
      return [chrome(`来源:${source} 作者:${random.pick([source, personName(random)])} 时间:${iso} 点击:`)];
    case 'published':
      return [chrome(`发布时间：${headerDate(published, random)} ${clockTime(random, false)}　来源：${source}`)];
    case 'clock-first':
      return [chrome(`${iso} ${clockTime(random, random.chance(0.5))} 来源：${source}`)];
    case 'gov':
      return [chrome(`发布日期：${iso} ${clockTime(random, true)}`), chrome(`浏览次数： ${random.int(100, 9000)}`)];
    case 'bare':
      return [chrome(iso)];
    case 'media-line':
      return [chrome(`${source} ${chineseDate(published)} ${clockTime(random, false)}`)];
    case 'time-label':
      return [chrome(`时间：${chineseDate(published)} ${clockTime(random, false)}  来源：${source}  作者：${personName(random)}`)];
  }
}

/** Blocks as lines: paragraphs apart by a blank line (or not), contacts and items one per line. */
function bodyLines(blocks: Block[], random: Random, skipTitle: boolean): PageLine[] {
  const spaced = random.chance(0.75);
  const indent = random.chance(0.25) ? '　　' : '';
  const lines: PageLine[] = [];
  for (const block of blocks) {
    if (skipTitle && block.role === 'title') continue;
    const text = block.role === 'paragraph' || block.role === 'item' ? indent + block.text : block.text;
    lines.push(body(text));
    if (spaced) lines.push(BLANK);
  }
  return lines;
}

function relatedLinks(random: Random): PageLine[] {
  return random.sample(UNRELATED_HEADLINES, random.int(1, 3)).map(chrome);
}

function copyrightLines(site: Website, random: Random): PageLine[] {
  const province = random.pick(['沪', '京', '粤', '浙', '苏', '鲁', '川']);
  return [
    chrome('关于我们    联系我们    网站导航'),
    chrome(`${site.name} ${site.domain}`),
    chrome(random.pick([`版权所有：${site.owner},`, `Copyright © 2020-2022 ${site.domain} All Rights Reserved`, `版权所有 ${site.name}`])),
    chrome(`  ${province}ICP备${random.int(10000000, 19999999)}号`),
    ...(random.chance(0.5) ? [chrome('内容管理开发平台 powered by DedeCms')] : []),
  ];
}

function tagLine(focus: Focus): string {
  const names = [focus.county?.name, focus.prefecture?.short, focus.province?.short].filter(Boolean);
  return `本文标签: ${names.join('  ')}  疫情防控`;
}

export function layoutPage(options: PageOptions): Page {
  const { random, style, title, blocks, focus } = options;
  const site = website(random);
  const header = options.header ? headerLines(options.header, options) : [];
  const lines: PageLine[] = [];
  const titleLine = title ? [body(title), BLANK] : [];

  switch (style) {
    case 'plain':
      lines.push(...titleLine, ...header, ...(header.length ? [BLANK] : []), ...bodyLines(blocks, random, true));
      if (random.chance(0.5)) lines.push(chrome(`责任编辑：${editorName(random)}`));
      break;
    case 'news-site':
      lines.push(...titleLine, ...header, BLANK, ...(title ? [chrome(title), BLANK] : []), ...bodyLines(blocks, random, true));
      lines.push(BLANK, chrome(tagLine(focus)));
      break;
    case 'portal':
      lines.push(...titleLine, ...header, BLANK, ...(title ? [chrome(title), BLANK] : []), ...bodyLines(blocks, random, true));
      lines.push(chrome(`责编:${editorName(random)}`), BLANK, BLANK, chrome('更多新闻可点击上面各栏目'), BLANK);
      lines.push(chrome('    网友评论'), BLANK, chrome('    相关内容'), BLANK);
      lines.push(chrome(`    上一篇:${random.pick(UNRELATED_HEADLINES)}`), chrome(`    下一篇:${random.pick(UNRELATED_HEADLINES)}`));
      lines.push(...copyrightLines(site, random));
      break;
    case 'repost':
      lines.push(...titleLine, BLANK, chrome('(资料图片仅供参考)'), BLANK, ...header, ...bodyLines(blocks, random, true));
      lines.push(chrome('图片版权归原作者所有，如有侵权请联系我们，我们立刻删除。'));
      lines.push(chrome(`${site.name}报料热线：${landline(random)}`), BLANK);
      lines.push(chrome('相关文章'), BLANK, ...relatedLinks(random), BLANK, chrome('你可能会喜欢'), BLANK, chrome('最近更新'), BLANK, chrome('推荐阅读'));
      break;
    case 'gov':
      lines.push(chrome('首页'), chrome('政府信息公开'), chrome('政务服务'), chrome('互动交流'));
      lines.push(chrome('当前位置：首页 > 新闻发布 > 要闻动态'), ...titleLine, ...header, ...bodyLines(blocks, random, true));
      lines.push(chrome('【打印本页】 【关闭窗口】'));
      lines.push(chrome(`主办单位：${placeOfficialName(focus)}人民政府办公室`), chrome(`网站标识码：${random.int(1000000000, 9999999999)}  ${random.pick(['新', '甘', '晋', '豫'])}ICP备${random.int(10000000, 19999999)}号`));
      break;
    case 'magazine':
      lines.push(...header, ...bodyLines(blocks, random, true));
      lines.push(chrome(`责任编辑：${editorName(random)}`));
      lines.push(chrome(`版权所有 ${random.pick(NATIONAL_MEDIA)}杂志社 广播电视节目制作经营许可证:(京)字第0${random.int(1000, 9999)}号 电子邮件: news@example.com`));
      lines.push(chrome(`电话: ${landline(random)} 互联网出版许可证:新出网证(京)字 ${random.int(100, 999)}号 京ICP备${random.int(10000000, 19999999)}号`));
      break;
  }

  if (options.trailer.length > 0) {
    lines.push(BLANK, chrome('相关推荐:'), BLANK, ...options.trailer.flatMap((text) => [chrome(text), BLANK]));
    lines.push(chrome(`${personName(random)} 本文来源：${options.source} 责任编辑：${editorName(random)}`), chrome('相关文章'));
  }
  return { lines, site };
}

/** A page's lines as plain text. */
export function pageText(page: Page): string {
  return page.lines.map((line) => line.text).join('\n');
}

function escapeHtml(text: string, random: Random): string {
  const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return random.chance(0.3) ? escaped.replace(/“/g, '&ldquo;').replace(/”/g, '&rdquo;').replace(/　/g, '&nbsp;&nbsp;') : escaped;
}

/** The page as a saved web page: a head, a navigation bar, the story in <p> elements, a footer. */
export function pageHtml(page: Page, title: string | null, charset: string, random: Random): string {
  const parts: string[] = [
    '<!DOCTYPE html>',
    '<html lang="zh-CN">',
    '<head>',
    `<meta charset="${charset}">`,
    `<title>${escapeHtml(title ?? page.site.name, random)}_${page.site.name}</title>`,
    '<style>body{font-family:"Microsoft YaHei",sans-serif}.content p{text-indent:2em}</style>',
    `<script>var _hmt = _hmt || []; (function(){ var hm = document.createElement("script"); hm.src = "https://${page.site.domain}/hm.js"; })();</script>`,
    '</head>',
    '<body>',
    '<div class="nav"><a href="/">网站首页</a> | <a href="/about">关于我们</a> | <a href="/contact">联系我们</a></div>',
    '<div class="article">',
  ];
  let inContent = false;
  let headline = title !== null;
  for (const line of page.lines) {
    if (line.text.trim() === '') continue;
    if (!line.chrome && !inContent) {
      parts.push('<div class="content">');
      inContent = true;
    }
    if (line.chrome && inContent) {
      parts.push('</div>');
      inContent = false;
    }
    const isHeadline = headline && !line.chrome && line.text === title;
    if (isHeadline) headline = false;
    const tag = isHeadline ? 'h1' : line.chrome ? 'div' : 'p';
    parts.push(`<${tag}>${escapeHtml(line.text, random)}</${tag}>`);
  }
  if (inContent) parts.push('</div>');
  parts.push('</div>', '<!-- footer -->', '</body>', '</html>', '');
  return parts.join('\n');
}

/**
 * Recognises the lines web pages wrap around an article. Every test runs on
 * the Simplified form of a line, so one pattern covers both scripts.
 */

export type LineKind = 'body' | 'boilerplate' | 'metadata' | 'related-header';

/** Source, author, editor and timestamp lines: removed from the body, read for metadata. */
const METADATA = [
  /(?<!图片|图|视频|照片|资料|数据)来源[:：]/,
  /作者[:：]/,
  /责任编辑|责编[:：]|编辑[:：]|审核[:：]|校对[:：]/,
  /(?:更新|发布|发表|录入)时间[:：]?\s*\d/,
  /(?:^|\s)(?:时间|日期)[:：]\s*\d/,
];

const BOILERPLATE = [
  /^(?:上一篇|下一篇|上一条|下一条|上一页|下一页)/,
  /版权所有|版权归|©|copyright/i,
  /ICP[备证]|公网安备|网安备|许可证[:：(（]/,
  /powered by/i,
  /^[(（]?\s*(?:资料图片?|图片|图源|摄影|配图)[^)）]{0,20}仅供参考\s*[)）]?$/,
  /^[(（]\s*(?:资料图|图片来源[^)）]*|图源[^)）]*)\s*[)）]$/,
  /^(?:资料|图片|图源|摄影|图|视频)\s*[|｜]/,
  /^(?:本文)?(?:标签|关键词|关键字|tags?)[:：]/i,
  /^更多(?:新闻|资讯|精彩|内容|信息)/,
  /^点击[:：]?\s*\d*$|^点击(?:查看|进入|阅读|这里)/,
  /报料热线|新闻热线|投稿邮箱|举报电话|举报邮箱|爆料热线/,
  /^(?:网友评论|发表评论|我要评论|评论列表|分享到|分享[:：]|扫一扫)/,
  /^[【\[]?(?:打印本页|关闭窗口|打印|关闭|返回顶部|收藏本页|字号)[】\]]?$/,
  /^(?:https?:\/\/|www\.)\S+$/i,
  /^[\p{Script=Han}\w]{0,16}\s*(?:https?:\/\/)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|cn|net|org|gov|edu)(?:\.cn)?\/?$/iu,
];

const NAVIGATION_WORDS = /关于我们|联系我们|网站导航|网站地图|广告服务|设为首页|加入收藏|免责声明|隐私政策|意见反馈|网站首页/g;

const RELATED_HEADER =
  /^(?:相关文章|相关推荐|相关内容|相关阅读|相关新闻|相关链接|相关报道|延伸阅读|推荐阅读|扩展阅读|你可能会喜欢|你可能感兴趣|猜你喜欢|热门推荐|热点推荐|最近更新|最新推荐|最新文章|热门文章|精彩推荐|热门阅读)\s*[:：]?$/;

/** Metadata lines are label/value lists; a line that goes on into sentences is body text. */
function isMetadataLine(line: string): boolean {
  if (line.length > 120 || /[。！？!?]/.test(line)) return false;
  if ((line.match(/[，,]/g)?.length ?? 0) > 1) return false;
  return METADATA.some((pattern) => pattern.test(line));
}

export function classifyLine(simplified: string): LineKind {
  const line = simplified.trim();
  if (line === '') return 'body';
  if (RELATED_HEADER.test(line)) return 'related-header';
  if (isMetadataLine(line)) return 'metadata';
  if (line.length <= 200 && BOILERPLATE.some((pattern) => pattern.test(line))) return 'boilerplate';
  const navigation = line.match(NAVIGATION_WORDS)?.length ?? 0;
  if (navigation >= 2 || (navigation === 1 && line.length <= 8)) return 'boilerplate';
  return 'body';
}

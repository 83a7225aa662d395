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
  // A bare header timestamp: 2022-11-20 09:41:12, 2022年11月20日 09:41. A date alone without a clock may be a signature.
  /^\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}日?\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?$/,
  /^\d{4}[-/]\d{1,2}[-/]\d{1,2}$/,
  // A reporter line above the story: 澎湃新闻记者 张三, 本报记者 王五 赵六.
  /^[\p{Script=Han}]{0,8}(?:记者|通讯员|撰稿)\s*[\p{Script=Han}·]{2,5}(?:[\s、]+[\p{Script=Han}·]{2,5})*$/u,
];

/** One widget of a page's toolbar; a line made only of these is page furniture. */
const WIDGET = String.raw`[【\[]?\s*(?:打印本页|关闭窗口|打印|关闭|返回顶部|收藏本页|收藏|字号|字体[:：]?\s*(?:大\s*中\s*小|[大中小])?|[大中小](?=\s*[大中小])|举报\s*[/／]\s*反馈|我要举报|举报|纠错|点赞|在看|转发|评论|首页|\+\s*1|阅读|分享)\s*(?:[(（]\s*\d*\s*[)）]|\d+)?\s*[】\]]?`;

const BOILERPLATE = [
  /^(?:上一篇|下一篇|上一条|下一条|上一页|下一页)/,
  // Breadcrumbs: 当前位置：首页 > 新闻中心 > 国内新闻, 首页 > 社会 > 正文.
  /^(?:当前位置|您的位置|你的位置|您现在的位置|你现在的位置|所在位置|位置)\s*[:：]/,
  /^[^。！？，\d]{0,20}(?:\s*(?:>>?|＞|»|›)\s*[^>＞»›。！？，\d]{1,15}){2,}$/,
  /^(?:视频|正在)?加载中/,
  /版权所有|版权归|©|copyright/i,
  /ICP[备证]|公网安备|网安备|许可证[:：(（]/,
  /powered by/i,
  /^[(（]?\s*(?:资料图片?|图片|图源|摄影|配图)[^)）]{0,20}仅供参考\s*[)）]?$/,
  /^[(（]\s*(?:资料图|图片来源[^)）]*|图源[^)）]*)\s*[)）]$/,
  /^(?:资料|图片|图源|摄影|图|视频)\s*[|｜]/,
  /^(?:本文)?(?:标签|关键词|关键字|tags?)[:：]/i,
  /^更多(?:新闻|资讯|精彩|内容|信息)/,
  /^点击[:：]?\s*\d*$|^点击(?:查看|进入|阅读|这里)/,
  /报料热线|新闻热线|投稿邮箱|举报电话|举报邮箱|爆料热线|报料[:：]|爆料[:：]/,
  /^(?:网友评论|发表评论|我要评论|评论列表|分享到|分享至|分享[:：]|扫一扫|分享让更多人看到)/,
  // A row of page widgets: 【打印本页】 【关闭窗口】, 【字体：大 中 小】, 收藏, +1.
  new RegExp(`^(?:${WIDGET}[\\s|｜]*)+$`, 'i'),
  // Disclaimers: 新浪声明：此消息系转载自…, 特别声明：以上内容…, 声明：本文仅代表作者观点…
  /^[\p{Script=Han}]{0,4}声明[:：].*(?:转载|观点|立场|存储|不代表|侵权|仅供参考|授权|真实性)/u,
  /未经(?:授权|许可|允许)[,，]?(?:不得|禁止|严禁)转载|转载请注明|禁止转载|谢绝转载/,
  // App promotions: 打开APP阅读, 打开网易新闻 查看精彩图片, 海量资讯…尽在新浪财经APP.
  /^打开[\p{Script=Han}A-Za-z]{0,8}(?:APP|App|app|客户端|新闻)/u,
  /尽在[\p{Script=Han}A-Za-z]{0,10}(?:APP|App|app|客户端)$|^(?:下载|安装)[\p{Script=Han}A-Za-z]{0,10}(?:APP|App|app|客户端)/u,
  /^返回[\p{Script=Han}]{1,6}[,，]?\s*查看更多$/u,
  /【纠错】/,
  // The wire-story end mark, alone on its line: (完), （完）, 【完】.
  /^[(（【\[]\s*完\s*[)）】\]]$/,
  // A print-edition reference under a People's Daily story: 《 人民日报 》（ 2022年11月30日 04 版）
  /^《\s*[\p{Script=Han}]{2,12}\s*》\s*[(（]\s*\d{4}年\d{1,2}月\d{1,2}日\s*\d{1,3}\s*版\s*[)）]$/u,
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
  if ((navigation >= 2 && line.length <= 200) || (navigation === 1 && line.length <= 8)) return 'boilerplate';
  return 'body';
}

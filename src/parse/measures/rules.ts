import type { MeasureCategory, MeasureDirection } from '../../model';
import { NUMBER_SOURCE } from './numbers';

/**
 * The measure rules, as data. Patterns run on Simplified text.
 *
 * A trigger either carries its own direction (关停 tightens, 复工 relaxes) or is
 * a topic whose direction comes from the cues around it in its clause
 * (`context`: 不再开展全员核酸 relaxes, 暂不进店堂食 tightens). Topic triggers
 * marked `needsAct` only count when the clause also holds a policy act, so that
 * 核酸检测均为阴性 (a test result) or 市场供应整体充足 (a status) is not a measure.
 */
export type TriggerDirection = MeasureDirection | 'context';

export interface TriggerRule {
  pattern: RegExp;
  direction: TriggerDirection;
  /** The policy act a topic trigger needs in its clause, or null when the trigger is an act itself. */
  act: RegExp | null;
  /** Whether the match may sit inside a document title (《…》); only policy documents may. */
  inTitles: boolean;
  /** When set, the act and the cues are read only this many characters either side of the trigger. */
  window: number | null;
  /** Where the act is looked for: the trigger's clause, or its whole sentence. */
  actScope: 'clause' | 'sentence';
}

export interface CategoryRule {
  category: MeasureCategory;
  /** Direction of a context trigger whose clause has no directional cue. */
  fallback: MeasureDirection;
  /** When the clause names a failure (不到位, 困难), it reports a shortcoming, not a measure. */
  problemVeto: boolean;
  /** When the clause counts cases or tells one patient's story, it reports cases, not a measure. */
  caseReportVeto: boolean;
  triggers: TriggerRule[];
}

function trigger(
  source: string,
  direction: TriggerDirection,
  options: { act?: RegExp | boolean; inTitles?: boolean; window?: number; actScope?: 'clause' | 'sentence' } = {},
): TriggerRule {
  const act = options.act === true ? POLICY_ACT : options.act || null;
  return {
    pattern: new RegExp(source, 'gu'),
    direction,
    act,
    inTitles: options.inTitles ?? false,
    window: options.window ?? null,
    actScope: options.actScope ?? 'clause',
  };
}

/** An act that turns a topic word into a measure. */
export const POLICY_ACT =
  /开展|进行|实施|实行|组织|启动|落实|执行|做好|改进|增加|加强|强化|加大|严格|规范|优化|调整|取消|不再|停止|暂停|恢复|要求|一律|必须|需(?!求)|须|应当|全面|统一|安排|提供|保障|确保|采取|推行|开通|设立|禁止|严禁|限制|管控|放开|解除|完成|持有?|查验|登记|劝返|免费|推进|加快|满足|打击|投放|划定|划分|判定|认定|列为|降为|升为|升级|转为|暂不|不得|可以|允许|公布|发布|播放|发放|张贴|悬挂|巡回/u;
const NEEDS_ACT = { act: true } as const;

/** Publicity counts as a measure only when the clause is about the epidemic. */
const EPIDEMIC = /疫情|防疫|防控|新冠|肺炎|病毒|健康|卫生|口罩|疫苗/u;
/** A green channel (绿色通道) is medical care only when the sentence is about treatment. */
const MEDICAL = /就医|就诊|医疗|医院|患者|救治|孕产妇|透析|急救|病人/u;

/** Words naming officials or their failings, for accountability triggers that could also target the public. */
const OFFICIALS =
  /干部|官员|领导|负责人|负责同志|公职人员|党员|书记|局长|主任|县长|市长|区长|镇长|工作人员|责任人|失职|渎职|履职|不力|不作为|监督|落实不到位/u;

/** Risk zones are listed in every bulletin; only designating or changing them is a measure. */
const RISK_ZONE_ACT = /划定|划分|划为|列为|调整为|升为|升级|降为|降级|取消|撤销|解除|不再|判定|认定|严格/u;


const ROUND_NUMBER = '[一二三四Ⅰ-ⅣI]{1,3}';

export const CATEGORY_RULES: readonly CategoryRule[] = [
  {
    category: 'lockdown',
    fallback: 'tighten',
    problemVeto: true,
    caseReportVeto: true,
    triggers: [
      trigger('封控(?!区)|静默管理|“静默”|静默|封闭式管理|封闭管理|足不出户|封城|封村|封楼|封小区|封闭小区|封锁|静态管理|封在家|禁止外出|不得外出|快封|闭环管理', 'tighten'),
      trigger(
        '解封|解除封控|解除封闭|有序放开|有条件地?放开|放开(?!了之)|可以?在小区内[^，。；,;]{0,16}活动|可以?(?:下楼|出门|离开小区|出小区)|恢复正常生活',
        'relax',
      ),
      trigger('[“"]?封[”"]?与[“"]?解[”"]?', 'neutral'),
    ],
  },
  {
    category: 'mass-testing',
    fallback: 'tighten',
    problemVeto: true,
    caseReportVeto: true,
    triggers: [
      trigger(
        '全员核酸(?:检测)?|全民核酸(?:检测)?|大规模核酸(?:检测)?|区域核酸(?:检测)?|核酸筛查|常态化核酸(?:检测)?|核酸检测|核酸采样|抗原检测|检测筛查|应检尽检|愿检尽检|快筛',
        'context',
        NEEDS_ACT,
      ),
    ],
  },
  {
    category: 'quarantine',
    fallback: 'tighten',
    problemVeto: true,
    caseReportVeto: true,
    triggers: [
      trigger('解除(?:居家|集中)?隔离(?![后前])|不再甄别次密接|提前解除(?![后前])', 'relax'),
      trigger(`${NUMBER_SOURCE}天的?(?:集中|居家)?(?:隔离|医学观察)|隔离${NUMBER_SOURCE}天`, 'context'),
      trigger(
        '集中隔离|居家隔离|居家观察|隔离观察|医学观察|居家健康监测|隔离期限?|隔离点|隔离场所|隔离酒店|转运隔离|居家检疫|集中检疫|次密接',
        'context',
        NEEDS_ACT,
      ),
    ],
  },
  {
    category: 'risk-zones',
    fallback: 'neutral',
    problemVeto: true,
    caseReportVeto: false,
    triggers: [
      trigger('(?:高|中|低|中高|高中低|中低)风险(?:地)?区(?:域)?|风险区(?:域)?|风险等级|封控区|管控区|防范区', 'context', { act: RISK_ZONE_ACT, window: 8 }),
    ],
  },
  {
    category: 'contact-tracing',
    fallback: 'tighten',
    problemVeto: true,
    caseReportVeto: true,
    triggers: [
      trigger(
        '流调溯源|流调排查|流调|流行病学调查|(?<!病毒)溯源(?!问题|研究|调查|工作组)|摸排|排查(?!隐患|风险隐患)|追踪密切接触者|判定密切接触者|密切接触者判定|判定密接',
        'context',
      ),
    ],
  },
  {
    category: 'movement',
    fallback: 'tighten',
    problemVeto: true,
    caseReportVeto: true,
    triggers: [
      trigger('阻断交通|交通管控|交通管制|封路|劝返|停运|非必要不[离出进来返前去]', 'tighten'),
      trigger(
        '恢复(?:运营|通行|开行|通航|运行|通车)|复航|恢复[^，。；,;]{0,6}(?:交通|公交|地铁|航班|客运|列车)|解除[^，。；,;]{0,6}(?:交通管制|交通管控|通道管控)',
        'relax',
      ),
      trigger(
        '出入登记|进出登记|进出口人员登记|人员登记|返乡人员|来[\\p{Script=Han}]返[\\p{Script=Han}]人员|返[\\p{Script=Han}]人员|人员流动|健康码|行程码|通行证|卡口|检查站|公共交通|客运|(?<!同)航班|(?:限制|减少|避免|暂停)[^，。；,;]{0,4}出行|出行限制|进京|出京|入境人员',
        'context',
        NEEDS_ACT,
      ),
    ],
  },
  {
    category: 'business',
    fallback: 'neutral',
    problemVeto: true,
    caseReportVeto: false,
    triggers: [
      trigger(
        '停业|歇业|关停|暂停营业|停止营业|暂停营运|停工停产|停工|停产|关闭[^，。；,;]{0,8}(?:场所|网吧|影院|商场|市场|门店|店铺)|限流(?!动)',
        'tighten',
      ),
      trigger(
        '复工复产|复工(?![后前])|复产(?![后前])|复市|恢复营业|恢复[^，。；,;]{0,12}(?:营业|经营)|开业|恢复(?:正常)?生产生活秩序',
        'relax',
      ),
      trigger('堂食', 'context'),
    ],
  },
  {
    category: 'schools',
    fallback: 'neutral',
    problemVeto: true,
    caseReportVeto: false,
    triggers: [
      trigger('停课|封校|停学|延迟开学|推迟开学|延期开学|暂缓开学|暂停线下(?:教学|授课|课程)|线上教学|网课|居家学习', 'tighten'),
      trigger('复课|复学|恢复线下(?:教学|授课|课程)', 'relax'),
      trigger('(?:分批|错峰|陆续|正式|有序|线下|返校)开学', 'relax'),
      trigger('开学(?![后前典])|返校(?![后前])', 'context'),
    ],
  },
  {
    category: 'supplies',
    fallback: 'support',
    problemVeto: true,
    caseReportVeto: false,
    triggers: [
      trigger('保供|保障供应|供应保障|物资保障|民生保障|生活保障|生活服务保障|稳价|保障[^，。；,;]{0,10}供应', 'support'),
      trigger('生活物资|生活必需品|物资供应|市场供应|物流配送|配送|蔬菜包|菜篮子|价格平稳|哄抬物价|团购', 'support', NEEDS_ACT),
    ],
  },
  {
    category: 'medical-care',
    fallback: 'support',
    problemVeto: true,
    caseReportVeto: true,
    triggers: [
      trigger('线上诊疗|线上问诊|互联网诊疗|就医保障|就医需求|看病就医|用药需求|药品保障', 'support'),
      trigger('绿色通道', 'support', { act: MEDICAL, actScope: 'sentence' }),
      trigger('就医|就诊|送医|医疗救治|医疗服务|医疗保障|发热门诊|急诊|透析', 'support', NEEDS_ACT),
      trigger('停诊', 'tighten'),
    ],
  },
  {
    category: 'communication',
    fallback: 'neutral',
    problemVeto: false,
    caseReportVeto: false,
    triggers: [
      trigger(
        '(?:公布|公开|公示|开通|设立|开设|增设)[^，。；,;]{0,20}?(?:电话|热线|信箱)|(?:电话|热线)[^，。；,;]{0,10}?(?:24小时|不断线|有人接听|予以公布)|(?:公布|公开)[^，。；,;]{0,10}?(?:行动轨迹|活动轨迹)',
        'support',
      ),
      trigger('信息发布|发布[^，。；,;]{0,6}信息|信息公开|信息透明', 'neutral', NEEDS_ACT),
      trigger('宣传(?:车|单|条幅|海报|标语)|舆论引导', 'neutral'),
      trigger('(?<!虚假)宣传(?![部司处])|辟谣', 'neutral', { act: EPIDEMIC }),
    ],
  },
  {
    category: 'accountability',
    fallback: 'neutral',
    problemVeto: false,
    caseReportVeto: false,
    triggers: [
      trigger('问责|追责|免职|撤职|停职|诫勉|立案审查|纪律审查|纪检监察|监督执纪', 'neutral'),
      // Liability of the public (瞒报者追究法律责任) is not accountability of officials.
      trigger('处分|约谈|责任追究|追究[^，。；,;]{0,6}责任', 'neutral', { act: OFFICIALS, actScope: 'sentence' }),
    ],
  },
  {
    category: 'apology',
    fallback: 'neutral',
    problemVeto: false,
    caseReportVeto: false,
    triggers: [trigger('道歉|歉意|致歉', 'neutral')],
  },
  {
    category: 'protection',
    fallback: 'neutral',
    problemVeto: true,
    caseReportVeto: false,
    triggers: [
      trigger(
        '(?:佩戴|戴好?|配戴)[^，。；,;]{0,4}口罩|(?:测量?|检测|监测)体温|体温(?:检测|监测|测量|检查)|测温|消毒(?![液剂水片粉柜])|消杀|勤洗手|通风|保持[^，。；,;]{0,6}距离|一米线|不扎堆|不聚集|不串门',
        'context',
      ),
    ],
  },
  {
    category: 'emergency-response',
    fallback: 'tighten',
    problemVeto: false,
    caseReportVeto: false,
    triggers: [
      trigger(`${ROUND_NUMBER}级(?:应急)?响应`, 'context'),
      trigger('(?:成立|组建|设立|建立)[^，。；,;]{0,20}?(?:指挥部|领导小组|工作专班|指挥中心|应急小组)', 'neutral'),
    ],
  },
  {
    category: 'policy-framework',
    fallback: 'neutral',
    problemVeto: false,
    caseReportVeto: false,
    triggers: [
      trigger('二十条|新十条|九不准|优化[^，。；,;]{0,8}防控措施|优化调整', 'relax', { inTitles: true }),
      trigger('防控方案|动态清零|防控指南', 'neutral', { inTitles: true }),
      trigger('层层加码|一刀切|简单化', 'context'),
    ],
  },
  {
    category: 'vaccination',
    fallback: 'support',
    problemVeto: true,
    caseReportVeto: false,
    triggers: [trigger('疫苗接种|接种疫苗|接种新冠疫苗|加强针|加强免疫|接种(?!史|率)', 'support', NEEDS_ACT)],
  },
];

/** Words saying the clause reports a failure rather than a measure. */
export const PROBLEM = /不到位|不充分|不够|不足|不力|困难|漏洞|短板|滞后|缓慢|不及时|未及时|过大|难题|慢$/u;

/**
 * In the trigger's clause: case counts (新增3例, 累计, 无当日, 10名确诊患者),
 * discharges and head counts of people in a state (隔离医学观察75人, 204人已完成,
 * 正在…观察1176人, 已解除隔离) report cases, not measures.
 */
export const CASE_COUNT =
  /[\d零一二两三四五六七八九十]+例|累计|当日|尚有|现有|待排查|出院|\d+[余多]?万?人[。；;！!]?$|\d+[余多]?万?[人名](?:已|正在|在|仍|尚)|\d+名[^，。；,;]{0,8}(?:患者|病例|感染者)|(?:正在|已)[^，。；,;]{0,14}\d+[余多]?万?人|已(?:于[^，。；,;]{0,8})?(?:监测期满)?解除(?:居家|集中)?(?:隔离|医学观察)/u;
/** Anywhere in the sentence: one patient's story (该患者, 案318, 病例10, 女，40岁, 对其进行, 正式…出院). */
export const CASE_STORY =
  /该患者|该病例|个案|案\d|病例\d|感染者\d|[男女][，,、]\s*\d+岁|对其(?:进行|实施|开展)|当事人|(?:已|今日|今天|正式|顺利|陆续|全部)(?:治愈)?出院/u;
/** Inspections and briefings (了解…情况, 考察) describe visits, not measures. */
export const INSPECTION = /了解|考察|调研|察看|视察|听取|探访/u;
/** Open questions and appeals (是否接种, 考虑封锁, 敦促政府) discuss a measure that has not been taken. */
export const QUESTION = /是否|能否|何时|要不要|会不会|考虑|敦促/u;

/** A trigger right after 经 says how a case was found (经排查, 经初步流行病学调查). */
export const FOUND_BY = /(?<![已曾])经(?:初步|过)?$/u;

/** A trigger followed by these is where a case was found (在隔离管控中发现, 为排查来宁人员发现), not a measure. */
export const FOUND_IN = /^[^，。；,;]{0,14}?(?:中|时|后)?(?<!早)(?:发现|检出|查出)/u;

/** A sentence that asks (今年啥时候能解封？) reports no act. */
export const QUESTION_SENTENCE = /(?:[？?]|吗[。！!]?)[”"’」』）)]*$/u;

/**
 * A sentence in the first person singular is a personal post or a quoted
 * opinion (我以为核酸可以不做了). 我市, 我省 and 我们 speak for an authority; 自我 means "self".
 */
export const FIRST_PERSON = /(?<!自)我(?![国省市区县州盟旗乡镇村们党校院局委司厅部办方军])/u;

/** Figures and trends (同比, 复工率, 恢复至疫情前的50%) describe the state of things, not an act. */
export const STATISTIC =
  /同比|环比|回暖|复苏|(?:接近|达到|恢复[至到])[^，。；,;]{0,12}(?:水平|\d|百分之)|(?:复工|复产|开工|复课|复学|开业)率/u;

/**
 * Right after a trigger that carries its own direction: the word names a
 * period, a stage or an indicator (封闭管理期间, 复工以来, 封控第六天, 复工复产率),
 * so the sentence is about something else.
 */
export const MODIFIER_AFTER =
  /^(?:期间|以来|时期|阶段|状态|之初|之前|之后|前|后|计划|草案|率|水平|形势|进度|招聘|的?第[\d一二三四五六七八九十百]+天)/u;

/** Right after a trigger: a lived duration (被静默了30天, 封校了三十三天) is an experience, not an act. */
export const EXPERIENCE_AFTER = /^了[\d零一二两三四五六七八九十百几多]+[个多余]*(?:天|周|星期|月)/u;

/**
 * Right before a lifting trigger: helping others to reopen (助力企业复工复产,
 * 一手抓复工复产) is economic support or a slogan, not the reopening itself.
 */
export const SUPPORT_FRAME = /(?:助力|支持|帮助|扶持|促进|统筹|一手抓|兼顾)[^，。；,;]{0,10}$/u;

/** Right after a restricting trigger: the restriction is being removed (交通管控卡口已经全部拆除). */
export const LIFTED_AFTER = /^[^，。；,;]{0,12}?(?:已经?|全部|均已?|陆续|逐步|予以|正式)*(?:拆除|撤除|撤销|取消|解除)/u;

/** Right before a trigger that carries its own direction: a wish or worry (企业想尽快复工) is not an act. */
export const WISH = /(?:(?<!思)想要?|希望|盼望|期盼|期待|渴望|担心|害怕)[^，。；,;]{0,10}$/u;

/** Right before a restricting trigger: it did not or will not happen (没有停工停业, 不会“封城”). */
export const NEGATED_EVENT = /(?:没有|并未|从未|未曾|不会|未出现)[^，。；,;]{0,8}$/u;

/**
 * Foreign governments and places, plus 该国 and 当地时间, which Chinese news
 * uses only for foreign countries. A measure whose sentence is led by one
 * (印度总理莫迪宣布…, 法国逐步解封) is that country's, not a Chinese measure.
 */
export const FOREIGN_PLACE = new RegExp(
  [
    '美国|英国|法国|德国|意大利|西班牙|葡萄牙|(?<![今昨明当次每前同])日本|韩国|朝鲜(?!族)|印度尼西亚|印尼|印度|俄罗斯|俄联邦|巴西|伊朗|伊拉克',
    '澳大利亚|澳洲|新西兰|加拿大|墨西哥|秘鲁|哥伦比亚|智利|阿根廷|厄瓜多尔|泰国|越南|新加坡|马来西亚|菲律宾|柬埔寨',
    '缅甸|老挝|巴基斯坦|孟加拉|尼泊尔|以色列|土耳其|沙特|阿联酋|埃及|南非|尼日利亚|肯尼亚|埃塞俄比亚|比利时',
    '荷兰|瑞士|瑞典|挪威|丹麦|芬兰|奥地利|希腊|波兰|捷克|匈牙利|爱尔兰|乌克兰|罗马尼亚|哈萨克斯坦|蒙古国|欧盟',
    '欧洲国家|西方国家|欧美国家|一些国家|部分国家|多个国家|许多国家|多国|各国政府|世界卫生组织|世卫组织',
    '该国|当地时间|塞浦路斯|阿曼|义大利|德黑兰|纽约|伦敦|巴黎|东京|首尔|米兰|伦巴第|洛杉矶|加州|华盛顿|柏林|马德里|莫斯科|白宫|特朗普|拜登|约翰逊|马克龙|默克尔|莫迪',
  ].join('|'),
  'u',
);
/** Right before a foreign name: it is where people come from or go to, or a partner (自韩国入境, 赴意大利, 驻美国使馆). */
export const FOREIGN_NOT_ACTOR = /(?:自|从|来|赴|往|对|向|与|同|经|由|驻|到|至|抵达|离开|援助?|支援|在|除|如)$/u;
/** A Chinese authority named in the sentence makes it a Chinese measure whatever else it mentions. */
export const CHINESE_ACTOR =
  /我国|我省|我市|我区|我县|中国政府|国务院|卫健委|卫生健康委|联防联控|指挥部|指挥中心|(?:省|市|区|县|州)(?:政府|委|疾控)/u;

/** A trigger followed by a test result (…核酸检测，结果呈阳性) tells how a case was confirmed, not a measure. */
export const RESULT_AFTER = /^[^。；;]{0,24}?结果(?:均|仍)?(?:呈|为|显示为?)(?:阳性|阴性)(?![后者的证])/u;

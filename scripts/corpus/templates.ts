import type { MeasureCategory, MeasureDirection } from '../../src/model';

/**
 * Sentence templates in the phrasing of Chinese epidemic-control news and
 * notices, in Simplified script. `{slot}`s are filled per article (see
 * slots.ts): {place} the place the article is about, {all} 全市/全区/全省,
 * {recent}/{earlier}/{today}/{soon} dates around the publication day, and so on.
 *
 * A template lists the measures it states (category:direction, in the
 * parser's taxonomy) or none for filler. `from`/`to` keep a sentence inside
 * the period its words belong to: 静默管理 and 奥密克戎 are 2022 words, the
 * 二十条 date from 2022-11-11, 武汉返乡人员 from early 2020.
 */

export interface MeasureTag {
  category: MeasureCategory;
  direction: MeasureDirection;
}

export type TemplateScope = 'local' | 'national' | 'any';

export interface SentenceTemplate {
  text: string;
  measures: MeasureTag[];
  from?: string;
  to?: string;
  scope: TemplateScope;
}

interface Options {
  from?: string;
  to?: string;
  scope?: TemplateScope;
}

const LOCAL_SLOTS = /\{(other|place|placeFull|city|prov|county|street|community|comers|leave|org|gov|all|unitPair|leader|company)\}/;

function tags(spec: string): MeasureTag[] {
  return spec
    .split(/\s+/)
    .filter(Boolean)
    .map((pair) => {
      const [category, direction] = pair.split(':');
      return { category: category as MeasureCategory, direction: direction as MeasureDirection };
    });
}

function m(text: string, spec: string, options: Options = {}): SentenceTemplate {
  return { text, measures: tags(spec), scope: options.scope ?? (LOCAL_SLOTS.test(text) ? 'local' : 'any'), ...dates(options) };
}

function f(text: string, options: Options = {}): SentenceTemplate {
  return m(text, '', options);
}

function dates(options: Options): { from?: string; to?: string } {
  return { ...(options.from ? { from: options.from } : {}), ...(options.to ? { to: options.to } : {}) };
}

const ZERO_COVID = { from: '2020-01-20', to: '2022-12-06' };
const SINCE_2021 = { from: '2021-01-01', to: '2022-12-06' };
const YEAR_2022 = { from: '2022-01-01', to: '2022-12-06' };
const OMICRON_2022 = { from: '2022-03-01', to: '2022-11-10' };
const TWENTY_MEASURES = { from: '2022-11-11' };
const TEN_MEASURES = { from: '2022-12-07' };

export const MEASURE_TEMPLATES: readonly SentenceTemplate[] = [
  // ------------------------------------------------------------ lockdown
  m('自{recent}起，{place}{street}实行封闭式管理，居民原则上足不出户。', 'lockdown:tighten', { from: '2020-02-01', to: '2022-12-06' }),
  m('{org}决定，自{soon}0时起对{place}主城区实行为期{small}天的静默管理。', 'lockdown:tighten', OMICRON_2022),
  m('对{community}等{n}个小区实施封控管理，严格落实“足不出户、上门服务”。', 'lockdown:tighten', SINCE_2021),
  m('{all}所有小区实行封闭管理，每户每两天可安排1名家庭成员外出采购生活必需品。', 'lockdown:tighten', { from: '2020-02-01', to: '2020-04-08' }),
  m('{place}{county}部分区域实行临时性静态管理，暂停人员流动。', 'lockdown:tighten', OMICRON_2022),
  m('即日起，{community}实行封闭式管理，严格进出人员登记、体温检测和车辆消毒。', 'lockdown:tighten protection:tighten', ZERO_COVID),
  m('{place}对{street}实施封控，区域内人员足不出户，实行上门核酸采样。', 'lockdown:tighten', SINCE_2021),
  m('{today}，{org}发布通告，{place}全域实行静默管理，除保障城市运行的人员外，市民非必要不出门。', 'lockdown:tighten', OMICRON_2022),
  m('对确诊病例和无症状感染者所在楼栋实行封控管理，封控期间严格落实“足不出户、上门服务”。', 'lockdown:tighten', SINCE_2021),
  m('{place}城区{big}个居民小区全部实行封闭式管理，严格落实出入登记和体温检测。', 'lockdown:tighten movement:tighten protection:tighten', { from: '2020-02-01', to: '2020-04-30' }),
  m('封控区内实行“区域封闭、足不出户、服务上门”，管控区内实行“人不出区、严禁聚集”。', 'lockdown:tighten', YEAR_2022),
  m('自{recent}起，{place}{n}个无疫情小区有序解封，居民可以在小区内进行非聚集性的个人活动。', 'lockdown:relax', { from: '2020-02-15', to: '2022-12-31' }),
  m('经专家评估，{community}于{recent}解除封控，居民可以下楼活动。', 'lockdown:relax', SINCE_2021),
  m('{place}全域解除静默管理，有序恢复正常生产生活秩序。', 'lockdown:relax business:relax', { from: '2022-03-01', to: '2022-12-31' }),
  m('{recent}，{place}正式解封，城市公交、地铁陆续恢复运营。', 'lockdown:relax movement:relax', ZERO_COVID),
  m('低风险区居民可以出小区，但要做好个人防护、不聚集。', 'lockdown:relax', YEAR_2022),
  m('对连续{small}天无新增感染者的封控小区，有序放开人员流动，逐步恢复正常生活。', 'lockdown:relax', { from: '2021-06-01', to: '2022-12-31' }),
  m('要处理好社会面“管”和“放”、小区“封”与“解”的关系，该管的坚决管住，该放的有序放开。', 'lockdown:relax', { from: '2022-06-01', to: '2022-12-06' }),

  // -------------------------------------------------------- mass testing
  m('{earlier}至{recent}，{place}在主城区开展全员核酸检测，做到应检尽检、不漏一人。', 'mass-testing:tighten', { from: '2020-05-01', to: '2022-12-06' }),
  m('{org}要求，对{county}所有居民每天开展一次核酸筛查。', 'mass-testing:tighten', YEAR_2022),
  m('即日起，进入商超、医院、银行等公共场所须查验{hours}小时核酸检测阴性证明。', 'mass-testing:tighten', YEAR_2022),
  m('{place}将于{soon}起实行常态化核酸检测，重点人群每{small}天检测一次。', 'mass-testing:tighten', { from: '2022-04-15', to: '2022-11-30' }),
  m('对{comers}实行“三天两检”，抵达后须主动进行核酸检测。', 'mass-testing:tighten movement:tighten', YEAR_2022),
  m('{all}启动区域核酸检测，各采样点延长服务时间，确保应检尽检。', 'mass-testing:tighten', { from: '2021-01-01', to: '2022-12-06' }),
  m('组织对重点人群和重点区域开展大规模核酸检测。', 'mass-testing:tighten', { from: '2020-05-01', to: '2022-12-06' }),
  m('对发热病人、密切接触者全部进行核酸检测，做到应检尽检。', 'mass-testing:tighten', { from: '2020-02-01', to: '2020-12-31' }),
  m('没有疫情的地区不再开展全员核酸检测。', 'mass-testing:relax', TWENTY_MEASURES),
  m('自{recent}起，{place}取消常态化核酸检测，公共场所不再查验核酸检测阴性证明。', 'mass-testing:relax', { from: '2022-11-25' }),
  m('除养老院、福利院、医疗机构等特殊场所外，不再要求提供核酸检测阴性证明。', 'mass-testing:relax', TEN_MEASURES),
  m('{place}优化调整核酸检测策略，不再按行政区域开展全员核酸检测，实行愿检尽检。', 'mass-testing:relax policy-framework:relax', TWENTY_MEASURES),
  m('社区核酸采样点逐步撤并，不再组织大规模核酸筛查。', 'mass-testing:relax', TEN_MEASURES),

  // ---------------------------------------------------------- quarantine
  m('对密切接触者实行“{qc}天集中隔离+{qh}天{qhome}”管理措施。', 'quarantine:tighten', ZERO_COVID),
  m('对{variant}感染者的密切接触者一律实行集中隔离医学观察。', 'quarantine:tighten', ZERO_COVID),
  m('入境人员实施{qc}天集中隔离医学观察加{qh}天居家健康监测。', 'quarantine:tighten', { from: '2020-03-28', to: '2022-12-31' }),
  m('来自中高风险地区的人员须进行{qc}天集中隔离。', 'quarantine:tighten', { from: '2020-03-01', to: '2022-11-10' }),
  m('对武汉返乡人员严格实行14天居家隔离观察，由社区专人每日上门测量体温。', 'quarantine:tighten', { from: '2020-01-23', to: '2020-03-31' }),
  m('{place}设立集中隔离点{small}处，储备隔离房间{big}间。', 'quarantine:tighten', ZERO_COVID),
  m('对无居家独立隔离条件的，统一送往指定集中隔离点进行医学观察。', 'quarantine:tighten', { from: '2020-01-23', to: '2022-12-06' }),
  m('密接人员的隔离期限由7天集中隔离缩短为5天集中隔离加3天居家隔离。', 'quarantine:relax', TWENTY_MEASURES),
  m('不再判定次密接，对目前正在隔离的次密接人员解除隔离。', 'quarantine:relax', TWENTY_MEASURES),
  m('集中隔离满5天的密接人员转为3天居家隔离。', 'quarantine:relax', TWENTY_MEASURES),
  m('入境人员集中隔离期限由14天缩短为7天。', 'quarantine:relax', { from: '2022-06-28', to: '2022-12-31' }),
  m('{recent}起，{community}集中隔离人员经检测合格后全部解除隔离。', 'quarantine:relax', ZERO_COVID),
  m('无症状感染者和轻型病例可以采取居家隔离，也可以自愿选择集中隔离收治。', 'quarantine:relax', TEN_MEASURES),

  // ---------------------------------------------------------- risk zones
  m('{org}将{community}划定为高风险区，实行“足不出户、上门服务”。', 'risk-zones:tighten lockdown:tighten', { from: '2021-01-01', to: '2022-12-06' }),
  m('{place}将{county}{street}列为中风险区。', 'risk-zones:tighten', { from: '2021-01-01', to: '2022-11-10' }),
  m('{recent}，{place}{county}{street}调整为高风险区。', 'risk-zones:tighten', { from: '2021-01-01', to: '2022-12-06' }),
  m('要科学精准划定封控区、管控区和防范区，动态调整管控范围。', 'risk-zones:tighten', YEAR_2022),
  m('自{recent}起，{place}{n}个高风险区降为低风险区。', 'risk-zones:relax', { from: '2021-01-01', to: '2022-12-06' }),
  m('已经划定的中风险区取消，不再划定中风险区。', 'risk-zones:relax', TWENTY_MEASURES),
  m('连续{small}天未发现新增感染者的高风险区降为低风险区。', 'risk-zones:relax', TWENTY_MEASURES),
  m('经评估，{place}风险等级调整为低风险。', 'risk-zones:relax', { from: '2020-02-17', to: '2020-12-31' }),

  // ---------------------------------------------------- contact tracing
  m('疾控部门第一时间开展流调溯源，全力追踪密切接触者。', 'contact-tracing:tighten', ZERO_COVID),
  m('公安、卫健、工信等部门联合开展摸排，对重点人员逐一进行排查。', 'contact-tracing:tighten', ZERO_COVID),
  m('加强流调排查，做到早发现、早报告、早隔离、早治疗。', 'contact-tracing:tighten', ZERO_COVID),
  m('{place}组织{big}余名流调人员开展流行病学调查，及时判定密切接触者。', 'contact-tracing:tighten', { from: '2020-06-01', to: '2022-12-06' }),
  m('乡村两级逐户逐人进行地毯式摸排，确保不漏一户、不漏一人。', 'contact-tracing:tighten', { from: '2020-01-23', to: '2021-12-31' }),

  // ------------------------------------------------------------ movement
  m('{place}各高速公路出口设立检查站，对{comers}查验健康码和行程卡。', 'movement:tighten', { from: '2020-03-01', to: '2022-11-30' }),
  m('倡导市民非必要不{leave}，确需{leave}的须持{hours}小时内核酸检测阴性证明。', 'movement:tighten mass-testing:tighten', SINCE_2021),
  m('暂停{place}往返中高风险地区的长途客运班线。', 'movement:tighten', { from: '2020-06-01', to: '2022-12-06' }),
  m('对未经批准擅自离开的人员依法依规处理，严格实行出入登记。', 'movement:tighten', ZERO_COVID),
  m('{all}城市公交、地铁、轮渡、长途客运暂停运营。', 'movement:tighten', { from: '2020-01-23', to: '2020-03-31' }),
  m('对中高风险地区{comers}一律实行劝返。', 'movement:tighten', { from: '2020-03-01', to: '2022-11-10' }),
  m('{recent}起，{place}恢复城市公共交通运营。', 'movement:relax', ZERO_COVID),
  m('跨地区流动人员不再查验核酸检测阴性证明和健康码，不再开展落地检。', 'movement:relax mass-testing:relax', TEN_MEASURES),
  m('取消所有公路防疫检查站，恢复正常通行秩序。', 'movement:relax', TWENTY_MEASURES),
  m('{recent}，{place}至周边城市的省际客运班线恢复运营。', 'movement:relax', ZERO_COVID),
  m('乘坐公共交通工具不再查验健康码，取消落地检。', 'movement:relax', TEN_MEASURES),

  // ------------------------------------------------------------ business
  m('{all}KTV、网吧、电影院、健身房等密闭场所暂停营业。', 'business:tighten', ZERO_COVID),
  m('餐饮单位暂停堂食，可提供外卖服务。', 'business:tighten', ZERO_COVID),
  m('依法关停网吧、浴室、饭店、娱乐场所等{big}余家。', 'business:tighten', { from: '2020-01-23', to: '2020-04-30' }),
  m('除超市、农贸市场、药店等保障基本生活的场所外，其他商业场所一律停业。', 'business:tighten', ZERO_COVID),
  m('{all}建筑工地一律停工，外来施工人员实行闭环管理。', 'business:tighten lockdown:tighten', SINCE_2021),
  m('{recent}起，商场、超市、农贸市场等有序恢复营业。', 'business:relax', ZERO_COVID),
  m('餐饮门店恢复堂食，但须控制就餐人数。', 'business:relax', { from: '2020-03-01' }),
  m('{all}规上工业企业有序复工复产，复工人员须持健康证明上岗。', 'business:relax', { from: '2020-02-10', to: '2020-06-30' }),
  m('低风险区内的小商超、小餐饮、银行等业态，在严格落实防控措施的前提下开业。', 'business:relax', YEAR_2022),

  // ------------------------------------------------------------- schools
  m('{all}中小学、幼儿园暂停线下教学，实行线上教学。', 'schools:tighten', ZERO_COVID),
  m('{place}各高校实行封校管理，学生非必要不出校。', 'schools:tighten movement:tighten', SINCE_2021),
  m('{place}中小学延迟开学，具体开学时间另行通知。', 'schools:tighten', { from: '2020-01-27', to: '2020-04-30' }),
  m('{county}中小学停课，学生居家学习。', 'schools:tighten', ZERO_COVID),
  m('{recent}起，{all}中小学分批错峰开学。', 'schools:relax', { from: '2020-03-15' }),
  m('高三年级学生率先复课，其他年级视情况分批返校。', 'schools:relax', { from: '2020-03-15', to: '2022-12-31' }),
  m('{place}中小学将于{soon}起恢复线下教学。', 'schools:relax', { from: '2020-04-01' }),
  m('各高校分批安排学生返校开学。', 'schools:relax', { from: '2020-04-15' }),

  // ------------------------------------------------------------ supplies
  m('{place}建立生活物资保供专班，确保米面粮油、蔬菜肉蛋等生活必需品供应。', 'supplies:support', ZERO_COVID),
  m('组织商超开展线上下单、无接触配送，保障封控区居民生活物资供应。', 'supplies:support', SINCE_2021),
  m('依法严厉打击哄抬物价、囤积居奇等违法行为，确保市场价格平稳。', 'supplies:support', ZERO_COVID),
  m('实行“源头采购、集中分拣、末端配送”物资保障供应配送体系。', 'supplies:support', SINCE_2021),
  m('{company}作为城市生活物资应急保供单位，负责区域内蔬菜等物资闭环配送工作。', 'supplies:support', SINCE_2021),
  m('社区工作人员和志愿者为居民提供代购代送服务，打通配送“最后一米”。', 'supplies:support', ZERO_COVID),
  m('向封控小区居民免费发放蔬菜包{big}余份。', 'supplies:support', SINCE_2021),
  m('要做好重要民生商品储备、生活必需品市场供应、物流配送等工作。', 'supplies:support'),

  // -------------------------------------------------------- medical care
  m('开通就医绿色通道，保障孕产妇、透析患者等特殊群体就医需求。', 'medical-care:support', ZERO_COVID),
  m('组建专家线上诊疗团队，为有就医需求的居民提供线上问诊服务。', 'medical-care:support', { from: '2020-02-01' }),
  m('发热门诊实行24小时接诊，保障群众看病就医。', 'medical-care:support'),
  m('要全力保障群众基本医疗需求，做好老年人、孕产妇等特殊群体的就医保障。', 'medical-care:support'),

  // ------------------------------------------------------- communication
  m('{place}公布{unitPair}两级24小时疫情防控服务热线，确保群众诉求有人接听。', 'communication:support', ZERO_COVID),
  m('现将{all}党政主要负责同志的联系电话予以公布。', 'communication:support', ZERO_COVID),
  m('要及时准确发布疫情信息，加强舆论引导。', 'communication:neutral'),
  m('通过电视、网络平台和小喇叭循环播放防疫知识，张贴宣传海报{big}余张。', 'communication:neutral', { from: '2020-01-23', to: '2020-12-31' }),
  m('开通市民热线{phone}，24小时受理群众诉求。', 'communication:support', ZERO_COVID),

  // ------------------------------------------------------ accountability
  m('对{street}党组织书记予以免职处理。', 'accountability:neutral', ZERO_COVID),
  m('{place}纪委监委对防控工作不力的{small}名干部严肃问责。', 'accountability:neutral', ZERO_COVID),
  m('{county}卫健局局长{person}因履职不力被免职。', 'accountability:neutral', ZERO_COVID),
  m('相关问题线索已移交纪检监察部门核查处理。', 'accountability:neutral', ZERO_COVID),
  m('对落实“五包一”工作不力的干部{small}名进行追责问责，其中撤职1人。', 'accountability:neutral', { from: '2020-01-23', to: '2020-04-30' }),
  m('对工作中推诿扯皮、敷衍塞责的，依规依纪严肃追责。', 'accountability:neutral', ZERO_COVID),

  // ------------------------------------------------------------- apology
  m('{gov}就此向广大市民表示深深的歉意。', 'apology:neutral', ZERO_COVID),
  m('{org}新闻发言人在发布会上公开道歉，表示将立行立改。', 'apology:neutral', ZERO_COVID),
  m('社区干部上门逐一解释原因，诚恳道歉。', 'apology:neutral', ZERO_COVID),
  m('对给大家生活带来的不便，我们深表歉意。', 'apology:neutral', ZERO_COVID),

  // ---------------------------------------------------------- protection
  m('进入公共场所须严格落实测温、扫码、戴口罩等防控措施。', 'protection:tighten', { from: '2020-02-15', to: '2022-12-06' }),
  m('小区工作人员将加强清洁消毒，对人员活动区域每天至少进行{small}次消毒。', 'protection:tighten', ZERO_COVID),
  m('倡导市民不聚集、不扎堆、不串门，外出时佩戴口罩。', 'protection:neutral'),
  m('各类公共场所要严格落实通风、消毒、测温等措施。', 'protection:tighten', ZERO_COVID),
  m('所有小区门禁出入口坚决落实必须检测体温、必须戴口罩、必须消毒“三个必须”。', 'protection:tighten', { from: '2020-01-23', to: '2020-04-30' }),

  // -------------------------------------------------- emergency response
  m('{prov}启动重大突发公共卫生事件一级响应。', 'emergency-response:tighten', { from: '2020-01-23', to: '2020-01-31' }),
  m('{prov}将重大突发公共卫生事件一级响应调整为二级响应。', 'emergency-response:relax', { from: '2020-02-24', to: '2020-05-10' }),
  m('{place}第一时间成立疫情防控指挥部，统筹推进各项防控工作。', 'emergency-response:neutral', ZERO_COVID),
  m('{place}成立整治“层层加码”工作专班，畅通群众反映问题渠道。', 'emergency-response:neutral policy-framework:relax', TWENTY_MEASURES),

  // ---------------------------------------------------- policy framework
  m('{place}坚决落实进一步优化防控工作的二十条措施，不折不扣执行国家统一的防控政策。', 'policy-framework:relax', TWENTY_MEASURES),
  m('严禁随意封校停课、停工停产、未经批准阻断交通、随意采取“静默”管理。', 'lockdown:relax schools:relax business:relax movement:relax', TWENTY_MEASURES),
  m('要坚决反对和克服疫情防控中的形式主义、官僚主义，防止和纠正“层层加码”“一刀切”等问题。', 'policy-framework:relax', { from: '2020-03-01' }),
  m('严格执行国家第九版防控方案和“九不准”要求。', 'policy-framework:relax', { from: '2022-07-01', to: '2022-12-06' }),
  m('坚持“动态清零”总方针不动摇，以快制快、以快制胜。', 'policy-framework:neutral', { from: '2021-08-15', to: '2022-11-30' }),
  m('按照“乙类乙管”要求，不再对新冠病毒感染者实行集中隔离。', 'quarantine:relax', { from: '2022-12-27' }),

  // ---------------------------------------------------------- vaccination
  m('{place}有序推进新冠疫苗接种工作，重点做好60岁以上老年人加强针接种。', 'vaccination:support', { from: '2021-08-15' }),
  m('各接种点延长服务时间，为群众提供疫苗接种服务。', 'vaccination:support', { from: '2021-01-01' }),
  m('要加快推进老年人新冠疫苗接种，做到应接尽接。', 'vaccination:support', { from: '2021-03-01' }),

  // ---------------------------------------------- more phrasing, some of it hard to read
  m('{all}各类文化娱乐场所一律暂停营业，各类聚集性活动一律取消。', 'business:tighten', { from: '2020-01-23', to: '2020-03-31' }),
  m('{all}各类企业延迟复工，复工时间不早于{soon}24时。', 'business:tighten', { from: '2020-01-25', to: '2020-02-20' }),
  m('所有进入公共场所的人员一律佩戴口罩，拒不配合的劝其离开。', 'protection:tighten', { from: '2020-01-24', to: '2022-12-06' }),
  m('{all}公共交通暂停运营，出租车、网约车一律停运。', 'movement:tighten', { from: '2020-01-23', to: '2022-12-06' }),
  m('实行“一人一码”管理，居民凭健康码通行。', 'movement:tighten', { from: '2020-02-15', to: '2022-12-06' }),
  m('{all}暂停跨省团队旅游及“机票+酒店”业务。', 'business:tighten', { from: '2020-06-01', to: '2022-12-06' }),
  m('景区实行“限量、预约、错峰”，接待游客量不超过最大承载量的75%。', 'business:tighten', { from: '2020-03-15', to: '2022-12-06' }),
  m('{place}实行两轮核酸筛查，分区分批实施。', 'mass-testing:tighten', YEAR_2022),
  m('封控区实行“7天封闭管理”，管控区实行“7天居家健康监测”。', 'lockdown:tighten risk-zones:tighten', { from: '2022-06-28', to: '2022-11-10' }),
  m('非高风险区不得限制人员流动，不得停工、停产、停业。', 'movement:relax business:relax', TEN_MEASURES),
  m('{recent}起，{place}公共场所取消扫码查验。', 'movement:relax', TEN_MEASURES),
  m('12月13日0时起，“通信行程卡”服务正式下线。', 'movement:relax', { from: '2022-12-13' }),
  m('“通信行程卡”取消“星号”标记，只显示到达城市。', 'movement:relax', { from: '2022-06-29', to: '2022-12-12' }),
  m('对高风险岗位从业人员实行闭环管理，每天开展一次核酸检测。', 'lockdown:tighten mass-testing:tighten', YEAR_2022),
  m('校外培训机构暂停线下培训。', 'schools:tighten', { from: '2020-01-27', to: '2022-12-06' }),
  m('为封控区内的老人、孕妇等特殊群体建立“一人一档”，提供上门服务。', 'medical-care:support', YEAR_2022),
  m('开通心理援助热线，为居民提供心理疏导服务。', 'communication:support', { from: '2020-02-01' }),
  m('{place}启动3至11岁人群新冠病毒疫苗接种。', 'vaccination:support', { from: '2021-10-24' }),
  m('{place}启动Ⅱ级应急响应。', 'emergency-response:tighten', { from: '2021-01-01', to: '2022-12-06' }),
  m('广大市民要增强自我防护意识，科学佩戴口罩。', 'protection:neutral', { from: '2020-01-24' }),
  m('对{recent}以来有{other}旅居史的人员，一律实行“三天两检”。', 'mass-testing:tighten', { from: '2021-06-01', to: '2022-12-06' }),
  m('近期，{other}发生本土聚集性疫情，{place}提醒市民非必要不前往。', 'movement:tighten', { from: '2020-06-01', to: '2022-12-06' }),
  // ----------------------------------------------- after the new ten measures (2022-12-07)
  m('{place}中小学有序恢复线下教学，学生返校不再查验核酸检测阴性证明。', 'schools:relax mass-testing:relax', TEN_MEASURES),
  m('各级医疗机构要扩充发热门诊，做到“应设尽设、应开尽开”，保障群众就医需求。', 'medical-care:support', TEN_MEASURES),
  m('{place}药店退热药、抗原检测试剂实行限量销售，保障群众用药需求。', 'medical-care:support', TEN_MEASURES),
  m('{place}向居民免费发放“健康包”，内含退热药和抗原检测试剂。', 'medical-care:support', TEN_MEASURES),
  m('无症状感染者和轻型病例可以居家自我照护，病情加重的要及时就医。', 'quarantine:relax medical-care:support', TEN_MEASURES),
  m('{all}商场、超市、餐馆等全面恢复正常营业。', 'business:relax', TEN_MEASURES),
  m('自{recent}起，{place}取消入境人员集中隔离。', 'quarantine:relax', { from: '2022-12-27' }),
  m('要重点做好老年人和有基础疾病人群的医疗服务，开展分级分类健康管理。', 'medical-care:support', TEN_MEASURES),
  m('各地要保障好退烧、止咳等药品供应，严厉打击哄抬物价行为。', 'supplies:support', TEN_MEASURES),
  m('{place}养老院、福利院继续实行封闭管理，进入人员须查验核酸检测阴性证明。', 'lockdown:tighten mass-testing:tighten', TEN_MEASURES),
  m('{place}各类大型活动有序恢复举办。', 'business:relax', TEN_MEASURES),
  m('机关企事业单位不得要求员工提供核酸检测阴性证明。', 'mass-testing:relax', TEN_MEASURES),
];

export const FILLER_TEMPLATES: readonly SentenceTemplate[] = [
  f('当前，{place}疫情防控形势依然严峻复杂，防控工作进入关键阶段。', ZERO_COVID),
  f('疫情发生以来，广大市民朋友充分理解、积极配合，给予疫情防控工作有力支持。', ZERO_COVID),
  f('截至{recent}24时，{place}现有本土确诊病例{n}例、无症状感染者{big}例。', { from: '2020-04-01', to: '2022-12-13' }),
  f('{recent}0—24时，{prov}新增本土确诊病例{small}例，新增本土无症状感染者{n}例。', { from: '2020-04-01', to: '2022-12-13' }),
  f('会议指出，要坚持人民至上、生命至上，坚决打赢疫情防控攻坚战。', ZERO_COVID),
  f('{person}强调，疫情防控是对各级党员干部责任担当和组织力、动员力的考验。', ZERO_COVID),
  f('广大医护人员、社区干部、公安干警和志愿者长时间坚守在防疫一线。'),
  f('本轮疫情由{variant}引起，传播速度快、隐匿性强。', { from: '2021-06-01', to: '2022-12-31' }),
  f('据{prov}卫健委通报，{recent}，{place}新增{small}例无症状感染者。', { from: '2020-04-01', to: '2022-12-13' }),
  f('目前，{all}社会面总体平稳，群众生活渐趋正常。'),
  f('专家表示，{variant}具有较强的传播力，公众仍需保持警惕。', { from: '2021-06-01' }),
  f('广大市民要识大体、顾大局，万众一心、众志成城。'),
  f('近日，有网友反映部分小区物资配送不及时、菜品单一。', SINCE_2021),
  f('{today}上午，记者在{community}看到，居民正在有序排队。'),
  f('这是一个形势向好的变化。'),
  f('{place}是{prov}重要的交通枢纽，人员流动性大，防控压力不小。'),
  f('疫情就是命令，防控就是责任。', ZERO_COVID),
  f('当前，{all}疫情防控取得了阶段性成效，但依然存在很多不确定性因素。', ZERO_COVID),
  f('各级领导干部要当好指挥员、战斗员，站位一线、打好头阵。', ZERO_COVID),
  f('{person}表示，下一步将认真梳理群众反映的问题，逐一研究解决。'),
  f('{leader}{person}主持会议并讲话。'),
  f('{company}相关负责人介绍，目前各类商品储备充足。'),
  f('{earlier}，{place}报告首例本土{disease}确诊病例。', ZERO_COVID),
  f('“这几天在家里，社区每天都有人上门服务。”居民王女士说。', SINCE_2021),
  f('会议还研究了其他事项。'),
  f('大家憋得难受的日子就要结束了。', SINCE_2021),
  f('记者注意到，不少市民在社交媒体上留言点赞。'),
  f('目前，相关工作正在有序推进中。'),
  f('截至目前，已累计采样{big}万人次。', { from: '2020-05-01', to: '2022-12-06' }),
  f('{recent}，{place}召开疫情防控工作会议，传达学习上级有关会议精神。', ZERO_COVID),
  f('对违反防疫规定的人员，公安机关将依法追究其法律责任。', ZERO_COVID),
  f('{other}援助{place}的医疗队{n}名队员已全部抵达。', ZERO_COVID),
  f('{recent}，一名从{other}返回的人员核酸检测结果呈阳性。', { from: '2020-06-01', to: '2022-12-06' }),
  f('近期，{place}各医院发热门诊就诊人数明显增加。', TEN_MEASURES),
  f('专家提醒，感染奥密克戎变异株后大多数人症状较轻，不必恐慌。', TEN_MEASURES),
  f('“家里老人已经接种了加强针，心里踏实多了。”市民李先生说。', { from: '2021-10-01' }),
  f('目前，{all}各类生活物资储备充足，价格总体稳定。'),
  f('{place}出现不明原因肺炎病例，卫生部门正在开展调查。', { from: '2019-12-31', to: '2020-01-19' }),
  f('据{place}卫健委通报，目前未发现明显人传人证据。', { from: '2019-12-31', to: '2020-01-19' }),
];

/** Sentences of national reports: the State Council mechanism, national commissions. */
export const NATIONAL_TEMPLATES: readonly SentenceTemplate[] = [
  m('{recent}，国务院联防联控机制综合组发布《关于进一步优化新冠肺炎疫情防控措施 科学精准做好防控工作的通知》，公布进一步优化防控工作的二十条措施。', 'policy-framework:relax', { scope: 'national', from: '2022-11-11' }),
  m('国务院联防联控机制召开新闻发布会，介绍进一步优化疫情防控措施有关情况。', 'policy-framework:relax', { scope: 'national', from: '2022-11-11' }),
  m('国家卫生健康委副主任{person}介绍，各地已经成立了整治“层层加码”工作专班。', 'policy-framework:relax emergency-response:neutral', { scope: 'national', from: '2022-11-11' }),
  m('国务院联防联控机制综合组公布进一步优化落实新冠肺炎疫情防控措施的“新十条”。', 'policy-framework:relax', { scope: 'national', from: '2022-12-07' }),
  m('国务院联防联控机制印发《新型冠状病毒肺炎防控方案（第九版）》。', 'policy-framework:neutral', { scope: 'national', from: '2022-06-28', to: '2022-12-06' }),
  m('国务院联防联控机制要求，各地要严格执行国家统一的防控政策，坚决纠正“层层加码”“一刀切”等做法。', 'policy-framework:relax', { scope: 'national', from: '2020-06-01' }),
  m('国家卫健委要求，各地要规范核酸检测，不得随意扩大核酸检测范围。', 'mass-testing:relax', { scope: 'national', from: '2022-11-11' }),
  m('国家疾控局表示，全国所有县级以上医疗机构要应设尽设发热门诊，保障群众就医需求。', 'medical-care:support', { scope: 'national', from: '2022-12-07' }),
  m('教育部要求，各地各校要严格落实校园疫情防控措施，必要时可以实行线上教学。', 'schools:tighten', { scope: 'national', from: '2020-03-01', to: '2022-12-06' }),
  m('国务院联防联控机制印发通知，要求做好入境人员集中隔离医学观察工作。', 'quarantine:tighten', { scope: 'national', from: '2020-03-28', to: '2022-12-25' }),
  m('交通运输部要求，不得随意阻断交通，严禁擅自设卡拦截。', 'movement:relax', { scope: 'national', from: '2022-04-10' }),
  m('国家发展改革委表示，将全力做好生活必需品保供稳价工作。', 'supplies:support', { scope: 'national' }),
  m('全国新冠病毒疫苗接种工作稳步推进，要加快推进老年人疫苗接种。', 'vaccination:support', { scope: 'national', from: '2021-03-01' }),
  f('国家卫健委发布公告，将{disease}纳入乙类传染病，并采取甲类传染病的预防、控制措施。', { scope: 'national', from: '2020-01-20', to: '2020-02-29' }),
  f('全国疫情防控工作电视电话会议要求，各地要坚持“外防输入、内防反弹”总策略。', { scope: 'national', from: '2020-04-08', to: '2022-12-06' }),
  f('国务院联防联控机制新闻发言人表示，当前全国疫情总体呈现点多、面广、频发的特点。', { scope: 'national', from: '2021-01-01', to: '2022-12-06' }),
  f('国家卫健委每日通报全国疫情情况。', { scope: 'national' }),
  f('{recent}0—24时，31个省（自治区、直辖市）和新疆生产建设兵团报告新增确诊病例{n}例。', { scope: 'national', from: '2020-02-15', to: '2022-12-13' }),
];

/** Section headings of long reports: short lines with no full stop. */
export const HEADINGS = [
  '优化调整措施 纠正“层层加码”',
  '抓早抓小 以快制快',
  '全力保障群众基本生活物资供应',
  '正视问题短板 及时回应群众关切',
  '从严从细落实各项防控措施',
  '精准摸排 不漏一人',
  '组织到位“施实策”',
  '周密部署“求实绩”',
  '多措并举保障民生',
  '守住不发生规模性疫情的底线',
];

/** Headlines of unrelated stories, for a page's related-links box. */
export const UNRELATED_HEADLINES = [
  '割胶机器人让胶农不再“披星戴月”',
  '又美又飒！这位23岁的女飞行员亮相航展',
  '秋收时节稻谷飘香 农民忙收割',
  '多地迎来降温降雨天气',
  '新能源汽车下乡活动启动',
  '这座古镇的夜晚火了',
  '一图读懂个人所得税专项附加扣除',
  '中小学生视力健康调查结果发布',
];

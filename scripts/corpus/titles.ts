import type { MeasureTag } from './templates';

/**
 * Headline patterns, keyed by the article's leading measure
 * (category:direction), plus generic local and national headlines.
 * Same `{slot}`s as the sentence templates.
 */

const BY_MEASURE: Record<string, readonly string[]> = {
  'lockdown:tighten': ['{place}{street}实行封闭管理', '{place}：部分区域实行临时性管控措施', '{place}对{n}个小区实施封控'],
  'lockdown:relax': ['{place}：部分无疫情小区居民可在小区内活动', '{place}有序解封 市民生活逐步恢复', '{place}逐步恢复正常生产生活秩序'],
  'mass-testing:tighten': ['{place}开展新一轮全员核酸检测', '{place}：{all}开展区域核酸检测'],
  'mass-testing:relax': ['{place}不再开展全员核酸检测', '{place}调整核酸检测策略'],
  'quarantine:tighten': ['{place}严格落实集中隔离措施', '{place}：密切接触者一律集中隔离'],
  'quarantine:relax': ['{place}优化调整隔离管控措施', '{place}：部分隔离人员解除隔离'],
  'risk-zones:tighten': ['{place}新增{n}个高风险区', '{place}调整风险区域'],
  'risk-zones:relax': ['{place}{n}个高风险区降为低风险区', '{place}调整风险区域'],
  'supplies:support': ['{place}全力做好生活物资保供', '{place}多措并举保障居民生活物资供应'],
  'apology:neutral': ['{place}道歉：防疫存在短板，全力做好生活保障', '{place}公开道歉：向大家表示深深的歉意'],
  'accountability:neutral': ['{place}{small}名干部因防疫不力被问责', '{place}一社区书记被免职'],
  'schools:tighten': ['{place}中小学暂停线下教学', '{place}中小学延迟开学'],
  'schools:relax': ['{place}中小学分批错峰开学', '{place}学生返校复课'],
  'business:tighten': ['{place}：密闭场所暂停营业', '{place}餐饮单位暂停堂食'],
  'business:relax': ['{place}商场超市有序恢复营业', '{place}餐饮门店恢复堂食'],
  'movement:tighten': ['{place}：非必要不{leave}', '{place}加强进出人员管控'],
  'movement:relax': ['{place}恢复城市公共交通运营', '{place}取消公路防疫检查站'],
  'communication:support': ['{place}公布书记、市长手机号码', '{place}公布24小时服务热线'],
  'policy-framework:relax': ['{place}部署落实优化防控措施', '{person}在{place}疫情防控有关工作会议上强调 处理好管和放、封与解的关系'],
  'medical-care:support': ['{place}开通就医绿色通道', '{place}全力保障群众就医需求'],
  'vaccination:support': ['{place}加快推进老年人疫苗接种'],
  'emergency-response:tighten': ['{prov}启动一级响应'],
};

const GENERIC_LOCAL = [
  '{place}发布关于进一步加强疫情防控工作的通告',
  '{place}召开疫情防控工作会议',
  '{place}疫情防控最新通报',
  '{place}{leader}{person}：坚决打赢疫情防控攻坚战',
  '{place}连续公布几项抗疫新举措',
];

const GENERIC_NATIONAL = [
  '国务院联防联控机制：进一步优化防控措施',
  '多位省级党政“一把手”部署优化防控措施 几个细节值得关注',
  '国家卫健委：坚决纠正“层层加码”',
  '国务院联防联控机制新闻发布会要点',
  '全国疫情防控工作电视电话会议召开',
  '国家卫健委通报全国疫情最新情况',
];

export function titlePatterns(lead: MeasureTag | undefined, national: boolean): readonly string[] {
  if (national) return GENERIC_NATIONAL;
  const specific = lead ? BY_MEASURE[`${lead.category}:${lead.direction}`] : undefined;
  return specific ?? GENERIC_LOCAL;
}

export const GENERIC_LOCAL_TITLES = GENERIC_LOCAL;

import type { MeasureCategory, MeasureDirection } from '../../model';

/**
 * The epidemic-control measures the parser recognises. The list follows the
 * OxCGRT / CoronaNet families (closures, movement, testing, tracing, masks,
 * vaccination, public information, emergency bodies) and adds what Chinese
 * policy news reports that those trackers lack: compound lockdowns (封控, 静默),
 * mass testing as an obligation (全员核酸), risk-zone designation, supply
 * guarantees (保供), corrections of over-enforcement (层层加码), public
 * apologies and the dismissal of officials.
 */
export interface MeasureCategoryInfo {
  id: MeasureCategory;
  zh: string;
  en: string;
  description: string;
}

/** Display order: restrictions on people first, then services, then governance. */
export const MEASURE_CATEGORIES: readonly MeasureCategoryInfo[] = [
  {
    id: 'lockdown',
    zh: '封控',
    en: 'Lockdown',
    description:
      'Confining residents to compounds, buildings or homes (封控, 静默, 封闭式管理, 足不出户, 封城) and lifting it (解封, 有序放开, activity allowed inside the compound).',
  },
  {
    id: 'mass-testing',
    zh: '核酸检测',
    en: 'Mass testing',
    description:
      'Testing imposed on a population (全员核酸, 核酸筛查, required test results) or stopped (不再开展全员核酸).',
  },
  {
    id: 'quarantine',
    zh: '隔离',
    en: 'Quarantine',
    description:
      'Central or home quarantine and health monitoring of contacts (集中隔离, 居家隔离, 次密接), their durations, and release from it (解除隔离, shorter periods).',
  },
  {
    id: 'risk-zones',
    zh: '风险区',
    en: 'Risk zones',
    description: 'Designating, upgrading, downgrading or abolishing high/medium/low-risk areas and control zones.',
  },
  {
    id: 'contact-tracing',
    zh: '流调排查',
    en: 'Contact tracing',
    description: 'Epidemiological investigation and tracing of sources and contacts (流调溯源, 摸排, 排查).',
  },
  {
    id: 'movement',
    zh: '出行管控',
    en: 'Movement',
    description:
      'Traffic control, checkpoints, entry/exit registration, rules for returning travellers and restrictions on leaving or entering a place.',
  },
  {
    id: 'business',
    zh: '停业复工',
    en: 'Business',
    description:
      'Closing businesses and venues (停业, 关停, no dine-in) and reopening them (复工复产, 恢复营业, 开业).',
  },
  {
    id: 'schools',
    zh: '学校',
    en: 'Schools',
    description: 'Suspending classes, closing campuses or moving teaching online, and reopening schools.',
  },
  {
    id: 'supplies',
    zh: '物资保供',
    en: 'Supplies',
    description: 'Guaranteeing daily necessities: supply, delivery, prices (生活物资保供, 配送, 稳价).',
  },
  {
    id: 'medical-care',
    zh: '就医保障',
    en: 'Medical care',
    description: 'Keeping non-COVID medical care reachable: 就医, 绿色通道, online consultations, medicines.',
  },
  {
    id: 'communication',
    zh: '信息发布',
    en: 'Communication',
    description: 'Hotlines and published phone numbers, information releases, publicity campaigns.',
  },
  {
    id: 'accountability',
    zh: '问责',
    en: 'Accountability',
    description: 'Holding officials responsible: 问责, 追责, 免职, 撤职, referral to discipline inspection.',
  },
  {
    id: 'apology',
    zh: '道歉',
    en: 'Apology',
    description: 'Public apologies by authorities (道歉, 歉意).',
  },
  {
    id: 'protection',
    zh: '个人防护',
    en: 'Protection',
    description: 'Masks, temperature checks, disinfection, distancing and no-gathering rules.',
  },
  {
    id: 'emergency-response',
    zh: '应急响应',
    en: 'Emergency response',
    description: 'Emergency response levels (一级响应) and setting up command bodies (指挥部, 领导小组, 工作专班).',
  },
  {
    id: 'policy-framework',
    zh: '防控政策',
    en: 'Policy framework',
    description:
      'National and local rulebooks (防控方案, 二十条, 九不准, 动态清零) and corrections of over-enforcement (层层加码, 一刀切).',
  },
  {
    id: 'vaccination',
    zh: '疫苗接种',
    en: 'Vaccination',
    description: 'Vaccination campaigns and requirements.',
  },
];

const CATEGORY_BY_ID = new Map(MEASURE_CATEGORIES.map((info) => [info.id, info]));

export function categoryInfo(id: MeasureCategory): MeasureCategoryInfo {
  const info = CATEGORY_BY_ID.get(id);
  if (!info) throw new Error(`Unknown measure category: ${id}`);
  return info;
}

/**
 * What a measure does to daily life: `tighten` adds restrictions, `relax`
 * removes them, `support` provides services to people under control, and
 * `neutral` states or organises policy without changing its strictness.
 */
export const MEASURE_DIRECTIONS: readonly { id: MeasureDirection; zh: string; en: string }[] = [
  { id: 'tighten', zh: '收紧', en: 'Tighten' },
  { id: 'relax', zh: '放宽', en: 'Relax' },
  { id: 'support', zh: '保障', en: 'Support' },
  { id: 'neutral', zh: '中性', en: 'Neutral' },
];

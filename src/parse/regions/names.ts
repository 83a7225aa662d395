import type { RegionLevel } from '../../model';

/**
 * Rules that turn official division names into the short forms people write:
 * 新疆维吾尔自治区 → 新疆, 巴音郭楞蒙古自治州 → 巴音郭楞 (巴州), 米东区 → 米东.
 */

/**
 * China's 55 minority nationalities as they appear inside autonomous-region
 * names (a fixed vocabulary, not a division list), plus 各族 (龙胜各族自治县).
 * One-character names are stripped only together with 族.
 */
const NATIONALITIES = [
  '蒙古', '回', '藏', '维吾尔', '苗', '彝', '壮', '布依', '朝鲜', '满', '侗', '瑶', '白', '土家',
  '哈尼', '哈萨克', '傣', '黎', '傈僳', '佤', '畲', '高山', '拉祜', '水', '东乡', '纳西', '景颇',
  '柯尔克孜', '土', '达斡尔', '仫佬', '羌', '布朗', '撒拉', '毛南', '仡佬', '锡伯', '阿昌', '普米',
  '塔吉克', '怒', '乌孜别克', '俄罗斯', '鄂温克', '德昂', '保安', '裕固', '京', '塔塔尔', '独龙',
  '鄂伦春', '赫哲', '门巴', '珞巴', '基诺', '各',
];

const NATIONALITY_SUFFIXES = NATIONALITIES.flatMap((nationality) =>
  nationality.length === 1 ? [`${nationality}族`] : [`${nationality}族`, nationality],
).sort((a, b) => b.length - a.length);

/**
 * Stems that are everyday words, brand or institution names far more often
 * than places (朝阳产业, 新华社, 中山装, 来宾, 白银, 公安局). These regions
 * match only by their official names (朝阳市, 中山市, 公安县).
 */
export const COMMON_WORD_STEMS = new Set([
  '和平', '平安', '光明', '前进', '友好', '东方', '长安', '新华', '红旗', '胜利', '团结', '青山',
  '白云', '城关', '城中', '市中', '新城', '新市', '中山', '朝阳', '大同', '长治', '开封', '三明',
  '白银', '来宾', '安康', '阿里', '日照', '普洱', '安宁', '向阳', '江北', '江南', '河东', '河西',
  '城东', '城西', '城南', '城北', '铁东', '铁西', '市南', '市北', '中原', '新兴', '大方', '安定',
  '太平', '永定', '乐业', '平和', '兴业', '富民', '江城', '高新', '开发', '新区', '石林', '宝山',
  '金山', '南山', '北山', '东山', '西山', '海城', '长寿', '永和', '和顺', '太和', '安化', '通道',
  '宁安', '民和', '互助', '龙华', '黄山', '红河', '山南', '海东', '海西', '海北', '文山', '清河',
  '宏伟', '立山', '新建', '双桥', '兴安', '临夏', '仙居', '全州', '信州', '吉州', '通州', '华州', '公安',
  '东至', '兴隆', '曲江', '振兴', '凤凰', '莲花', '龙泉', '大通', '滨海', '宝塔', '紫金', '东湖', '龙湖',
  '河口', '卧龙', '龙城', '石鼓', '泰和', '松山', '金川', '新民', '建华', '工农', '人民',
]);

/** Whole county-level names that are generic words (城区 of 长治, 晋城, 阳泉…). */
export const GENERIC_COUNTY_NAMES = new Set(['城区', '郊区', '矿区', '东区', '西区', '市辖区']);

export interface ShortForm {
  /** The name without administrative suffix and nationalities, or null when too short to stand alone. */
  stem: string | null;
  /** Compact name for display. */
  display: string;
  autonomous: boolean;
}

function stripNationalities(stem: string): string {
  let rest = stem;
  for (let changed = true; changed; ) {
    changed = false;
    for (const suffix of NATIONALITY_SUFFIXES) {
      if (rest.endsWith(suffix) && rest.length - suffix.length >= 2) {
        rest = rest.slice(0, -suffix.length);
        changed = true;
        break;
      }
    }
  }
  // 东乡族自治县, 鄂温克族自治旗: the place is named after the nationality itself.
  return rest.endsWith('族') && rest.length >= 3 ? rest.slice(0, -1) : rest;
}

const AUTONOMOUS_SUFFIX = /自治(区|州|县|旗)$/;
const SUFFIX_BY_LEVEL: Record<Exclude<RegionLevel, 'country'>, RegExp> = {
  province: /(特别行政区|省|市)$/,
  prefecture: /(地区|盟|市)$/,
  county: /(区|县|市|旗)$/,
};

export function shortFormOf(name: string, level: RegionLevel): ShortForm {
  if (level === 'country') return { stem: name, display: name, autonomous: false };
  const autonomous = AUTONOMOUS_SUFFIX.exec(name);
  if (autonomous) {
    const stem = stripNationalities(name.slice(0, autonomous.index));
    const kind = autonomous[1]!;
    let display = stem;
    if (level === 'prefecture') display = prefectureAbbreviation(stem) ?? `${stem}州`;
    if (level === 'county') display = `${stem}${kind}`;
    return { stem: stem.length >= 2 ? stem : null, display, autonomous: true };
  }
  const suffix = SUFFIX_BY_LEVEL[level].exec(name);
  const stem = suffix ? name.slice(0, suffix.index) : name;
  if (stem.length < 2) return { stem: null, display: name, autonomous: false };
  const keepSuffix = level === 'county' || (level === 'prefecture' && name.endsWith('盟'));
  return { stem, display: keepSuffix ? name : stem, autonomous: false };
}

/**
 * Autonomous prefectures with long transliterated names go by their first
 * character + 州 (巴音郭楞 → 巴州, 博尔塔拉 → 博州, 克孜勒苏 → 克州); short
 * ones by stem + 州 (伊犁州, 昌吉州, 湘西州).
 */
export function prefectureAbbreviation(stem: string): string | null {
  return stem.length >= 4 ? `${stem[0]}州` : null;
}

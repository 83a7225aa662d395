import type { Lang } from '../../i18n';
import type { MeasureCategory } from '../../model';
import type { LaneMode } from '../../store/displaySlice';
import { NATIONAL_LANE, NONE_LANE, OTHER_LANE } from './lanes';
import { regionName } from '../../data/lazy/lazyGazetteer';
import { categoryLabel } from '../../i18n/measureLabels';

const FIXED: Record<string, Record<Lang, string>> = {
  [NATIONAL_LANE]: { zh: '全国', en: 'National' },
  [OTHER_LANE]: { zh: '其他省份', en: 'Other provinces' },
};

const NONE_LABEL: Record<LaneMode, Record<Lang, string>> = {
  province: { zh: '未标地区', en: 'No region' },
  category: { zh: '无措施', en: 'No measures' },
};

export function laneLabel(key: string, mode: LaneMode, lang: Lang): string {
  if (key === NONE_LANE) return NONE_LABEL[mode][lang];
  const fixed = FIXED[key];
  if (fixed) return fixed[lang];
  if (mode === 'category') return categoryLabel(key as MeasureCategory, lang);
  return regionName(key, lang);
}

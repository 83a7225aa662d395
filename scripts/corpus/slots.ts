import { addDays, type Day } from './calendar';
import { chineseDate, diseaseName, isBefore, monthDay, quarantineRule, variantName } from './dates';
import {
  arrivals,
  countyIn,
  leaving,
  placeDisplay,
  placeOfficialName,
  prefectureDisplay,
  provinceDisplay,
  unitWord,
  type Focus,
} from './focus';
import { PROVINCES } from './regions';
import type { Random } from './random';
import { companyName, compoundName, landline, mobileNumber, personName, streetName } from './vocabulary';

/**
 * Fills the `{slot}`s of a template for one article: its place, its dates
 * (recorded, so the manifest can list every date the text mentions) and
 * made-up names and numbers.
 */

export interface SlotContext {
  random: Random;
  focus: Focus;
  published: Day;
  /** Share of mentioned dates written with their year. */
  yearShare: number;
  /** Every date the filled text mentions, in order. */
  mentioned: Day[];
}

function writeDate(context: SlotContext, date: Day): string {
  context.mentioned.push(date);
  return context.random.chance(context.yearShare) ? chineseDate(date) : monthDay(date);
}

function leaderTitle(focus: Focus, random: Random): string {
  const unit = unitWord(focus);
  if (focus.level === 'province') {
    if (unit === '区') return random.pick(['自治区党委书记', '自治区主席']);
    return random.pick([`${unit}委书记`, `${unit}长`]);
  }
  if (unit === '地区') return random.pick(['地委书记', '行署专员']);
  return random.pick([`${unit}委书记`, `${unit}长`]);
}

function organisation(context: SlotContext): string {
  const { random, focus, published } = context;
  const place = placeDisplay(focus, random);
  if (isBefore(published, '2020-02-08')) {
    return `${place}${random.pick(['新型冠状病毒感染的肺炎疫情防控指挥部', '疫情防控指挥部', '疫情防控工作领导小组'])}`;
  }
  return `${place}${random.pick([
    '疫情防控指挥部',
    '疫情防控工作指挥部',
    '新冠肺炎疫情防控工作领导小组',
    '应对新冠肺炎疫情工作领导小组办公室',
    '疫情联防联控领导小组',
  ])}`;
}

function unitPair(focus: Focus): string {
  if (focus.level === 'province') return `${unitWord(focus) === '市' ? '市、区' : '省、市'}`;
  if (focus.level === 'prefecture') return unitWord(focus) === '州' ? '州、县' : '市、区';
  return `${unitWord(focus)}、乡`;
}

/** A city or province other than the focus: where travellers come from, or an outbreak elsewhere. */
function otherPlace(context: SlotContext): string {
  const { random, focus } = context;
  const provinces = PROVINCES.filter((province) => province !== focus.province);
  const province = random.pick(provinces);
  const prefecture = province.prefectures.length > 0 && random.chance(0.6) ? random.pick(province.prefectures) : null;
  return prefecture ? `${province.short}${prefecture.name}` : province.name;
}

function bigNumber(random: Random): string {
  return String(random.pick([random.int(100, 999), random.int(1000, 5000), random.int(20, 99) * 10]));
}

function fill(name: string, context: SlotContext): string | null {
  const { random, focus, published } = context;
  switch (name) {
    case 'place':
      return placeDisplay(focus, random);
    case 'placeFull':
      return placeOfficialName(focus);
    case 'city':
      if (focus.prefecture) return prefectureDisplay(focus.prefecture, random);
      return focus.province ? provinceDisplay(focus.province, random) : '全国';
    case 'prov':
      return provinceDisplay(focus.province ?? random.pick(PROVINCES), random);
    case 'other':
      return otherPlace(context);
    case 'county':
      return countyIn(focus, random)?.name ?? placeDisplay(focus, random);
    case 'comers':
      return arrivals(focus);
    case 'leave':
      return leaving(focus);
    case 'org':
      return organisation(context);
    case 'gov':
      return `${placeOfficialName(focus)}人民政府`;
    case 'all':
      return `全${unitWord(focus)}`;
    case 'unitPair':
      return unitPair(focus);
    case 'leader':
      return leaderTitle(focus, random);
    case 'disease':
      return diseaseName(published, random);
    case 'variant':
      return variantName(published, random);
    case 'recent':
      return writeDate(context, addDays(published, -random.int(1, 4)));
    case 'earlier':
      return writeDate(context, addDays(published, -random.int(5, 12)));
    case 'today':
      return writeDate(context, published);
    case 'soon':
      return writeDate(context, addDays(published, random.int(1, 4)));
    case 'n':
      return String(random.int(2, 30));
    case 'small':
      return String(random.int(2, 7));
    case 'big':
      return bigNumber(random);
    case 'hours':
      return String(random.pick([24, 48, 48, 72]));
    case 'qc':
      return String(quarantineRule(published).central);
    case 'qh':
      return String(quarantineRule(published).home);
    case 'qhome':
      return quarantineRule(published).homeWords;
    case 'community':
      return compoundName(random);
    case 'street':
      return streetName(random);
    case 'company':
      return companyName(random);
    case 'person':
      return personName(random);
    case 'phone':
      return random.chance(0.5) ? mobileNumber(random) : landline(random);
    default:
      return null;
  }
}

export function fillTemplate(text: string, context: SlotContext): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => fill(name, context) ?? whole);
}

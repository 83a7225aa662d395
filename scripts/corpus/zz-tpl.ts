import { parseArticleText } from '../../src/parse/parseArticle';
import { MEASURE_TEMPLATES, NATIONAL_TEMPLATES } from './templates';
import { fillTemplate } from './slots';
import { Random } from './random';
import { PROVINCES } from './regions';
import { parseIso } from './calendar';
let ok = 0, dirOk = 0, total = 0;
for (const t of [...MEASURE_TEMPLATES, ...NATIONAL_TEMPLATES]) {
  if (t.measures.length === 0) continue;
  const random = new Random(5);
  const province = PROVINCES[25]!; const prefecture = province.prefectures[0]!;
  const published = parseIso(t.from ?? '2021-06-01');
  const focus = t.scope === 'national' ? { level: 'country' as const, province: null, prefecture: null, county: null } : { level: 'prefecture' as const, province, prefecture, county: null };
  const sentence = fillTemplate(t.text, { random, focus, published, yearShare: 0, mentioned: [] });
  const out = parseArticleText('x.txt', `${prefecture.name}疫情防控最新消息\n${sentence}`);
  if (!out.ok) continue;
  const found = out.article.measures.map((m) => `${m.category}:${m.direction}`);
  for (const tag of t.measures) {
    total++;
    const hitCat = out.article.measures.some((m) => m.category === tag.category);
    const hitDir = found.includes(`${tag.category}:${tag.direction}`);
    if (hitCat) ok++; if (hitDir) dirOk++;
    if (!hitDir) console.log(hitCat ? 'DIR ' : 'MISS', `${tag.category}:${tag.direction}`, '→', found.join(' '), '|', sentence);
  }
}
console.log('category', ok, '/', total, 'direction', dirOk, '/', total);

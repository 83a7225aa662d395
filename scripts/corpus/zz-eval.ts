import { generateArticle } from './generateArticle';
import { parseArticleBytes } from '../../src/parse/parseArticle';
import { provinceCodeOf } from '../../src/parse/regions/gazetteer';
const N = Number(process.argv[2] ?? 300), seed = Number(process.argv[3] ?? 7), show = process.argv[4] ?? '';
let yw = 0, dateOk = 0, dateDay = 0, datePrec = 0, allDated = 0, allOk = 0, prov = 0, provOk = 0, meas = 0, measOk = 0, fail = 0;
let scriptOk = 0, scriptTotal = 0; const scriptMiss = new Map<string, number>();
const catHit = new Map<string, [number, number]>();
const t = performance.now();
for (let i = 0; i < N; i++) {
  const g = generateArticle(seed, i);
  const out = parseArticleBytes(g.file, g.bytes);
  if (!out.ok) { fail++; console.log('FAIL', g.file, out.error.message); continue; }
  const a = out.article, m = g.manifest;
  const pub = a.published;
  const agrees = pub !== null && m.published.date.startsWith(pub.date);
  if (pub) { allDated++; if (agrees) allOk++; }
  if (m.published.yearWritten) {
    yw++;
    if (agrees) dateOk++;
    if (pub?.date === m.published.date) dateDay++;
    if (pub?.precision === 'day') datePrec++;
    if ((!agrees || pub?.date !== m.published.date) && show.includes('d')) console.log('DATE', g.file, m.published.date, m.published.forms.join(','), '→', pub?.date, pub?.evidence.source, JSON.stringify(pub?.evidence.text));
  }
  scriptTotal++; if (a.script === m.script) scriptOk++; else scriptMiss.set(`${m.script}→${a.script}`, (scriptMiss.get(`${m.script}→${a.script}`) ?? 0) + 1);
  const intended = m.scope === 'national' ? '100000' : m.province!;
  prov++;
  const got = a.primaryRegions[0];
  const gotProv = got === '100000' ? '100000' : got ? provinceCodeOf(got) : null;
  if (gotProv === intended) provOk++;
  else if (show.includes('p')) console.log('PROV', g.file, m.kind, m.pageStyle, intended, m.primaryRegions.join('/'), '→', a.primaryRegions.join('/'), '|', a.title);
  const intendedMeasures = m.measures.reduce((s, x) => s + x.count, 0);
  if (intendedMeasures > 0) {
    meas++;
    if (a.measures.length > 0) measOk++;
    else if (show.includes('m')) console.log('MEAS', g.file, m.kind, JSON.stringify(m.measures), a.text.slice(0, 200));
  }
  for (const x of m.measures) {
    const key = `${x.category}:${x.direction}`;
    const e = catHit.get(key) ?? [0, 0]; e[0]++;
    if (a.measures.some((y) => y.category === x.category)) e[1]++;
    catHit.set(key, e);
  }
}
const pct = (a: number, b: number) => `${a}/${b} = ${(100 * a / b).toFixed(1)}%`;
console.log('parse failures', fail, 'time', (performance.now() - t).toFixed(0), 'ms');
console.log('date (year written) agrees at claimed precision', pct(dateOk, yw), ' exact day', pct(dateDay, yw), ' day precision', pct(datePrec, yw));
console.log('date (all) agrees when given', pct(allOk, allDated), 'given', pct(allDated, N));
console.log('script', pct(scriptOk, scriptTotal), JSON.stringify([...scriptMiss]));
console.log('province', pct(provOk, prov));
console.log('≥1 measure', pct(measOk, meas));
if (show.includes('c')) for (const [k, [n, h]] of [...catHit].sort()) console.log(k.padEnd(32), pct(h, n));

import { SentencePicker } from './sentencePicker';
import { Random } from './random';
import { parseIso } from './calendar';
import { MEASURE_TEMPLATES, FILLER_TEMPLATES } from './templates';
for (const d of ['2020-01-10', '2020-01-25', '2020-02-20', '2020-06-01', '2021-03-01', '2021-09-01', '2022-04-15', '2022-11-20', '2022-12-10', '2022-12-28']) {
  const p = new SentencePicker(new Random(1), parseIso(d), false, 'tighten', []);
  const n = new SentencePicker(new Random(1), parseIso(d), true, 'tighten', []);
  console.log(d, (p as any).measures.length, (p as any).fillers.length, 'national', (n as any).measures.length, (n as any).fillers.length);
}
console.log(MEASURE_TEMPLATES.length, FILLER_TEMPLATES.length);

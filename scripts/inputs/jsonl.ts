import type { RowEntry } from './rowFields';

/** JSON lines: one JSON object per line; blank lines are skipped, any other line that is not an object is a bad row. */
export function readJsonlRows(content: string): RowEntry[] {
  const entries: RowEntry[] = [];
  content.split('\n').forEach((text, index) => {
    if (text.trim() === '') return;
    const line = index + 1;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      entries.push({ line, problem: 'This line is not valid JSON.' });
      return;
    }
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) entries.push({ line, values: value as Record<string, unknown> });
    else entries.push({ line, problem: 'This line is not a JSON object.' });
  });
  return entries;
}

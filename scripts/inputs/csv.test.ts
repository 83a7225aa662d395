import { describe, expect, it } from 'vitest';
import { readCsvRows } from './csv';

describe('readCsvRows', () => {
  it('keeps quoted delimiters, quotes and line breaks, and numbers rows by the line they start on', () => {
    const csv = 'title,text,date\n"兰州, 甘肃","第一段\n\n第二段 ""引号""",2022-11-13\n\n武汉,封控,2020-01-23\n';
    expect(readCsvRows(csv)).toEqual([
      { line: 2, values: { title: '兰州, 甘肃', text: '第一段\n\n第二段 "引号"', date: '2022-11-13' } },
      { line: 6, values: { title: '武汉', text: '封控', date: '2020-01-23' } },
    ]);
  });

  it('drops a byte order mark from the first column name and reads CRLF files', () => {
    const rows = readCsvRows('\uFEFFTitle,Content\r\n上海,"全域\r\n静态管理"\r\n\r\n吉林,封控\r\n');
    expect(rows).toEqual([
      { line: 2, values: { Title: '上海', Content: '全域\r\n静态管理' } },
      { line: 5, values: { Title: '吉林', Content: '封控' } },
    ]);
  });

  it('turns unreadable records and rows with too many fields into bad rows, keeping the rest', () => {
    const csv = ['title,text', 'a,ok', '"b","bad"quote"', 'c,one,two', 'd', 'e,fine', '"f,never closed'].join('\n');
    const rows = readCsvRows(csv);
    expect(rows.filter((row) => 'values' in row)).toEqual([
      { line: 2, values: { title: 'a', text: 'ok' } },
      { line: 5, values: { title: 'd', text: '' } },
      { line: 6, values: { title: 'e', text: 'fine' } },
    ]);
    const problems = rows.filter((row): row is { line: number; problem: string } => 'problem' in row);
    expect(problems.map((row) => row.line)).toEqual([3, 4, 7]);
    expect(problems[1]!.problem).toMatch(/3 fields; the header has 2/);
    expect(problems[2]!.problem).toMatch(/never closed/);
  });

  it('reads tab-separated files and keeps the first of two same-named columns', () => {
    expect(readCsvRows('title\ttext\ttitle\nA\tB\tC\n', '\t')).toEqual([{ line: 2, values: { title: 'A', text: 'B' } }]);
  });

  it('fails for a file without a header', () => {
    expect(() => readCsvRows('')).toThrow(/no header/);
  });
});

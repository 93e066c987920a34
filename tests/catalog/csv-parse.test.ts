import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/core/catalog/csv-parse.ts';

describe('the CSV reader', () => {
  it('keeps quoted commas, doubled quotes and line breaks, and knows the line each record starts on', () => {
    const table = parseCsv('id,text\r\n1,"a, ""b""\r\nsecond line\nthird"\r\n\r\n2,plain\n3,"x"\n', 'f.csv');
    expect(table.header).toEqual(['id', 'text']);
    expect(table.records).toEqual([
      { line: 2, cells: ['1', 'a, "b"\r\nsecond line\nthird'] },
      { line: 6, cells: ['2', 'plain'] },
      { line: 7, cells: ['3', 'x'] },
    ]);
    expect(table.issues).toEqual([]);
  });

  it('reads semicolon and tab separated files as Excel writes them in some locales', () => {
    expect(parseCsv('id;price\n1;"2,50"', 'f.csv').records[0]?.cells).toEqual(['1', '2,50']);
    expect(parseCsv('id\tprice\n1\t2', 'f.csv').records[0]?.cells).toEqual(['1', '2']);
  });

  it('drops an unterminated quoted field with an error, keeping the rows before it', () => {
    const table = parseCsv('id,text\n1,ok\n2,"never closed\n3,lost', 'f.csv');
    expect(table.records.map((r) => r.cells[0])).toEqual(['1']);
    expect(table.issues).toEqual([
      {
        severity: 'error',
        file: 'f.csv',
        line: 3,
        column: 2,
        message:
          'a quoted field opened on line 3 never closes; this row and everything after it are not imported',
      },
    ]);
  });

  it('reports values past the last column and repeated column names', () => {
    const table = parseCsv('id,name,name\n1,a,b,extra\n', 'f.csv');
    expect(table.issues.map((i) => [i.line, i.column, i.message])).toEqual([
      [1, 'name', 'the column "name" appears twice (columns 2 and 3); only the first is read'],
      [
        2,
        4,
        'the row has 4 values but the header has 3 columns; the values past the last column are not imported',
      ],
    ]);
  });
});

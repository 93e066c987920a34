import { describe, expect, it } from 'vitest';
import { formatIssue, importCatalog, importReportCsv } from '../../src/core/catalog/index.ts';
import { parseCsv } from '../../src/core/catalog/csv-parse.ts';
import { bytes } from './files.ts';

describe('the import report', () => {
  const csv = 'id,title,price\nA,"Kettle, steel",-2\nA,Again,3\nB,,=1+1\n';
  const { issues } = importCatalog(bytes(csv), { file: 'shop.csv' });

  it('prints one line per issue as file:line:column: severity: message', () => {
    expect(issues.map(formatIssue)).toEqual([
      'shop.csv:2:price: warning: product A has a negative price (-2)',
      'shop.csv:3: error: duplicate product id "A"; the later one is skipped',
      'shop.csv:4:price: error: price "=1+1" is not a number',
      'shop.csv:4:title: warning: product B has an empty title',
      'shop.csv:4:price: warning: product B has no price; shown as "ask staff"',
    ]);
  });

  it('downloads as CSV that reads back to the same rows, with formulas defused', () => {
    const report = importReportCsv(issues);
    const table = parseCsv(report, 'report.csv');
    expect(table.header).toEqual(['severity', 'file', 'line', 'column', 'path', 'message']);
    expect(table.records.map((r) => r.cells)).toEqual([
      ['warning', 'shop.csv', '2', 'price', '', 'product A has a negative price (-2)'],
      ['error', 'shop.csv', '3', '', '', 'duplicate product id "A"; the later one is skipped'],
      ['error', 'shop.csv', '4', 'price', '', 'price "=1+1" is not a number'],
      ['warning', 'shop.csv', '4', 'title', '', 'product B has an empty title'],
      ['warning', 'shop.csv', '4', 'price', '', 'product B has no price; shown as "ask staff"'],
    ]);
    expect(importReportCsv([{ severity: 'error', file: '=HYPERLINK("x")', message: '@SUM(A1)' }])).toBe(
      'severity,file,line,column,path,message\r\nerror,"\'=HYPERLINK(""x"")",,,,\'@SUM(A1)\r\n',
    );
  });

  it('names the JSON path where a JSON issue has no line', () => {
    expect(formatIssue({ severity: 'error', file: 'a.json', path: 'products[2]', message: 'x' })).toBe(
      'a.json (products[2]): error: x',
    );
  });
});

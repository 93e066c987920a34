import { describe, expect, it } from 'vitest';
import { descriptionsCsv, descriptionsCsvRow } from '../../src/core/assistant/describe/descriptions-csv.ts';
import { csvCell } from '../../src/core/catalog/csv-write.ts';
import { parseCsv } from '../../src/core/catalog/csv-parse.ts';
import { importReportCsv } from '../../src/core/catalog/import-report.ts';

/** Cells a spreadsheet would run as formulas (or use to smuggle one in), as a hostile catalog holds them. */
const FORMULAS = [
  '=HYPERLINK("https://evil.example","open")',
  '+1+cmd|" /C calc"!A0',
  '-2+3',
  '@SUM(A1:A9)',
  '\t=1+1',
  '\r=1+1',
  '  =1+1',
  '\n=1+1',
  '＝1+1',
];
const SAFE = ['Kettle', 'a - b', 'e-mail', '2 = 2', "'quoted"];

/** Every cell of a CSV the kiosk wrote, as a spreadsheet reads it back. */
function cellsOf(csv: string): string[] {
  const table = parseCsv(csv, 'out.csv');
  return [...table.header, ...table.records.flatMap((record) => record.cells)];
}

/** True when a spreadsheet would evaluate the cell (what the apostrophe prevents). */
const runsAsFormula = (cell: string) => /^[\s]*[=+\-@＝＋－＠]/.test(cell) || /^[\t\r]/.test(cell);

describe('CSV files the kiosk writes defuse spreadsheet formulas', () => {
  it('csvCell: every formula start gets an apostrophe; plain text and numbers stay as they are', () => {
    for (const cell of FORMULAS)
      expect(
        runsAsFormula(parseCsv(`h\r\n${csvCell(cell)}\r\n`, 'x').records[0]?.cells[0] ?? ''),
        JSON.stringify(cell),
      ).toBe(false);
    for (const cell of SAFE) expect(csvCell(cell).replace(/^"|"$/g, ''), cell).toBe(cell);
    expect(csvCell(-2)).toBe('-2');
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('\r=1+1')).toBe('"\'\r=1+1"');
  });

  it('the import report (staff download and `aisle catalog validate --report`)', () => {
    const csv = importReportCsv(
      FORMULAS.map((cell) => ({
        severity: 'error',
        file: cell,
        line: 2,
        column: cell,
        path: cell,
        message: cell,
      })),
    );
    const cells = cellsOf(csv);
    expect(cells.filter(runsAsFormula)).toEqual([]);
    // Read back, each cell is the catalog's text behind its apostrophe: nothing lost.
    expect(cells.filter((cell) => FORMULAS.includes(cell.slice(1))).length).toBe(FORMULAS.length * 4);
  });

  it('the descriptions batch (`aisle describe --all --out`), whole and row by row', () => {
    const rows = FORMULAS.map((cell, i) => ({
      id: cell,
      title: `${cell} title`,
      description: i % 2 ? cell : `${cell}\nmore`,
    }));
    expect(cellsOf(descriptionsCsv(rows)).filter(runsAsFormula)).toEqual([]);
    for (const row of rows)
      expect(cellsOf(`id,title,description\r\n${descriptionsCsvRow(row)}`).filter(runsAsFormula)).toEqual([]);
  });
});

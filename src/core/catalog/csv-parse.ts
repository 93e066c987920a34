/**
 * An RFC 4180 CSV reader that remembers the line each record starts on, so every message can point at the
 * row a store owner sees in a text editor, even after quoted fields that span several lines.
 */
import type { ImportIssue } from './types.ts';

export interface CsvRecord {
  /** 1-based line where the record starts. */
  line: number;
  cells: string[];
}

export interface CsvTable {
  delimiter: string;
  /** Column names, trimmed. */
  header: string[];
  records: CsvRecord[];
  issues: ImportIssue[];
}

const DELIMITERS = [',', ';', '\t'];

/** The delimiter that occurs most often on the header line, outside quotes (Excel writes ';' in some locales). */
function detectDelimiter(text: string): string {
  const counts = new Map(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && counts.has(c)) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  let best = ',';
  for (const [d, n] of counts) if (n > (counts.get(best) ?? 0)) best = d;
  return best;
}

/** Splits text into records. Blank lines are skipped; an unterminated quote drops that last record with an error. */
export function parseCsv(text: string, file: string): CsvTable {
  const delimiter = detectDelimiter(text);
  const issues: ImportIssue[] = [];
  const rows: CsvRecord[] = [];
  let cells: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const n = text.length;

  const endRecord = () => {
    cells.push(field);
    field = '';
    if (cells.length > 1 || (cells[0] ?? '').trim() !== '') rows.push({ line: recordLine, cells });
    cells = [];
  };

  while (i < n) {
    const c = text.charAt(i);
    if (c === '"' && field === '') {
      // A quoted field: runs to the next lone quote, across line breaks.
      const startLine = line;
      const startColumn = cells.length + 1;
      i++;
      let closed = false;
      while (i < n) {
        const q = text.charAt(i);
        if (q === '"') {
          if (text.charAt(i + 1) === '"') {
            field += '"';
            i += 2;
            continue;
          }
          closed = true;
          i++;
          break;
        }
        if (q === '\n' || (q === '\r' && text.charAt(i + 1) !== '\n')) line++;
        field += q;
        i++;
      }
      if (!closed) {
        issues.push({
          severity: 'error',
          file,
          line: startLine,
          column: startColumn,
          message: `a quoted field opened on line ${startLine} never closes; this row and everything after it are not imported`,
        });
        return finish();
      }
      // Text between a closing quote and the next delimiter is kept, as spreadsheets do.
      while (i < n && text.charAt(i) !== delimiter && text.charAt(i) !== '\n' && text.charAt(i) !== '\r')
        field += text.charAt(i++);
      continue;
    }
    if (c === delimiter) {
      cells.push(field);
      field = '';
      i++;
    } else if (c === '\n' || c === '\r') {
      endRecord();
      i += c === '\r' && text.charAt(i + 1) === '\n' ? 2 : 1;
      line++;
      recordLine = line;
    } else {
      // Fast path: copy the run of plain characters up to the next special one.
      let j = i + 1;
      while (j < n) {
        const d = text.charAt(j);
        if (d === delimiter || d === '\n' || d === '\r') break;
        j++;
      }
      field += text.slice(i, j);
      i = j;
    }
  }
  if (field !== '' || cells.length > 0) endRecord();
  return finish();

  function finish(): CsvTable {
    const [head, ...records] = rows;
    const header = (head?.cells ?? []).map((name, index) => name.trim() || `Column ${index + 1}`);
    const seen = new Map<string, number>();
    header.forEach((name, index) => {
      const first = seen.get(name);
      if (first === undefined) seen.set(name, index);
      else
        issues.push({
          severity: 'warning',
          file,
          line: head?.line ?? 1,
          column: name,
          message: `the column "${name}" appears twice (columns ${first + 1} and ${index + 1}); only the first is read`,
        });
    });
    for (const record of records)
      if (
        record.cells.length > header.length &&
        record.cells.slice(header.length).some((v) => v.trim() !== '')
      )
        issues.push({
          severity: 'error',
          file,
          line: record.line,
          column: header.length + 1,
          message: `the row has ${record.cells.length} values but the header has ${header.length} columns; the values past the last column are not imported`,
        });
    return { delimiter, header, records, issues };
  }
}

/** Column lookup by header name; the first of duplicate names wins. */
export function columnIndex(header: string[]): Map<string, number> {
  const index = new Map<string, number>();
  header.forEach((name, i) => {
    if (!index.has(name)) index.set(name, i);
  });
  return index;
}

/** Reads cells by column name, trimmed; '' for a column the file lacks or a row too short to reach it. */
export function cellReader(header: string[]): (record: CsvRecord, column: string) => string {
  const index = columnIndex(header);
  return (record, column) => {
    const i = index.get(column);
    return i === undefined ? '' : (record.cells[i] ?? '').trim();
  };
}

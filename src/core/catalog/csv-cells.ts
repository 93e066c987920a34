import type { CsvRecord } from './csv-parse.ts';
import { toNumber } from './field-values.ts';
import type { ImportLog, SourcePlace } from './import-log.ts';

/** Reads one named column of a CSV record. */
export type Cell = (record: CsvRecord, column: string) => string;

/** A record's numeric columns: a value that is not a number is logged at its line and column, and left empty. */
export function recordReaders(record: CsvRecord, cell: Cell, log: ImportLog) {
  const at = (column: string): SourcePlace => ({ line: record.line, column });
  const number = (column: string): number | undefined => {
    const raw = cell(record, column);
    const value = toNumber(raw);
    if (raw !== '' && value === undefined) log.error(`"${raw}" is not a number; left empty`, at(column));
    return value;
  };
  return { at, number };
}

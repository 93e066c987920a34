import { csvCell } from '../../catalog/csv-write.ts';

/** One product's description, as the staff's CSV has it. */
export interface DescriptionRow {
  id: string;
  title: string;
  description: string;
}

/** The header line; CRLF line ends, as spreadsheets expect. */
export const DESCRIPTIONS_CSV_HEADER = 'id,title,description\r\n';

/** One CSV line, line end included. */
export function descriptionsCsvRow(row: DescriptionRow): string {
  return `${[row.id, row.title, row.description].map(csvCell).join(',')}\r\n`;
}

/** A whole descriptions CSV, header first. */
export function descriptionsCsv(rows: readonly DescriptionRow[]): string {
  return DESCRIPTIONS_CSV_HEADER + rows.map(descriptionsCsvRow).join('');
}

/** One product's description, as the staff's CSV has it. */
export interface DescriptionRow {
  id: string;
  title: string;
  description: string;
}

/** The header line; CRLF line ends, as spreadsheets expect. */
export const DESCRIPTIONS_CSV_HEADER = 'id,title,description\r\n';

/**
 * A spreadsheet cell: quoted when it holds a comma, quote or line break, and a leading =, +, - or @
 * defused with an apostrophe, so text from a catalog or the model cannot run as a formula in Excel.
 */
function csvCell(value: string): string {
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV line, line end included. */
export function descriptionsCsvRow(row: DescriptionRow): string {
  return `${[row.id, row.title, row.description].map(csvCell).join(',')}\r\n`;
}

/** A whole descriptions CSV, header first. */
export function descriptionsCsv(rows: readonly DescriptionRow[]): string {
  return DESCRIPTIONS_CSV_HEADER + rows.map(descriptionsCsvRow).join('');
}

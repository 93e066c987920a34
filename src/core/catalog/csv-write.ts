/**
 * A spreadsheet cell: quoted when it holds a comma, quote or line break, and a leading =, +, - or @
 * defused with an apostrophe, so text from a catalog (or a model) cannot run as a formula when staff
 * open the file in Excel.
 */
export function csvCell(value: string | number | undefined): string {
  if (value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

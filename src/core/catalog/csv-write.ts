/**
 * A spreadsheet cell: quoted when it holds a comma, quote or line break, and a formula defused with an
 * apostrophe, so text from a catalog (or a model) cannot run when staff open the file in Excel,
 * LibreOffice or Sheets. A formula is a cell that starts with =, +, -, @, a tab or a carriage return
 * (OWASP's list), also after leading spaces or line feeds (which some importers trim) and in the
 * full-width forms a Chinese keyboard types (＝＋－＠).
 */
const FORMULA_START = /^[\s]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^[\t\r]/;

export function csvCell(value: string | number | undefined): string {
  if (value === undefined) return '';
  let text = String(value);
  // A number the kiosk wrote itself (-2, a count) is data, not a formula.
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

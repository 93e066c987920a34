import { csvCell } from './csv-write.ts';
import type { ImportIssue } from './types.ts';

/** 'file:line:column' as editors and compilers print it, or the JSON path where there is no line. */
function where(issue: ImportIssue): string {
  if (issue.line === undefined)
    return issue.path === undefined ? issue.file : `${issue.file} (${issue.path})`;
  const column = issue.column === undefined ? '' : `:${issue.column}`;
  return `${issue.file}:${issue.line}${column}`;
}

/** One line per issue: `file:line:column: severity: message`. */
export function formatIssue(issue: ImportIssue): string {
  return `${where(issue)}: ${issue.severity}: ${issue.message}`;
}

/** The import report as CSV (with a header row) for staff to download and work through. */
export function importReportCsv(issues: ImportIssue[]): string {
  const rows = [['severity', 'file', 'line', 'column', 'path', 'message'].join(',')];
  for (const issue of issues)
    rows.push(
      [issue.severity, issue.file, issue.line, issue.column, issue.path, issue.message]
        .map(csvCell)
        .join(','),
    );
  return `${rows.join('\r\n')}\r\n`;
}

import type { ReactNode } from 'react';
import { formatIssue, importReportCsv, type ImportResult } from '../../core/catalog/index.ts';
import { useMessages } from '../hooks/use-messages.ts';

/** More than this many issues would make the screen unusable; the downloaded report has them all. */
const SHOWN_ISSUES = 200;

/** Saves the report as a CSV file through a short-lived Blob URL. */
function downloadReport(file: string, result: ImportResult) {
  const blob = new Blob([importReportCsv(result.issues)], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `${file.replace(/\.[^.]*$/, '')}-import-report.csv`;
  link.click();
  // The download has started from the URL by the next task; then it can go.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * What an import made of a file: format, encoding, product count and every issue with its place.
 * `children` are the screen's own actions, shown beside the download.
 */
export function ImportReport({
  file,
  result,
  children,
}: {
  file: string;
  result: ImportResult;
  children?: ReactNode;
}) {
  const t = useMessages();
  const errors = result.issues.filter((issue) => issue.severity === 'error').length;
  const warnings = result.issues.length - errors;
  return (
    <section className="panel" data-testid="catalog.report">
      <h2>{t.report.heading(file)}</h2>
      <dl className="report-facts">
        <dt>{t.report.format}</dt>
        <dd data-testid="catalog.report.format" data-format={result.format}>
          {result.format
            ? t.report.formatName(t.report.formats[result.format], result.format)
            : t.report.unknown}
        </dd>
        <dt>{t.report.encoding}</dt>
        <dd data-testid="catalog.report.encoding">{result.encoding ?? t.report.unknown}</dd>
        <dt>{t.report.products}</dt>
        <dd data-testid="catalog.report.products">{result.catalog.products.length}</dd>
        <dt>{t.report.problems}</dt>
        <dd data-testid="catalog.report.counts">{t.report.counts(errors, warnings)}</dd>
      </dl>
      {result.issues.length > 0 && (
        <ul className="issues">
          {result.issues.slice(0, SHOWN_ISSUES).map((issue, i) => (
            <li key={i} className={`issue issue-${issue.severity}`} data-testid="catalog.issue">
              {formatIssue(issue)}
            </li>
          ))}
        </ul>
      )}
      {result.issues.length > SHOWN_ISSUES && (
        <p className="muted">{t.report.more(result.issues.length - SHOWN_ISSUES)}</p>
      )}
      <div className="button-row">
        {children}
        <button
          type="button"
          onClick={() => downloadReport(file, result)}
          data-testid="catalog.report.download"
        >
          {t.report.download}
        </button>
      </div>
    </section>
  );
}

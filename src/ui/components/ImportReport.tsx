import type { ReactNode } from 'react';
import {
  formatIssue,
  importReportCsv,
  type CatalogFormat,
  type ImportResult,
} from '../../core/catalog/index.ts';

const FORMAT_NAMES: Record<CatalogFormat, string> = {
  'aisle-json': 'Aisle catalog JSON',
  'generic-json': 'JSON product list',
  'json-ld': 'schema.org JSON-LD',
  'shopify-csv': 'Shopify product CSV',
  'woocommerce-csv': 'WooCommerce product CSV',
  'generic-csv': 'CSV product list',
};

/** More than this many issues would make the screen unusable; the downloaded report has them all. */
const SHOWN_ISSUES = 200;

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

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
  const errors = result.issues.filter((issue) => issue.severity === 'error').length;
  const warnings = result.issues.length - errors;
  return (
    <section className="panel" data-testid="catalog.report">
      <h2>Check of {file}</h2>
      <dl className="report-facts">
        <dt>Format</dt>
        <dd data-testid="catalog.report.format" data-format={result.format}>
          {result.format ? `${FORMAT_NAMES[result.format]} (${result.format})` : 'unknown'}
        </dd>
        <dt>Encoding</dt>
        <dd data-testid="catalog.report.encoding">{result.encoding ?? 'unknown'}</dd>
        <dt>Products</dt>
        <dd data-testid="catalog.report.products">{result.catalog.products.length}</dd>
        <dt>Problems</dt>
        <dd data-testid="catalog.report.counts">
          {plural(errors, 'error')}, {plural(warnings, 'warning')}
        </dd>
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
        <p className="muted">
          And {result.issues.length - SHOWN_ISSUES} more: download the report to see them all.
        </p>
      )}
      <div className="button-row">
        {children}
        <button
          type="button"
          onClick={() => downloadReport(file, result)}
          data-testid="catalog.report.download"
        >
          Download report (CSV)
        </button>
      </div>
    </section>
  );
}

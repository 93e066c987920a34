import { writeFile } from 'node:fs/promises';
import {
  catalogStats,
  categoryCounts,
  formatIssue,
  importReportCsv,
  type ImportResult,
} from '../../src/core/catalog/index.ts';
import { readCatalogFile, parseCommandArgs, UsageError } from '../io.ts';

export const catalogHelp = `aisle catalog stats <file> [--mapping m.json]
                               product, variant, category, brand and review counts of a catalog file
  aisle catalog validate <file> [--mapping m.json] [--report report.csv]
                               every import issue as file:line:column: severity: message; exit 1 on errors`;

function parse(args: string[]) {
  return parseCommandArgs(
    {
      args,
      allowPositionals: true,
      options: { mapping: { type: 'string' }, report: { type: 'string' } },
    },
    catalogHelp,
  );
}

function issueCounts(issues: ImportResult['issues']): { errors: number; warnings: number } {
  const errors = issues.filter((i) => i.severity === 'error').length;
  return { errors, warnings: issues.length - errors };
}

export async function catalogCommand(args: string[], out: (line: string) => void): Promise<void> {
  const { values, positionals } = parse(args);
  const [sub, file, extra] = positionals;
  if ((sub !== 'stats' && sub !== 'validate') || file === undefined || extra !== undefined)
    throw new UsageError(`usage: ${catalogHelp}`);
  if (sub === 'stats' && values.report !== undefined)
    throw new UsageError('--report belongs to "aisle catalog validate"');
  const result = await readCatalogFile(file, { mapping: values.mapping });
  if (sub === 'stats') printStats(file, result, out);
  else await validate(result, values.report, out);
}

function printStats(
  file: string,
  { catalog, issues, format, encoding }: ImportResult,
  out: (line: string) => void,
) {
  const stats = catalogStats(catalog);
  out(`${file}`);
  out(`  format:     ${format ?? 'unknown'} (${encoding ?? 'unknown'})`);
  out(`  products:   ${stats.products}`);
  out(`  variants:   ${stats.variants}`);
  out(`  categories: ${stats.categories}`);
  out(`  brands:     ${stats.brands}`);
  out(`  reviews:    ${stats.reviews}`);
  const counts = [...categoryCounts(catalog)].sort((a, b) => b[1] - a[1]);
  out(`  by category: ${counts.map(([name, n]) => `${name} ${n}`).join(', ')}`);
  const { errors, warnings } = issueCounts(issues);
  if (issues.length > 0)
    out(`  import issues: ${errors} errors, ${warnings} warnings (see aisle catalog validate)`);
}

/** Thrown after the report is printed, so the command exits 1 when the file has errors. */
class CatalogHasErrors extends UsageError {}

async function validate(result: ImportResult, report: string | undefined, out: (line: string) => void) {
  for (const issue of result.issues) out(formatIssue(issue));
  if (report !== undefined) await writeFile(report, importReportCsv(result.issues));
  const { errors, warnings } = issueCounts(result.issues);
  out(
    `${result.catalog.products.length} products imported; ${errors} errors, ${warnings} warnings` +
      (report === undefined ? '' : `; report written to ${report}`),
  );
  if (errors > 0) throw new CatalogHasErrors(`the catalog has ${errors} error${errors === 1 ? '' : 's'}`);
}

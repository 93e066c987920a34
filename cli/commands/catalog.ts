import { catalogStats, categoryCounts } from '../../src/core/catalog/index.ts';
import { readCatalogFile, UsageError } from '../io.ts';

export const catalogHelp = `aisle catalog stats <file>   product, category, brand and review counts of a catalog file`;

export async function catalogCommand(args: string[], out: (line: string) => void): Promise<void> {
  const [sub, file] = args;
  if (sub !== 'stats' || file === undefined) throw new UsageError(`usage: ${catalogHelp}`);
  const { catalog, issues } = await readCatalogFile(file);
  const stats = catalogStats(catalog);
  out(`${file}`);
  out(`  products:   ${stats.products}`);
  out(`  categories: ${stats.categories}`);
  out(`  brands:     ${stats.brands}`);
  out(`  reviews:    ${stats.reviews}`);
  const counts = [...categoryCounts(catalog)].sort((a, b) => b[1] - a[1]);
  out(`  by category: ${counts.map(([name, n]) => `${name} ${n}`).join(', ')}`);
  const errors = issues.filter((i) => i.severity === 'error').length;
  if (issues.length > 0) out(`  import issues: ${errors} errors, ${issues.length - errors} warnings`);
}

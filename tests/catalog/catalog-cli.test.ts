import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { catalogCommand } from '../../cli/commands/catalog.ts';

const shared = (path: string) => fileURLToPath(new URL(`../../../shared/data/${path}`, import.meta.url));

async function run(args: string[]): Promise<{ lines: string[]; error?: string }> {
  const lines: string[] = [];
  try {
    await catalogCommand(args, (line) => lines.push(line));
    return { lines };
  } catch (error) {
    return { lines, error: error instanceof Error ? error.message : String(error) };
  }
}

describe('aisle catalog', () => {
  const dir = mkdtempSync(join(tmpdir(), 'aisle-cli-'));

  it('stats: counts of a Shopify export', async () => {
    const file = shared('csv-formats/shopify/packt-liquid-book-products-export.csv');
    const { lines, error } = await run(['stats', file]);
    expect(error).toBeUndefined();
    expect(lines.slice(1, 4)).toEqual([
      '  format:     shopify-csv (utf-8)',
      '  products:   20',
      '  variants:   2',
    ]);
  });

  it('stats --mapping: reads a CSV through a mapping file', async () => {
    writeFileSync(join(dir, 'stock.csv'), 'Art;Name;Preis\n1;Tee;4,50\n2;Kanne;19\n');
    writeFileSync(join(dir, 'mapping.json'), '{"fields": {"id": "Art", "title": "Name", "price": "Preis"}}');
    const { lines } = await run(['stats', join(dir, 'stock.csv'), '--mapping', join(dir, 'mapping.json')]);
    expect(lines.slice(1, 3)).toEqual(['  format:     generic-csv (utf-8)', '  products:   2']);
  });

  it('validate: prints each issue, writes the report, and fails when there are errors', async () => {
    const file = join(dir, 'shop.csv');
    const report = join(dir, 'report.csv');
    writeFileSync(file, 'id,title,price\nA,Kettle,20\nA,Again,3\n');
    const { lines, error } = await run(['validate', file, '--report', report]);
    expect(lines).toEqual([
      `${file}:3: error: duplicate product id "A"; the later one is skipped`,
      `1 products imported; 1 errors, 0 warnings; report written to ${report}`,
    ]);
    expect(error).toBe('the catalog has 1 error');
    expect(readFileSync(report, 'utf8')).toContain('duplicate product id');
  });

  it('validate: passes a file with warnings only', async () => {
    const file = shared('csv-formats/shopify/shopify-product_template.csv');
    const { lines, error } = await run(['validate', file]);
    expect(error).toBeUndefined();
    expect(lines.at(-1)).toBe('3 products imported; 0 errors, 21 warnings');
  });

  it('explains its usage and a missing file', async () => {
    expect((await run(['stats'])).error).toMatch(/^usage: aisle catalog stats <file>/);
    expect((await run(['validate', join(dir, 'nope.csv')])).error).toBe(
      `${join(dir, 'nope.csv')}: no such file`,
    );
  });
});

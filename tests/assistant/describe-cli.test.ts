import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runAisle } from './run-aisle.ts';

const demo = fileURLToPath(new URL('../../public/catalog/products.json', import.meta.url));

describe('aisle describe', () => {
  const dir = mkdtempSync(join(tmpdir(), 'aisle-describe-'));

  it('refuses an unknown id and a bad tone before loading the model', async () => {
    const missing = await runAisle(['describe', '--catalog', demo, '--product', 'no-such']);
    expect(missing).toMatchObject({ code: 1, stderr: `aisle: no product with id "no-such" in ${demo}\n` });
    const tone = await runAisle(['describe', '--catalog', demo, '--product', '1', '--tone', 'loud']);
    expect(tone.stderr).toBe('aisle: --tone must be friendly, premium or technical, got "loud"\n');
  });

  it('prints one product’s description, the same for the same seed', async () => {
    const args = ['describe', '--catalog', demo, '--product', '150', '--length', 'short', '--seed', '3'];
    const first = await runAisle(args);
    expect(first.code).toBe(0);
    expect(first.stdout.trim().length).toBeGreaterThan(40);
    expect((await runAisle(args)).stdout).toBe(first.stdout);
  }, 60_000);

  it('--all writes every product to CSV with progress on stderr', async () => {
    const products: unknown[] = JSON.parse(readFileSync(demo, 'utf8'));
    const catalog = join(dir, 'two.json');
    writeFileSync(catalog, JSON.stringify(products.slice(0, 2)));
    const out = join(dir, 'descriptions.csv');
    const { code, stdout, stderr } = await runAisle([
      'describe',
      '--catalog',
      catalog,
      '--all',
      '--out',
      out,
      '--length',
      'short',
    ]);
    expect(code).toBe(0);
    expect(stdout).toMatch(new RegExp(`^2 descriptions written to ${out}`));
    expect(stderr).toMatch(/^1\/2 1 {2}ETA \d+:\d\d\n2\/2 2 {2}ETA 0:00\n/);
    const lines = readFileSync(out, 'utf8').split('\r\n');
    expect(lines[0]).toBe('id,title,description');
    expect(lines[1]).toMatch(/^1,Essence Mascara Lash Princess,.{40,}/);
    expect(lines[2]).toMatch(/^2,Eyeshadow Palette with Mirror,.{40,}/);
  }, 90_000);
});

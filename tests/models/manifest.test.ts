import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { modelFolder, SHIPPED_MODELS } from '../../src/core/runtime/registry.ts';

const MiB = 1024 * 1024;
/** Each model's download budget in MiB (issue 12: the multilingual embedder at most 80). */
const BUDGET_MIB: Record<string, number> = {
  'smollm2-135m-instruct': 110,
  'all-minilm-l6-v2': 25,
  'multilingual-e5-small': 80,
};

describe.each(SHIPPED_MODELS.map((m) => [m.id, m] as const))('the %s model files', (_id, manifest) => {
  const folder = new URL(`../../public/${modelFolder(manifest.id)}`, import.meta.url);

  it.each(manifest.files.map((f) => [f.path, f] as const))(
    '%s has the size and sha256 its manifest states',
    (path, file) => {
      const bytes = readFileSync(new URL(path, folder));
      expect(bytes.byteLength).toBe(file.bytes);
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(file.sha256);
      expect(file.bytes).toBeLessThan(45 * MiB);
    },
  );

  it('ships its licence and stays within its size budget', () => {
    expect(manifest.files.some((f) => f.role === 'license')).toBe(true);
    expect(statSync(new URL('LICENSE', folder)).size).toBeGreaterThan(1000);
    const total = manifest.files.reduce((sum, f) => sum + f.bytes, 0);
    expect(BUDGET_MIB[manifest.id]).toBeDefined();
    expect(total).toBeLessThanOrEqual((BUDGET_MIB[manifest.id] ?? 0) * MiB);
  });
});

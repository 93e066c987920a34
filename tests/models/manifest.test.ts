import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MODELS, modelFolder } from '../../src/core/runtime/registry.ts';

const MiB = 1024 * 1024;

describe.each(Object.values(MODELS).map((m) => [m.id, m] as const))('the %s model files', (_id, manifest) => {
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
    expect(total).toBeLessThanOrEqual((manifest.task === 'text-generation' ? 110 : 25) * MiB);
  });
});

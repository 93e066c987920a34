import { describe, expect, it } from 'vitest';
import type { ModelManifest } from '../../src/core/runtime/manifest.ts';
import { MODELS, modelCacheName } from '../../src/core/runtime/registry.ts';

describe('model cache names', () => {
  it('change when a model file changes, even under the same version, so an old build is never read', () => {
    const manifest = MODELS.embedder;
    const [first, ...rest] = manifest.files;
    if (!first) throw new Error('the embedder has no files');
    const rebuilt: ModelManifest = { ...manifest, files: [{ ...first, sha256: '0'.repeat(64) }, ...rest] };
    expect(modelCacheName(rebuilt)).not.toBe(modelCacheName(manifest));
    expect(modelCacheName({ ...manifest })).toBe(modelCacheName(manifest));
    expect(modelCacheName(manifest)).toMatch(/^aisle-model-all-minilm-l6-v2-1\.0\.0-[0-9a-f]{8}$/);
  });
});

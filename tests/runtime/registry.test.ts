import { describe, expect, it } from 'vitest';
import type { ModelManifest } from '../../src/core/runtime/manifest.ts';
import {
  DEFAULT_EMBEDDER_ID,
  EMBEDDERS,
  embedderManifest,
  MODELS,
  modelCacheName,
  modelKey,
} from '../../src/core/runtime/registry.ts';

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

describe('the embedders', () => {
  it('are several, the default one in use, each chosen by id and keying its own vectors', () => {
    expect(EMBEDDERS.map((m) => m.id)).toEqual(['all-minilm-l6-v2', 'multilingual-e5-small']);
    expect(MODELS.embedder.id).toBe(DEFAULT_EMBEDDER_ID);
    const e5 = embedderManifest('multilingual-e5-small');
    expect(e5.prefixes).toEqual({ query: 'query: ', passage: 'passage: ' });
    expect(embedderManifest('all-minilm-l6-v2').prefixes).toBeUndefined();
    expect(new Set(EMBEDDERS.map(modelKey)).size).toBe(EMBEDDERS.length);
    expect(new Set(EMBEDDERS.map(modelCacheName)).size).toBe(EMBEDDERS.length);
  });

  it('refuses an unknown id and names the shipped ones', () => {
    expect(() => embedderManifest('e5-large')).toThrow(
      'There is no embedder "e5-large"; the shipped ones are all-minilm-l6-v2, multilingual-e5-small.',
    );
  });
});

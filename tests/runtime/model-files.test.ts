import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { AisleError } from '../../src/core/errors.ts';
import type { ModelManifest } from '../../src/core/runtime/manifest.ts';
import { loadModelFiles, type ModelSource, type ModelStore } from '../../src/core/runtime/model-files.ts';
import type { Progress } from '../../src/core/runtime/progress.ts';

const bytesOf = (text: string) => new TextEncoder().encode(text);
const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const FILES: Record<string, Uint8Array> = {
  'model.onnx': bytesOf('graph bytes'),
  'model.onnx.data.0': bytesOf('weights '.repeat(100)),
  'model.wasm.onnx': bytesOf('wasm graph'),
  LICENSE: bytesOf('Apache'),
};
const manifest = {
  id: 'tiny',
  files: [
    { path: 'model.onnx', role: 'graph' },
    { path: 'model.wasm.onnx', role: 'graph', backend: 'wasm' },
    { path: 'model.onnx.data.0', role: 'external-data' },
    { path: 'LICENSE', role: 'license' },
  ].map((f) => ({
    ...f,
    bytes: FILES[f.path]?.byteLength ?? 0,
    sha256: sha(FILES[f.path] ?? new Uint8Array()),
  })),
} as unknown as ModelManifest;

function countingSource(files: Record<string, Uint8Array>): ModelSource & { reads: string[] } {
  const reads: string[] = [];
  return {
    reads,
    async read(path, onBytes) {
      reads.push(path);
      const bytes = files[path];
      if (!bytes) throw new AisleError('model-file-missing', `missing ${path}`);
      onBytes(bytes.byteLength);
      return bytes;
    },
  };
}

function memoryStore(): ModelStore & { entries: Map<string, Uint8Array> } {
  const entries = new Map<string, Uint8Array>();
  return {
    entries,
    read: async (path) => entries.get(path),
    write: async (path, bytes) => void entries.set(path, bytes),
    remove: async (path) => void entries.delete(path),
  };
}

describe('model file loading', () => {
  it('fetches only what the backend needs, verifies it, caches it and reports overall progress', async () => {
    const source = countingSource(FILES);
    const store = memoryStore();
    const progress: Progress[] = [];
    const files = await loadModelFiles(manifest, {
      backend: 'webgpu',
      source,
      store,
      onProgress: (p) => progress.push(p),
    });
    expect([...files.keys()]).toEqual(['model.onnx', 'model.onnx.data.0']);
    expect([...store.entries.keys()]).toEqual(['model.onnx', 'model.onnx.data.0']);
    const overall = progress.filter((p) => p.file === undefined);
    expect(overall.at(-1)).toMatchObject({ loaded: 811, total: 811 });
  });

  it('reads a second load from the cache without touching the source', async () => {
    const store = memoryStore();
    await loadModelFiles(manifest, { backend: 'wasm', source: countingSource(FILES), store });
    const again = countingSource(FILES);
    await loadModelFiles(manifest, { backend: 'wasm', source: again, store });
    expect(again.reads).toEqual([]);
  });

  it('drops a damaged cached copy and downloads the file again', async () => {
    const store = memoryStore();
    store.entries.set('model.onnx', bytesOf('graph bytez'));
    const source = countingSource(FILES);
    await loadModelFiles(manifest, { backend: 'webgpu', source, store });
    expect(source.reads).toContain('model.onnx');
    expect(store.entries.get('model.onnx')).toEqual(FILES['model.onnx']);
  });

  it('refuses a download whose checksum does not match, and caches nothing of it', async () => {
    const store = memoryStore();
    const broken = countingSource({
      ...FILES,
      'model.onnx.data.0': bytesOf('weights '.repeat(99) + 'weightz '),
    });
    await expect(
      loadModelFiles(manifest, { backend: 'webgpu', source: broken, store }),
    ).rejects.toMatchObject({
      code: 'checksum-mismatch',
    });
    expect(store.entries.has('model.onnx.data.0')).toBe(false);
  });

  it('names a missing file', async () => {
    const rest = Object.fromEntries(Object.entries(FILES).filter(([path]) => path !== 'model.onnx'));
    await expect(
      loadModelFiles(manifest, { backend: 'webgpu', source: countingSource(rest) }),
    ).rejects.toMatchObject({
      code: 'model-file-missing',
      message: expect.stringContaining('model.onnx'),
    });
  });

  it('runs a model whose files do not fit in the storage, and says which file was not kept and why', async () => {
    const full: ModelStore = {
      read: async () => undefined,
      write: async () => {
        throw new AisleError('storage-full', "the browser's storage quota is used up");
      },
      remove: async () => undefined,
    };
    const problems: string[] = [];
    const files = await loadModelFiles(manifest, {
      backend: 'webgpu',
      source: countingSource(FILES),
      store: full,
      onStorageProblem: (message) => problems.push(message),
    });
    expect([...files.keys()]).toEqual(['model.onnx', 'model.onnx.data.0']);
    expect(problems).toEqual([
      "The model file tiny/model.onnx could not be kept on this kiosk (the browser's storage quota is used up).",
      "The model file tiny/model.onnx.data.0 could not be kept on this kiosk (the browser's storage quota is used up).",
    ]);
  });
});

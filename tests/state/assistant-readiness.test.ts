import { describe, expect, it } from 'vitest';
import type { EngineInfo } from '../../src/core/runtime/engine.ts';
import { createAppStore } from '../../src/state/store.ts';
import { assistantReadiness } from '../../src/ui/assistant-readiness.ts';

const noStorage = { getItem: () => null, setItem: () => undefined, removeItem: () => undefined };
const MB = 1024 * 1024;

const info = (roles: EngineInfo['models'][number]['role'][]): EngineInfo => ({
  backend: 'wasm',
  threads: 2,
  reason: 'no-adapter',
  models: roles.map((role) => ({ role, id: role, name: role, bytes: 1 })),
});

describe("the header's assistant status", () => {
  it('shows one overall figure over both models from the start, and says ready only when both are in', () => {
    const store = createAppStore(noStorage);
    store.setState({ workerStatus: 'ready' });
    store.getState().modelsLoading(100 * MB);
    // The small embedder comes first and finishes: that is a quarter of the whole, not "100%".
    store
      .getState()
      .modelsProgress({ phase: 'download', model: 'embedder', loaded: 25 * MB, total: 25 * MB });
    expect(assistantReadiness(store.getState())).toEqual({ state: 'starting', percent: 25 });
    store.getState().modelsProgress({ phase: 'download', model: 'lm', loaded: 25 * MB, total: 75 * MB });
    expect(assistantReadiness(store.getState())).toEqual({ state: 'starting', percent: 50 });

    store.getState().modelsReady(info(['embedder']));
    expect(assistantReadiness(store.getState()).state).toBe('starting');
    store.getState().modelsReady(info(['embedder', 'languageModel']));
    expect(assistantReadiness(store.getState())).toEqual({ state: 'ready' });
  });

  it('says unavailable when the models failed, whatever the progress', () => {
    const store = createAppStore(noStorage);
    store.setState({ workerStatus: 'ready' });
    store.getState().modelsLoading(100 * MB);
    store.getState().modelsFailed('The model file model.onnx could not be downloaded');
    expect(assistantReadiness(store.getState())).toEqual({ state: 'error' });
  });
});

describe('the update status staff see', () => {
  it("keeps the failed worker's own reason rather than the page's generic one that follows it", () => {
    const store = createAppStore(noStorage);
    store.getState().updateDownloading();
    store
      .getState()
      .updateFailed(
        "The model file smollm2-135m-instruct/model.onnx.data.1 could not be kept on this kiosk (the browser's storage quota is used up).",
      );
    store.getState().updateFailed('the new version could not be downloaded completely');
    expect(store.getState().updateError).toBe(
      "The model file smollm2-135m-instruct/model.onnx.data.1 could not be kept on this kiosk (the browser's storage quota is used up).",
    );
    // The next attempt starts clean.
    store.getState().updateDownloading();
    expect(store.getState().updateError).toBeNull();
  });
});

import { useCallback } from 'react';
import { backendFromQuery } from '../../core/runtime/backend.ts';
import type { ModelRole } from '../../core/runtime/engine.ts';
import { runtimeFiles, totalBytes } from '../../core/runtime/manifest.ts';
import { MODELS } from '../../core/runtime/registry.ts';
import { AisleError } from '../../core/errors.ts';
import { useAppStore } from '../../state/store.ts';
import { useEngine } from '../engine-context.ts';

const ALL_MODELS: ModelRole[] = ['embedder', 'languageModel'];

/** The bytes a load brings, for one overall bar (WebGPU and WebAssembly graphs differ only when a model says so). */
function expectedBytes(models: ModelRole[], backend: 'wasm' | 'webgpu'): number {
  return models.reduce((sum, role) => sum + totalBytes(runtimeFiles(MODELS[role], backend)), 0);
}

/** Loads models in the worker, with progress into the store; the backend can be forced with ?backend=. */
export function useModelLoader(): (models?: ModelRole[]) => Promise<void> {
  const engine = useEngine();
  const { modelsLoading, modelsProgress, modelsReady, modelsFailed } = useAppStore.getState();
  return useCallback(
    async (models) => {
      if (!engine) return;
      const backend = backendFromQuery(window.location.search);
      // Loaded models answer at once, without progress: keep the bar of the load that brought them.
      if (useAppStore.getState().modelsStatus !== 'ready')
        modelsLoading(expectedBytes(models ?? ALL_MODELS, backend === 'webgpu' ? 'webgpu' : 'wasm'));
      try {
        const info = await engine.load({ backend, models, onProgress: modelsProgress });
        modelsReady(info);
      } catch (error) {
        const typed = AisleError.from(error);
        // A worker that died mid-load is replaced, and the new one loads the models again.
        if (typed.code !== 'worker-died') modelsFailed(typed.message);
      }
    },
    [engine, modelsLoading, modelsProgress, modelsReady, modelsFailed],
  );
}

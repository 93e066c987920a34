import { useCallback } from 'react';
import { backendFromQuery } from '../../core/runtime/backend.ts';
import type { ModelRole } from '../../core/runtime/engine.ts';
import { AisleError } from '../../core/errors.ts';
import { useAppStore } from '../../state/store.ts';
import { useEngine } from '../engine-context.ts';

/** Loads models in the worker, with progress into the store; the backend can be forced with ?backend=. */
export function useModelLoader(): (models?: ModelRole[]) => Promise<void> {
  const engine = useEngine();
  const { modelsLoading, modelsProgress, modelsReady, modelsFailed } = useAppStore.getState();
  return useCallback(
    async (models) => {
      if (!engine) return;
      modelsLoading();
      try {
        const info = await engine.load({
          backend: backendFromQuery(window.location.search),
          models,
          onProgress: modelsProgress,
        });
        modelsReady(info);
      } catch (error) {
        modelsFailed(AisleError.from(error).message);
      }
    },
    [engine, modelsLoading, modelsProgress, modelsReady, modelsFailed],
  );
}

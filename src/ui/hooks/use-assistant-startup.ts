import { useEffect } from 'react';
import { useModelsStatus } from '../../state/store.ts';
import { useEngine } from '../engine-context.ts';
import { useModelLoader } from './use-model-loader.ts';

/**
 * Loads both models as soon as the worker is up, so "Assistant ready" means the runtime's WebAssembly is
 * compiled and every model file is fetched, verified and kept: a network that drops later costs nothing.
 */
export function useAssistantStartup(): void {
  const engine = useEngine();
  const status = useModelsStatus();
  const loadModels = useModelLoader();
  useEffect(() => {
    if (engine && status === 'idle') void loadModels();
  }, [engine, status, loadModels]);
}

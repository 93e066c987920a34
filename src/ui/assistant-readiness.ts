import type { AssistantSlice } from '../state/assistant-slice.ts';

export type Readiness =
  { state: 'starting'; percent: number } | { state: 'ready' } | { state: 'restarting' } | { state: 'error' };

/**
 * What the header tells shoppers: ready only when the worker runs and both models are loaded (their files
 * verified and kept, the runtime's WebAssembly compiled); otherwise how far along, or that it failed.
 */
export function assistantReadiness(
  state: Pick<AssistantSlice, 'workerStatus' | 'modelsStatus' | 'engineInfo' | 'loadProgress'>,
): Readiness {
  if (state.workerStatus === 'error' || state.modelsStatus === 'error') return { state: 'error' };
  if (state.workerStatus === 'restarting') return { state: 'restarting' };
  if (state.modelsStatus === 'ready' && (state.engineInfo?.models.length ?? 0) >= 2)
    return { state: 'ready' };
  const { loaded, total } = state.loadProgress.overall;
  return { state: 'starting', percent: total > 0 ? Math.min(99, Math.floor((loaded / total) * 100)) : 0 };
}

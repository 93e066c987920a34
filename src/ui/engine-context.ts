import { createContext, useContext } from 'react';
import type { AssistantEngine } from '../core/runtime/engine.ts';

/** The worker-backed engine, created once by the app root; null until the worker has started. */
export const EngineContext = createContext<AssistantEngine | null>(null);

export function useEngine(): AssistantEngine | null {
  return useContext(EngineContext);
}

import { describe, expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import {
  assistantInitialState,
  createAssistantSlice,
  type AssistantSlice,
} from '../../src/state/assistant-slice.ts';
import { assistantReadiness } from '../../src/ui/assistant-readiness.ts';

describe('the assistant worker restarting', () => {
  it('reads as restarting, and leaves the models to load again in the new worker', () => {
    const store = createStore<AssistantSlice>()((...a) => ({ ...createAssistantSlice(...a) }));
    store.getState().setWorkerStatus('ready');
    store.getState().modelsReady({ backend: 'wasm', threads: 1, reason: 'wasm-asked', models: [] });
    store.getState().workerRestarting();
    const state = store.getState();
    expect(assistantReadiness(state)).toEqual({ state: 'restarting' });
    expect(state).toMatchObject({ ...assistantInitialState, workerStatus: 'restarting' });
    store.getState().setWorkerStatus('ready');
    expect(assistantReadiness(store.getState()).state).toBe('starting');
  });
});

import type { StateCreator } from 'zustand';

export interface AssistantSlice {
  /** The worker itself lives outside the store; this is only what the UI shows of it. */
  workerStatus: 'starting' | 'ready' | 'error';
  workerError: string | null;
  setWorkerStatus(status: AssistantSlice['workerStatus'], error?: string): void;
}

export const assistantInitialState = {
  workerStatus: 'starting',
  workerError: null,
} satisfies Partial<AssistantSlice>;

export const createAssistantSlice: StateCreator<AssistantSlice, [], [], AssistantSlice> = (set) => ({
  ...assistantInitialState,
  setWorkerStatus: (workerStatus, error) => set({ workerStatus, workerError: error ?? null }),
});

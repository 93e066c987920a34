import type { StateCreator } from 'zustand';
import type { EngineInfo } from '../core/runtime/engine.ts';
import type { Progress } from '../core/runtime/progress.ts';

/** Loading progress as the UI shows it: one overall bar and one per file. */
export interface LoadProgress {
  /** Over every model being loaded: its total is known from the start, so the bar never jumps back. */
  overall: { loaded: number; total: number };
  /** The bytes of all models this load brings, from the registry. */
  expected: number;
  files: Record<string, { loaded: number; total: number; phase: Progress['phase'] }>;
}

export interface AssistantSlice {
  /** The worker itself lives outside the store; this is only what the UI shows of it. */
  /** 'restarting': the worker died and a new one is starting, with the models loaded again. */
  workerStatus: 'starting' | 'ready' | 'restarting' | 'error';
  workerError: string | null;
  modelsStatus: 'idle' | 'loading' | 'ready' | 'error';
  modelsError: string | null;
  engineInfo: EngineInfo | null;
  loadProgress: LoadProgress;
  setWorkerStatus(status: AssistantSlice['workerStatus'], error?: string): void;
  /** The worker died: what it had loaded is gone, and the new one loads the models again. */
  workerRestarting(): void;
  /** `expectedBytes`: all the load's model files, so one overall bar covers both models from the start. */
  modelsLoading(expectedBytes?: number): void;
  modelsProgress(progress: Progress): void;
  modelsReady(info: EngineInfo): void;
  modelsFailed(message: string): void;
}

const emptyProgress: LoadProgress = { overall: { loaded: 0, total: 0 }, expected: 0, files: {} };

export const assistantInitialState = {
  workerStatus: 'starting',
  workerError: null,
  modelsStatus: 'idle',
  modelsError: null,
  engineInfo: null,
  loadProgress: emptyProgress,
} satisfies Partial<AssistantSlice>;

export const createAssistantSlice: StateCreator<AssistantSlice, [], [], AssistantSlice> = (set) => ({
  ...assistantInitialState,
  setWorkerStatus: (workerStatus, error) => set({ workerStatus, workerError: error ?? null }),
  workerRestarting: () =>
    set({
      workerStatus: 'restarting',
      workerError: null,
      modelsStatus: 'idle',
      modelsError: null,
      engineInfo: null,
      loadProgress: emptyProgress,
    }),
  modelsLoading: (expectedBytes = 0) =>
    set({
      modelsStatus: 'loading',
      modelsError: null,
      loadProgress: {
        ...emptyProgress,
        expected: expectedBytes,
        overall: { loaded: 0, total: expectedBytes },
      },
    }),
  modelsProgress: (progress) =>
    set((state) => {
      const key = `${progress.model}/${progress.file ?? ''}`;
      if (progress.file !== undefined)
        return {
          loadProgress: {
            ...state.loadProgress,
            files: {
              ...state.loadProgress.files,
              [key]: { loaded: progress.loaded, total: progress.total, phase: progress.phase },
            },
          },
        };
      // Overall events are per model: the bar adds the models up.
      const files = {
        ...state.loadProgress.files,
        [key]: { loaded: progress.loaded, total: progress.total, phase: progress.phase },
      };
      const models = Object.entries(files).filter(([name]) => name.endsWith('/'));
      const sum = models.reduce(
        (total, [, p]) => ({ loaded: total.loaded + p.loaded, total: total.total + p.total }),
        { loaded: 0, total: 0 },
      );
      const expected = state.loadProgress.expected;
      return {
        loadProgress: { files, expected, overall: { ...sum, total: Math.max(sum.total, expected) } },
      };
    }),
  modelsReady: (engineInfo) => set({ modelsStatus: 'ready', engineInfo }),
  modelsFailed: (message) => set({ modelsStatus: 'error', modelsError: message }),
});

import type { StateCreator } from 'zustand';
import type { StorageStatus } from '../offline/storage-status.ts';

/** Where a new deployment stands: found and downloading, downloaded and waiting, taking over, or failed. */
export type UpdateStatus = 'none' | 'downloading' | 'waiting' | 'applying' | 'failed';

export interface OfflineSlice {
  /** Whether this page runs under the kiosk's service worker (so it starts without the network). */
  offlineReady: boolean;
  updateStatus: UpdateStatus;
  /** The waiting build's version. */
  updateVersion: string | null;
  /** Why the last update did not install; the running version stays in use. */
  updateError: string | null;
  storage: StorageStatus | null;
  /** The cause of the assistant's last failure, for staff; shoppers see a plain apology. */
  assistantFault: string | null;
  setOfflineReady(ready: boolean): void;
  updateDownloading(): void;
  updateWaiting(version: string): void;
  updateApplying(): void;
  updateFailed(message: string): void;
  setStorage(storage: StorageStatus): void;
  reportAssistantFault(message: string): void;
}

export const offlineInitialState = {
  offlineReady: false,
  updateStatus: 'none',
  updateVersion: null,
  updateError: null,
  storage: null,
  assistantFault: null,
} satisfies Partial<OfflineSlice>;

export const createOfflineSlice: StateCreator<OfflineSlice, [], [], OfflineSlice> = (set) => ({
  ...offlineInitialState,
  setOfflineReady: (offlineReady) => set({ offlineReady }),
  updateDownloading: () => set({ updateStatus: 'downloading', updateError: null }),
  updateWaiting: (updateVersion) => set({ updateStatus: 'waiting', updateVersion, updateError: null }),
  updateApplying: () => set({ updateStatus: 'applying' }),
  // The worker's own reason comes first; the page's generic one after it must not replace it.
  updateFailed: (updateError) =>
    set((state) => (state.updateStatus === 'failed' ? {} : { updateStatus: 'failed', updateError })),
  setStorage: (storage) => set({ storage }),
  reportAssistantFault: (assistantFault) => set({ assistantFault }),
});

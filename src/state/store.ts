import { create, type StateCreator } from 'zustand';
import { createJSONStorage, persist, type StateStorage } from 'zustand/middleware';
import { isLocale } from '../i18n/locale.ts';
import { assistantInitialState, createAssistantSlice, type AssistantSlice } from './assistant-slice.ts';
import { catalogInitialState, createCatalogSlice, type CatalogSlice } from './catalog-slice.ts';
import { chatInitialState, createChatSlice, type ChatSlice } from './chat-slice.ts';
import { createOfflineSlice, offlineInitialState, type OfflineSlice } from './offline-slice.ts';
import { createKioskSlice, kioskInitialState, type KioskSlice } from './kiosk-slice.ts';
import {
  createSearchSlice,
  searchEngineInitialState,
  searchInitialState,
  type SearchSlice,
} from './search-slice.ts';
import {
  createSettingsSlice,
  persistedSettings,
  settingsInitialState,
  type PersistedSettings,
  type SettingsSlice,
} from './settings-slice.ts';

export type AppState = CatalogSlice &
  SearchSlice &
  AssistantSlice &
  ChatSlice &
  SettingsSlice &
  OfflineSlice &
  KioskSlice;

/** The key the settings are kept under in the browser's local storage. */
export const SETTINGS_KEY = 'aisle-settings';
/** Raised when the kept settings change shape; `migrate` then keeps what is still valid. */
const SETTINGS_VERSION = 1;

/** Settings kept in storage that fail this check (hand-edited, or from a future version) are dropped. */
function keptSettings(value: unknown): Partial<PersistedSettings> {
  if (typeof value !== 'object' || value === null) return {};
  const locale: unknown = Reflect.get(value, 'locale');
  return isLocale(locale) ? { locale } : {};
}

const createSlices: StateCreator<AppState, [['zustand/persist', unknown]], [], AppState> = (...args) => ({
  ...createCatalogSlice(...args),
  ...createSearchSlice(...args),
  ...createAssistantSlice(...args),
  ...createChatSlice(...args),
  ...createSettingsSlice(...args),
  ...createOfflineSlice(...args),
  ...createKioskSlice(...args),
});

/** The app's store, its settings kept in `storage` (the browser's local storage; memory in tests). */
export function createAppStore(storage: StateStorage) {
  return create<AppState>()(
    persist(createSlices, {
      name: SETTINGS_KEY,
      version: SETTINGS_VERSION,
      storage: createJSONStorage(() => storage),
      partialize: persistedSettings,
      migrate: (kept) => ({ ...settingsInitialState, ...keptSettings(kept) }),
      merge: (kept, current) => ({ ...current, ...keptSettings(kept) }),
    }),
  );
}

/**
 * Local storage where the page has it; nothing kept where it has not (Node, a locked-down browser, or
 * the web shop's widget on another site where the browser blocks third-party storage: there even
 * reading `localStorage` throws).
 */
function pageStorage(): StateStorage {
  try {
    if (typeof localStorage !== 'undefined') return localStorage;
  } catch {
    // Blocked for this document: keep nothing.
  }
  return { getItem: () => null, setItem: () => undefined, removeItem: () => undefined };
}
const browserStorage = pageStorage();

export const useAppStore = createAppStore(browserStorage);

/** Puts every slice back to its first state (tests). The idle reset wipes one shopper: `wipeShopperSession`. */
export function resetAppStore(): void {
  useAppStore.setState({
    ...catalogInitialState,
    ...searchInitialState,
    ...searchEngineInitialState,
    ...assistantInitialState,
    ...chatInitialState,
    ...settingsInitialState,
    ...offlineInitialState,
    ...kioskInitialState,
  });
}

export const useCatalog = () => useAppStore((s) => s.catalog);
export const useCatalogStatus = () => useAppStore((s) => s.catalogStatus);
export const useCatalogError = () => useAppStore((s) => s.catalogError);
export const useCatalogSource = () => useAppStore((s) => s.catalogSource);
export const useCatalogKept = () => useAppStore((s) => s.catalogKept);
export const useStoreEdit = () => useAppStore((s) => s.storeEdit);
export const useSearchReadiness = () => useAppStore((s) => s.searchReadiness);
export const useSearchNote = () => useAppStore((s) => s.searchNote);
export const useIndexProgress = () => useAppStore((s) => s.indexProgress);
export const useSearchChips = () => useAppStore((s) => s.searchChips);
export const useSearchSort = () => useAppStore((s) => s.searchSort);
export const useSearchView = () => useAppStore((s) => s.searchView);
export const useSearchStatus = () => useAppStore((s) => s.searchStatus);
export const useSearchError = () => useAppStore((s) => s.searchError);
export const useWorkerStatus = () => useAppStore((s) => s.workerStatus);
export const useModelsStatus = () => useAppStore((s) => s.modelsStatus);
export const useModelsError = () => useAppStore((s) => s.modelsError);
export const useEngineInfo = () => useAppStore((s) => s.engineInfo);
export const useLoadProgress = () => useAppStore((s) => s.loadProgress);
export const useChatMessages = () => useAppStore((s) => s.chatMessages);
export const useLocale = () => useAppStore((s) => s.locale);
export const useOfflineReady = () => useAppStore((s) => s.offlineReady);
export const useUpdateStatus = () => useAppStore((s) => s.updateStatus);
export const useUpdateVersion = () => useAppStore((s) => s.updateVersion);
export const useUpdateError = () => useAppStore((s) => s.updateError);
export const useStorageStatus = () => useAppStore((s) => s.storage);
export const useAssistantFault = () => useAppStore((s) => s.assistantFault);
export const useKioskConfig = () => useAppStore((s) => s.kioskConfig);
export const useStaffUnlocked = () => useAppStore((s) => s.staffUnlocked);
export const useSessionNumber = () => useAppStore((s) => s.sessionNumber);
export const usePendingQuestion = () => useAppStore((s) => s.pendingQuestion);
export const useLargeText = () => useAppStore((s) => s.largeText);
export const useHighContrast = () => useAppStore((s) => s.highContrast);

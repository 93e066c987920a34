import { create } from 'zustand';
import { assistantInitialState, createAssistantSlice, type AssistantSlice } from './assistant-slice.ts';
import { catalogInitialState, createCatalogSlice, type CatalogSlice } from './catalog-slice.ts';
import { chatInitialState, createChatSlice, type ChatSlice } from './chat-slice.ts';
import { createSearchSlice, searchInitialState, type SearchSlice } from './search-slice.ts';

export type AppState = CatalogSlice & SearchSlice & AssistantSlice & ChatSlice;

export const useAppStore = create<AppState>()((...args) => ({
  ...createCatalogSlice(...args),
  ...createSearchSlice(...args),
  ...createAssistantSlice(...args),
  ...createChatSlice(...args),
}));

/** Puts every slice back to its first state (tests, and the kiosk's idle reset later). */
export function resetAppStore(): void {
  useAppStore.setState({
    ...catalogInitialState,
    ...searchInitialState,
    ...assistantInitialState,
    ...chatInitialState,
  });
}

export const useCatalog = () => useAppStore((s) => s.catalog);
export const useCatalogStatus = () => useAppStore((s) => s.catalogStatus);
export const useCatalogError = () => useAppStore((s) => s.catalogError);
export const useCatalogSource = () => useAppStore((s) => s.catalogSource);
export const useCatalogKept = () => useAppStore((s) => s.catalogKept);
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

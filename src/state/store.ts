import { create } from 'zustand';
import { assistantInitialState, createAssistantSlice, type AssistantSlice } from './assistant-slice.ts';
import { catalogInitialState, createCatalogSlice, type CatalogSlice } from './catalog-slice.ts';

export type AppState = CatalogSlice & AssistantSlice;

export const useAppStore = create<AppState>()((...args) => ({
  ...createCatalogSlice(...args),
  ...createAssistantSlice(...args),
}));

/** Puts every slice back to its first state (tests, and the kiosk's idle reset later). */
export function resetAppStore(): void {
  useAppStore.setState({ ...catalogInitialState, ...assistantInitialState });
}

export const useCatalog = () => useAppStore((s) => s.catalog);
export const useCatalogStatus = () => useAppStore((s) => s.catalogStatus);
export const useCatalogError = () => useAppStore((s) => s.catalogError);
export const useWorkerStatus = () => useAppStore((s) => s.workerStatus);
export const useModelsStatus = () => useAppStore((s) => s.modelsStatus);
export const useModelsError = () => useAppStore((s) => s.modelsError);
export const useEngineInfo = () => useAppStore((s) => s.engineInfo);
export const useLoadProgress = () => useAppStore((s) => s.loadProgress);

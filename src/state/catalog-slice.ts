import type { StateCreator } from 'zustand';
import { importJsonCatalog, type Catalog, type ImportIssue } from '../core/catalog/index.ts';

export interface CatalogSlice {
  catalog: Catalog | null;
  catalogStatus: 'idle' | 'loading' | 'ready' | 'error';
  /** Why the last load failed; the catalog loaded before it stays in place. */
  catalogError: string | null;
  importIssues: ImportIssue[];
  loadCatalogFromUrl(url: string): Promise<void>;
}

export const catalogInitialState = {
  catalog: null,
  catalogStatus: 'idle',
  catalogError: null,
  importIssues: [],
} satisfies Partial<CatalogSlice>;

export const createCatalogSlice: StateCreator<CatalogSlice, [], [], CatalogSlice> = (set) => ({
  ...catalogInitialState,
  async loadCatalogFromUrl(url) {
    set({ catalogStatus: 'loading', catalogError: null });
    const file = url.split('/').pop() ?? url;
    try {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`${file}: the server answered ${response.status}`);
      const { catalog, issues } = importJsonCatalog(await response.text(), { file });
      set({ catalog, importIssues: issues, catalogStatus: 'ready' });
    } catch (error) {
      // A failed load never replaces what was loaded before.
      set((state) => ({
        catalogStatus: state.catalog ? 'ready' : 'error',
        catalogError: error instanceof Error ? error.message : String(error),
      }));
    }
  },
});

import { idbRequest, openStore } from '../storage/indexeddb.ts';

/** A catalog staff put in use on this kiosk, kept so that it survives a reload or a restart. */
export interface KeptCatalog {
  /** The file it was imported from, shown to staff. */
  source: string;
  /** The catalog in Aisle's own format (nativeCatalogJson). */
  json: string;
}

/** Where the kiosk keeps that catalog. Store data only: nothing about shoppers is ever kept. */
export interface CatalogKeeper {
  load(): Promise<KeptCatalog | undefined>;
  save(kept: KeptCatalog): Promise<void>;
  forget(): Promise<void>;
}

const DATABASE = 'aisle-catalog';
const STORE = 'kept';
const KEY = 'catalog';

function isKept(value: unknown): value is KeptCatalog {
  if (typeof value !== 'object' || value === null) return false;
  const kept: Partial<Record<keyof KeptCatalog, unknown>> = value;
  return typeof kept.source === 'string' && typeof kept.json === 'string';
}

/** The kept catalog in IndexedDB. Reading fails soft (the shipped catalog loads instead); saving reports. */
export const indexedDbCatalogKeeper: CatalogKeeper = {
  async load() {
    try {
      const db = await openStore(DATABASE, STORE);
      const value: unknown = await idbRequest(db.transaction(STORE).objectStore(STORE).get(KEY));
      db.close();
      return isKept(value) ? value : undefined;
    } catch {
      return undefined;
    }
  },
  async save(kept) {
    const db = await openStore(DATABASE, STORE);
    await idbRequest(db.transaction(STORE, 'readwrite').objectStore(STORE).put(kept, KEY));
    db.close();
  },
  async forget() {
    const db = await openStore(DATABASE, STORE);
    await idbRequest(db.transaction(STORE, 'readwrite').objectStore(STORE).delete(KEY));
    db.close();
  },
};

import { isStoreProfileEdit, type StoreProfileEdit } from '../core/catalog/store-profile-edit.ts';
import { idbRequest, openStore } from '../storage/indexeddb.ts';

/** A catalog staff put in use on this kiosk, kept so that it survives a reload or a restart. */
export interface KeptCatalog {
  /** The file it was imported from, shown to staff. */
  source: string;
  /** The catalog in Aisle's own format (nativeCatalogJson). */
  json: string;
}

/**
 * Where the kiosk keeps what staff set up: the catalog, and the store profile they wrote. The profile is
 * kept apart from the catalog file, so the next import of a shop export (which has none) keeps it too.
 * Store data only: nothing about shoppers is ever kept.
 */
export interface CatalogKeeper {
  load(): Promise<KeptCatalog | undefined>;
  save(kept: KeptCatalog): Promise<void>;
  forget(): Promise<void>;
  loadStoreProfile(): Promise<StoreProfileEdit | undefined>;
  saveStoreProfile(edit: StoreProfileEdit): Promise<void>;
}

const DATABASE = 'aisle-catalog';
const STORE = 'kept';
const KEY = 'catalog';
const PROFILE_KEY = 'store-profile';

function isKept(value: unknown): value is KeptCatalog {
  if (typeof value !== 'object' || value === null) return false;
  const kept: Partial<Record<keyof KeptCatalog, unknown>> = value;
  return typeof kept.source === 'string' && typeof kept.json === 'string';
}

/** The value under `key`, or undefined when there is none or it cannot be read (fails soft). */
async function read(key: string): Promise<unknown> {
  try {
    const db = await openStore(DATABASE, STORE);
    const value: unknown = await idbRequest(db.transaction(STORE).objectStore(STORE).get(key));
    db.close();
    return value;
  } catch {
    return undefined;
  }
}

async function write(key: string, value: unknown): Promise<void> {
  const db = await openStore(DATABASE, STORE);
  await idbRequest(db.transaction(STORE, 'readwrite').objectStore(STORE).put(value, key));
  db.close();
}

/** The kept catalog in IndexedDB. Reading fails soft (the shipped catalog loads instead); saving reports. */
export const indexedDbCatalogKeeper: CatalogKeeper = {
  async load() {
    const value = await read(KEY);
    return isKept(value) ? value : undefined;
  },
  save: (kept) => write(KEY, kept),
  async forget() {
    const db = await openStore(DATABASE, STORE);
    await idbRequest(db.transaction(STORE, 'readwrite').objectStore(STORE).delete(KEY));
    db.close();
  },
  async loadStoreProfile() {
    const value = await read(PROFILE_KEY);
    return isStoreProfileEdit(value) ? value : undefined;
  },
  saveStoreProfile: (edit) => write(PROFILE_KEY, edit),
};

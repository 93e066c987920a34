/** What the kiosk's browser storage holds: the models, the app and the catalog live there. */
export interface StorageStatus {
  usage: number;
  quota: number;
  /** Granted persistent storage: the browser will not evict the models to free space. */
  persisted: boolean;
}

/**
 * Asks the browser to keep this origin's storage (a kiosk must not lose its models to eviction) and reads
 * how much is used of the quota. Undefined where the browser has no Storage API.
 */
export async function readStorageStatus(askPersistence: boolean): Promise<StorageStatus | undefined> {
  const storage: StorageManager | undefined = Reflect.get(navigator, 'storage');
  if (!storage?.estimate) return undefined;
  const persisted = askPersistence && storage.persist ? await storage.persist() : await storage.persisted();
  const { usage = 0, quota = 0 } = await storage.estimate();
  return { usage, quota, persisted };
}

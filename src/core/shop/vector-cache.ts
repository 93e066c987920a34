/** Where product vectors built on this device are kept, keyed by catalog content and embedder. */
export interface VectorCache {
  get(key: string): Promise<Uint8Array | undefined>;
  put(key: string, bytes: Uint8Array): Promise<void>;
}

/** A cache that keeps nothing (Node, tests, or a browser without IndexedDB). */
export const noVectorCache: VectorCache = {
  get: async () => undefined,
  put: async () => undefined,
};

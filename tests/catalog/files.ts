import { readFileSync } from 'node:fs';

/**
 * The real export files live in ../shared beside the repository (read-only, some not ours to ship), so
 * tests read them from there rather than copying them in.
 */
export function sharedFile(path: string): Uint8Array {
  return readFileSync(new URL(`../../../shared/data/${path}`, import.meta.url));
}

export function repoFile(path: string): Uint8Array {
  return readFileSync(new URL(`../../${path}`, import.meta.url));
}

export const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

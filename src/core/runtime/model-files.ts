import { AisleError } from '../errors.ts';
import type { BackendName } from './backend.ts';
import type { Progress } from './progress.ts';
import { runtimeFiles, totalBytes, type ModelFile, type ModelManifest } from './manifest.ts';

/** Where model files come from: the app's own origin in the browser, the repo's public/ folder in Node. */
export interface ModelSource {
  /** `expectedBytes`, the size the manifest gives, lets a source tell a download cut short from a whole one. */
  read(
    path: string,
    onBytes: (loaded: number) => void,
    signal?: AbortSignal,
    expectedBytes?: number,
  ): Promise<Uint8Array>;
}

/** A persistent cache of verified model files (Cache Storage in the browser). */
export interface ModelStore {
  read(path: string): Promise<Uint8Array | undefined>;
  write(path: string, bytes: Uint8Array): Promise<void>;
  remove(path: string): Promise<void>;
}

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

async function verified(file: ModelFile, bytes: Uint8Array): Promise<boolean> {
  return bytes.byteLength === file.bytes && (await sha256Hex(bytes)) === file.sha256;
}

export interface LoadFilesOptions {
  backend: BackendName;
  source: ModelSource;
  store?: ModelStore;
  onProgress?: (progress: Progress) => void;
  /** A verified file could not be kept (storage full): the model runs, but needs the network next start. */
  onStorageProblem?: (message: string) => void;
  signal?: AbortSignal;
}

/**
 * Loads every runtime file of a model, from the store when a verified copy is there, else from the source,
 * checking size and sha256 before anything is used or cached. A bad cached copy is dropped and fetched again.
 * Reports progress per file and overall (`file` undefined), in bytes.
 */
export async function loadModelFiles(
  manifest: ModelManifest,
  options: LoadFilesOptions,
): Promise<Map<string, Uint8Array>> {
  const files = runtimeFiles(manifest, options.backend);
  const total = totalBytes(files);
  const done = new Map<string, Uint8Array>();
  let completed = 0;
  const report = (file: ModelFile, loaded: number, phase: Progress['phase']) => {
    options.onProgress?.({ phase, model: manifest.id, file: file.path, loaded, total: file.bytes });
    options.onProgress?.({ phase, model: manifest.id, loaded: completed + loaded, total });
  };

  for (const file of files) {
    options.signal?.throwIfAborted();
    const cached = await options.store?.read(file.path);
    if (cached && (await verified(file, cached))) {
      report(file, file.bytes, 'cache');
      done.set(file.path, cached);
      completed += file.bytes;
      continue;
    }
    if (cached) await options.store?.remove(file.path);

    const bytes = await options.source.read(
      file.path,
      (loaded) => report(file, loaded, 'download'),
      options.signal,
      file.bytes,
    );
    if (!(await verified(file, bytes)))
      throw new AisleError(
        'checksum-mismatch',
        `The model file ${manifest.id}/${file.path} is damaged (its checksum does not match). ` +
          'Reload the page; if this keeps happening, the kiosk needs to be installed again.',
      );
    await options.store?.write(file.path, bytes).catch((error: unknown) => {
      // A full or unavailable cache costs a download next time, not this start: the model still runs.
      options.onStorageProblem?.(
        `The model file ${manifest.id}/${file.path} could not be kept on this kiosk (${AisleError.from(error).message}).`,
      );
    });
    report(file, file.bytes, 'download');
    done.set(file.path, bytes);
    completed += file.bytes;
  }
  return done;
}

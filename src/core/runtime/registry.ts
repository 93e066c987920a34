/**
 * The shipped models, in one place: their manifests (files, sizes, sha256, licence, backends) are the
 * ones tools/model/build.py wrote beside the model files. The worker, the CLI, the UI and the service worker
 * read only this. There is one language model and several embedders, one of them in use.
 */
import { AisleError } from '../errors.ts';
import miniLmManifest from '../../../public/models/all-minilm-l6-v2/manifest.json';
import e5Manifest from '../../../public/models/multilingual-e5-small/manifest.json';
import languageModelManifest from '../../../public/models/smollm2-135m-instruct/manifest.json';
import type { ModelManifest } from './manifest.ts';

/** Every shipped sentence embedder; vectors are keyed by the one that made them (`modelKey`). */
export const EMBEDDERS: readonly ModelManifest[] = [
  miniLmManifest as ModelManifest,
  e5Manifest as ModelManifest,
];

/**
 * The embedder the app, the service worker's download and the command line use unless told otherwise.
 * Switching it (e.g. to 'multilingual-e5-small') makes every device rebuild its product vectors, and a
 * prebuilt index made by the other embedder is set aside until `aisle index` is run again.
 */
export const DEFAULT_EMBEDDER_ID = 'all-minilm-l6-v2';

/** The shipped embedder with this id; a clear error naming the shipped ones otherwise. */
export function embedderManifest(id: string = DEFAULT_EMBEDDER_ID): ModelManifest {
  const found = EMBEDDERS.find((manifest) => manifest.id === id);
  if (!found)
    throw new AisleError(
      'bad-request',
      `There is no embedder "${id}"; the shipped ones are ${EMBEDDERS.map((m) => m.id).join(', ')}.`,
    );
  return found;
}

/** The models in use: the language model and the default embedder. */
export const MODELS = {
  languageModel: languageModelManifest as ModelManifest,
  embedder: embedderManifest(DEFAULT_EMBEDDER_ID),
} as const;

/** Every model whose files the app ships (in use or selectable). */
export const SHIPPED_MODELS: readonly ModelManifest[] = [MODELS.languageModel, ...EMBEDDERS];

/** Where a model's files are served, relative to the app's base URL (and to public/ in the repo). */
export function modelFolder(modelId: string): string {
  return `models/${modelId}/`;
}

/** Every model cache's name starts so; the service worker deletes those no shipped model uses. */
export const MODEL_CACHE_PREFIX = 'aisle-model-';

/** FNV-1a, 32 bits: a short, synchronous fingerprint of a manifest's file list (their sha256 already). */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/**
 * The Cache Storage name for a model version: its version and a fingerprint of its files' hashes, so a
 * rebuilt model never reads an older build's files, even under the same version number.
 */
export function modelCacheName(manifest: ModelManifest): string {
  const files = manifest.files.map((file) => `${file.path}:${file.sha256}`).join('\n');
  return `${MODEL_CACHE_PREFIX}${manifest.id}-${manifest.version}-${fingerprint(files)}`;
}

/** A model's identity for derived data such as search vectors: `<id>@<version>`. */
export function modelKey(manifest: ModelManifest): string {
  return `${manifest.id}@${manifest.version}`;
}

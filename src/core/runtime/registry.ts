/**
 * The shipped models, in one place: their manifests (files, sizes, sha256, licence, backends) are the
 * ones tools/model/build.py wrote beside the model files. The worker, the CLI and the UI read only this.
 */
import embedderManifest from '../../../public/models/all-minilm-l6-v2/manifest.json';
import languageModelManifest from '../../../public/models/smollm2-135m-instruct/manifest.json';
import type { ModelManifest } from './manifest.ts';

export const MODELS = {
  languageModel: languageModelManifest as ModelManifest,
  embedder: embedderManifest as ModelManifest,
} as const;

/** Where a model's files are served, relative to the app's base URL (and to public/ in the repo). */
export function modelFolder(modelId: string): string {
  return `models/${modelId}/`;
}

/** The Cache Storage name for a model version: a new version never reads an older one's files. */
export function modelCacheName(manifest: ModelManifest): string {
  return `aisle-model-${manifest.id}-${manifest.version}`;
}

/** A model's identity for derived data such as search vectors: `<id>@<version>`. */
export function modelKey(manifest: ModelManifest): string {
  return `${manifest.id}@${manifest.version}`;
}

/** The shape of public/models/<id>/manifest.json, written by tools/model/build.py. */
import type { BackendName } from './backend.ts';

export type ModelFileRole =
  'graph' | 'external-data' | 'tokenizer' | 'tokenizer-config' | 'chat-template' | 'license' | 'info';

export interface ModelFile {
  path: string;
  bytes: number;
  sha256: string;
  role: ModelFileRole;
  /** For a graph made for one backend only (e.g. the WebAssembly graph that runs fp32 MatMul). */
  backend?: 'wasm' | 'webgpu';
  /** onnxruntime session config entries this graph needs, e.g. {"session.disable_quant_qdq": "1"}. */
  sessionConfig?: Record<string, string>;
}

export interface ModelGraphInfo {
  inputs: string[];
  outputs: string[];
  numLayers?: number;
  numKvHeads?: number;
  headDim?: number;
  hiddenSize?: number;
  vocabSize?: number;
  bosTokenId?: number;
  eosTokenIds?: number[];
  maxLength?: number;
}

export interface ModelManifest {
  id: string;
  name: string;
  task: 'text-generation' | 'feature-extraction';
  version: string;
  license: string;
  source: { package: string; version: string; file: string; sha256: string; upstream: string };
  quantization: string;
  contextLength: number;
  backends: ('wasm' | 'webgpu')[];
  /**
   * Text the model was trained to see before a query and before a passage (e5: "query: ", "passage: ").
   * Absent for models that take plain text.
   */
  prefixes?: { query: string; passage: string };
  files: ModelFile[];
  graph: ModelGraphInfo;
}

/**
 * Files the runtime needs in memory to run the model on a backend: licence and info files are for
 * people, and a graph made for another backend is not downloaded.
 */
export function runtimeFiles(manifest: ModelManifest, backend: BackendName): ModelFile[] {
  const graph = graphFile(manifest, backend);
  return manifest.files.filter(
    (file) => file.role !== 'license' && file.role !== 'info' && (file.role !== 'graph' || file === graph),
  );
}

/** The graph for a backend: one made for it, else the one meant for every backend. */
export function graphFile(manifest: ModelManifest, backend: BackendName): ModelFile | undefined {
  const graphs = manifest.files.filter((file) => file.role === 'graph');
  return graphs.find((file) => file.backend === backend) ?? graphs.find((file) => file.backend === undefined);
}

export function fileWithRole(manifest: ModelManifest, role: ModelFileRole): ModelFile | undefined {
  return manifest.files.find((file) => file.role === role);
}

export function totalBytes(files: ModelFile[]): number {
  return files.reduce((sum, file) => sum + file.bytes, 0);
}

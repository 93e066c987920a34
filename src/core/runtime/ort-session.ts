import * as ort from 'onnxruntime-web';
import { AisleError } from '../errors.ts';
import type { BackendChoice } from './backend.ts';
import { graphFile, runtimeFiles, type ModelManifest } from './manifest.ts';

export { ort };

let configuredThreads: number | undefined;

/**
 * onnxruntime-web reads its WebAssembly settings once, when the first session starts: set them before that.
 * Left without wasmPaths on purpose: the bundler serves onnxruntime's own files from our origin.
 */
function configureWasm(threads: number): void {
  if (configuredThreads !== undefined) return;
  ort.env.wasm.numThreads = threads;
  ort.env.logLevel = 'error';
  configuredThreads = threads;
}

/** The thread count onnxruntime-web actually runs with (fixed by the first session). */
export function activeThreads(): number | undefined {
  return configuredThreads;
}

interface GpuDeviceLike {
  lost: Promise<unknown>;
}

/**
 * Resolves when the WebGPU device onnxruntime runs on is lost. Read it only after a WebGPU session has
 * started: before that, reading the device makes one.
 */
export async function gpuDeviceLost(): Promise<unknown> {
  const device = (await ort.env.webgpu.device) as GpuDeviceLike | undefined;
  return device?.lost ?? new Promise<never>(() => undefined);
}

function isOutOfMemory(error: unknown): boolean {
  const text = error instanceof Error ? `${error.name} ${error.message}` : String(error);
  return /out of memory|memory access out of bounds|Array buffer allocation failed|RangeError: .*memory/i.test(
    text,
  );
}

/** Starts an inference session for a model from its verified files. */
export async function createSession(
  manifest: ModelManifest,
  files: Map<string, Uint8Array>,
  choice: BackendChoice,
): Promise<ort.InferenceSession> {
  configureWasm(choice.threads);
  const graph = graphFile(manifest, choice.backend);
  const graphBytes = graph && files.get(graph.path);
  if (!graph || !graphBytes)
    throw new AisleError('model-file-missing', `The model ${manifest.id} has no graph file.`);
  const externalData = runtimeFiles(manifest, choice.backend)
    .filter((file) => file.role === 'external-data')
    .map((file) => {
      const data = files.get(file.path);
      if (!data)
        throw new AisleError('model-file-missing', `The model file ${manifest.id}/${file.path} is missing.`);
      return { path: file.path, data };
    });
  try {
    return await ort.InferenceSession.create(graphBytes, {
      executionProviders: [choice.backend],
      graphOptimizationLevel: 'all',
      externalData,
      // Flat "a.b" keys are passed to onnxruntime's session config as they are.
      extra: graph.sessionConfig ?? {},
    });
  } catch (error) {
    if (isOutOfMemory(error))
      throw new AisleError(
        'out-of-memory',
        'This device ran out of memory while starting the assistant. Close other apps or restart the kiosk.',
      );
    if (choice.backend === 'webgpu')
      throw new AisleError(
        'unsupported-browser',
        `The graphics processor could not run the assistant (${String(error)}).`,
      );
    throw AisleError.from(error);
  }
}

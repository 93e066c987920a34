/** Which onnxruntime-web execution provider runs the models, and with how many threads. */
export type BackendName = 'wasm' | 'webgpu';
export type BackendRequest = BackendName | 'auto';

export interface BackendEnvironment {
  /** 'hardware' for a real GPU adapter, 'fallback' for a software one (e.g. SwiftShader), 'none' without WebGPU. */
  webgpu: 'hardware' | 'fallback' | 'none';
  crossOriginIsolated: boolean;
  hardwareConcurrency: number;
}

/** Why a backend runs the models; the message catalogs say it in words (`models.backendReasons`). */
export type BackendReason =
  | 'wasm-asked'
  | 'webgpu-asked'
  | 'webgpu-asked-none'
  | 'gpu'
  | 'software-adapter'
  | 'no-adapter'
  | 'gpu-lost';

export interface BackendChoice {
  backend: BackendName;
  /** WebAssembly threads; 1 without cross-origin isolation. */
  threads: number;
  reason: BackendReason;
}

/** More threads than this buys little for models this small and starves the UI thread. */
export const MAX_THREADS = 4;

export function chooseBackend(request: BackendRequest, env: BackendEnvironment): BackendChoice {
  const threads = env.crossOriginIsolated ? Math.max(1, Math.min(MAX_THREADS, env.hardwareConcurrency)) : 1;
  const wasm = (reason: BackendReason): BackendChoice => ({ backend: 'wasm', threads, reason });
  if (request === 'wasm') return wasm('wasm-asked');
  if (request === 'webgpu') {
    if (env.webgpu === 'none') return wasm('webgpu-asked-none');
    return { backend: 'webgpu', threads, reason: 'webgpu-asked' };
  }
  if (env.webgpu === 'hardware') return { backend: 'webgpu', threads, reason: 'gpu' };
  return wasm(env.webgpu === 'fallback' ? 'software-adapter' : 'no-adapter');
}

/** Reads `?backend=wasm|webgpu` from a URL query; anything else means automatic. */
export function backendFromQuery(search: string): BackendRequest {
  const value = new URLSearchParams(search).get('backend');
  return value === 'wasm' || value === 'webgpu' ? value : 'auto';
}

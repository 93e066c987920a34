/// <reference lib="webworker" />
import type { BackendEnvironment } from '../core/runtime/backend.ts';

interface GpuAdapterLike {
  isFallbackAdapter?: boolean;
  info?: { isFallbackAdapter?: boolean };
}
interface GpuLike {
  requestAdapter(): Promise<GpuAdapterLike | null>;
}

/**
 * What this browser offers the models: a real or fallback WebGPU adapter, threads, cores. Without
 * `withGpu` (after the GPU was lost) no adapter is asked for, and WebGPU counts as absent.
 */
export async function probeEnvironment(withGpu = true): Promise<BackendEnvironment> {
  const gpu: GpuLike | undefined = withGpu ? Reflect.get(navigator, 'gpu') : undefined;
  let webgpu: BackendEnvironment['webgpu'] = 'none';
  if (gpu) {
    try {
      const adapter = await gpu.requestAdapter();
      if (adapter)
        webgpu = (adapter.info?.isFallbackAdapter ?? adapter.isFallbackAdapter) ? 'fallback' : 'hardware';
    } catch {
      webgpu = 'none';
    }
  }
  return {
    webgpu,
    crossOriginIsolated: globalThis.crossOriginIsolated === true,
    hardwareConcurrency: navigator.hardwareConcurrency || 1,
  };
}

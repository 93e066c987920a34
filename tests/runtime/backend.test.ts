import { describe, expect, it } from 'vitest';
import { backendFromQuery, chooseBackend } from '../../src/core/runtime/backend.ts';

const env = { webgpu: 'none', crossOriginIsolated: true, hardwareConcurrency: 8 } as const;

describe('backend choice', () => {
  it('takes WebGPU only with a real adapter', () => {
    expect(chooseBackend('auto', { ...env, webgpu: 'hardware' }).backend).toBe('webgpu');
    expect(chooseBackend('auto', { ...env, webgpu: 'fallback' }).backend).toBe('wasm');
    expect(chooseBackend('auto', env).backend).toBe('wasm');
  });

  it('honours an explicit request where it can', () => {
    expect(chooseBackend('webgpu', { ...env, webgpu: 'fallback' }).backend).toBe('webgpu');
    expect(chooseBackend('webgpu', env)).toMatchObject({
      backend: 'wasm',
      reason: 'webgpu-asked-none',
    });
    expect(chooseBackend('wasm', { ...env, webgpu: 'hardware' }).backend).toBe('wasm');
  });

  it('uses threads only when cross-origin isolated, capped at 4', () => {
    expect(chooseBackend('auto', env).threads).toBe(4);
    expect(chooseBackend('auto', { ...env, hardwareConcurrency: 2 }).threads).toBe(2);
    expect(chooseBackend('auto', { ...env, crossOriginIsolated: false }).threads).toBe(1);
  });

  it('reads ?backend= from the URL', () => {
    expect(backendFromQuery('?backend=webgpu')).toBe('webgpu');
    expect(backendFromQuery('?backend=wasm&x=1')).toBe('wasm');
    expect(backendFromQuery('?backend=cuda')).toBe('auto');
  });
});

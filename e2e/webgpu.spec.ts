import { expect, test } from './fixtures.ts';
import { AssistantCheckPage } from './pages/assistant-check-page.ts';
import { inEachWorker } from './workers.ts';

test('the search model runs on the WebGPU backend', async ({ page }) => {
  test.setTimeout(300_000);
  const check = new AssistantCheckPage(page);
  await check.open('?backend=webgpu');
  expect(await page.evaluate(() => 'gpu' in navigator)).toBe(true);
  await check.checkSearchModel();
  await expect(check.backend).toHaveAttribute('data-backend', 'webgpu');
  expect(Number(await check.similarity.textContent().then((t) => t?.split(': ')[1]))).toBeGreaterThan(0.5);
});

test('the search model goes on on WebAssembly when the GPU device is lost', async ({ page }) => {
  test.setTimeout(400_000);
  // Keep the GPU device the worker's runtime asks for, so the test can lose it as a driver reset would.
  page.on('worker', (worker) => {
    worker
      .evaluate(() => {
        const adapter = Reflect.get(self, 'GPUAdapter') as { prototype: Record<string, unknown> } | undefined;
        if (!adapter) return;
        const request = adapter.prototype.requestDevice as (...args: unknown[]) => Promise<object>;
        adapter.prototype.requestDevice = async function (this: unknown, ...args: unknown[]) {
          const device = await request.apply(this, args);
          Reflect.set(self, '__aisleGpuDevice', device);
          return device;
        };
      })
      .catch(() => undefined);
  });
  const check = new AssistantCheckPage(page);
  await check.open('?backend=webgpu');
  await check.checkSearchModel();
  await expect(check.backend).toHaveAttribute('data-backend', 'webgpu');

  const destroyed = await inEachWorker(page, () => {
    const device = Reflect.get(self, '__aisleGpuDevice') as { destroy(): void } | undefined;
    device?.destroy();
    return device !== undefined;
  });
  expect(destroyed.filter(Boolean)).toHaveLength(1);

  // The same check again: the figure comes back, computed on WebAssembly, and staff see why.
  await check.checkSearchModel();
  await expect(check.backend).toHaveAttribute('data-backend', 'wasm');
  await expect(check.backend).toContainText('graphics processor was lost');
  expect(Number(await check.similarity.textContent().then((t) => t?.split(': ')[1]))).toBeGreaterThan(0.5);
});

import { expect, test } from './fixtures.ts';
import { AssistantCheckPage } from './pages/assistant-check-page.ts';

test('the search model runs on the WebGPU backend', async ({ page }) => {
  test.setTimeout(300_000);
  const check = new AssistantCheckPage(page);
  await check.open('?backend=webgpu');
  expect(await page.evaluate(() => 'gpu' in navigator)).toBe(true);
  await check.checkSearchModel();
  await expect(check.backend).toHaveAttribute('data-backend', 'webgpu');
  expect(Number(await check.similarity.textContent().then((t) => t?.split(': ')[1]))).toBeGreaterThan(0.5);
});

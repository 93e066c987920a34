import { expect, test } from './fixtures.ts';
import { AssistantCheckPage } from './pages/assistant-check-page.ts';

const MODEL_FILE =
  /\/models\/[^/]+\/(model[^/]*\.(onnx|data\.\d+)|tokenizer[^/]*\.json|chat_template\.jinja)$/;

test.describe.configure({ timeout: 600_000 });

test('the shipped models load from the app itself, stream an answer, stop on request, and come from the cache after a reload', async ({
  page,
  outsideRequests,
}) => {
  const modelFetches: string[] = [];
  page.on('request', (request) => {
    if (MODEL_FILE.test(new URL(request.url()).pathname)) modelFetches.push(request.url());
  });
  const check = new AssistantCheckPage(page);
  await check.open('?backend=wasm');
  await check.loadModels();
  await expect(check.status).toContainText('Models ready on the processor (WebAssembly');
  await expect(page.getByTestId('models.progress')).toContainText(/(\d+\.\d) \/ \1 MB/);
  expect(modelFetches.length).toBeGreaterThanOrEqual(8);

  await check.ask('Name one thing a good kettle should have.');
  await expect(check.stats).toContainText('tokens', { timeout: 300_000 });
  await expect(check.answer).not.toBeEmpty();

  await check.ask('Write a long story about a supermarket at night.');
  await expect(check.stats).toHaveCount(0);
  await expect(check.answer).not.toBeEmpty({ timeout: 120_000 });
  await check.stop();
  await expect(check.stats).toContainText('(aborted)');

  modelFetches.length = 0;
  await page.reload();
  await check.open('?backend=wasm');
  await check.loadModels();
  await expect(check.status).toContainText('Models ready');
  expect(modelFetches).toEqual([]);
  expect(outsideRequests).toEqual([]);
});

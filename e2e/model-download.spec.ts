import { expect, test } from './fixtures.ts';
import { waitUntilOfflineReady } from './pages/offline-page.ts';

test.describe.configure({ timeout: 480_000 });

const INTERRUPTED = 'models/smollm2-135m-instruct/model.onnx.data.1';
const BEFORE_IT = 'models/smollm2-135m-instruct/model.onnx.data.0';

test('a model download cut off midway resumes where it stopped, and a damaged cached file is fetched again', async ({
  page,
  context,
  outsideRequests,
}) => {
  // What reached the network: a request the service worker answers from its caches shows up twice otherwise.
  const requests: { path: string; range: string }[] = [];
  context.on('response', (response) => {
    const path = new URL(response.url()).pathname.replace(/^\//, '');
    if (path.startsWith('models/') && !response.fromServiceWorker())
      requests.push({ path, range: response.request().headers()['range'] ?? '' });
  });

  // The connection drops halfway through the second weights file: only its first half arrives.
  let cutAt = 0;
  await context.route(`**/${INTERRUPTED}`, async (route) => {
    if (cutAt > 0) return route.fallback();
    const whole = await route.fetch();
    const body = await whole.body();
    cutAt = Math.floor(body.byteLength / 2);
    return route.fulfill({ response: whole, body: body.subarray(0, cutAt) });
  });

  await page.goto('./');
  await waitUntilOfflineReady(page);
  expect(cutAt).toBeGreaterThan(0);
  // The file before it was not fetched again, and the broken one only from where it stopped.
  expect(requests.filter((r) => r.path === BEFORE_IT)).toHaveLength(1);
  expect(requests.filter((r) => r.path === INTERRUPTED).map((r) => r.range)).toEqual(['', `bytes=${cutAt}-`]);

  // A cached file goes bad on the kiosk's disk: the next start notices it by its sha256 and fetches it again.
  const damaged = 'models/all-minilm-l6-v2/tokenizer.json';
  await page.evaluate(async (path) => {
    const name = (await caches.keys()).find((key) => key.startsWith('aisle-model-all-minilm-l6-v2-'));
    if (!name) throw new Error('no model cache');
    await (
      await caches.open(name)
    ).put(new URL(path, document.baseURI).href, new Response('{"broken": true}'));
  }, damaged);
  requests.length = 0;
  await page.reload();
  await waitUntilOfflineReady(page);
  expect(requests.map((r) => r.path)).toEqual([damaged]);
  expect(outsideRequests).toEqual([]);
});

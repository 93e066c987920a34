import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { CLOSED_NETWORK_ARGS, systemChromium } from '../scripts/chromium-path.ts';
import { ChatPage } from './pages/chat-page.ts';
import { inEachWorker } from './workers.ts';

/**
 * Many questions in one page session: no answer fails, and memory grows by less than 10% from after the
 * warm-up to the end. 30 questions in `npm test` (the page's heap); `npm run soak` asks 300 with both
 * models loaded and adds the worker's memory, WebAssembly included.
 */
const QUESTIONS = Number(process.env.SOAK_QUESTIONS ?? 30);
const WITH_LANGUAGE_MODEL = QUESTIONS > 30;
const WARM_UP = 10;

// The browser measures memory at once rather than at its next collection, and the test collects garbage
// in the worker first: `gc()` from --expose-gc.
test.use({
  launchOptions: {
    executablePath: systemChromium(),
    args: [
      ...CLOSED_NETWORK_ARGS,
      '--enable-blink-features=ForceEagerMeasureMemory',
      '--js-flags=--expose-gc',
    ],
  },
});
/** A shopper session: after this many questions the conversation is reset, as the idle reset does. */
const SESSION = 10;

test.describe.configure({ timeout: 420_000 + QUESTIONS * 10_000 });

const ASKED = [
  'laptops under 1500 dollars',
  'cheaper?',
  'How much is the Essence Mascara Lash Princess?',
  'is it in stock?',
  'what do people say about it?',
  'compare the first two',
  'any perfume under 100 dollars?',
  "what's your return policy?",
  '有便宜一点的笔记本电脑吗？',
  'show me sunglasses',
];

declare global {
  interface Performance {
    measureUserAgentSpecificMemory?: () => Promise<{
      breakdown: { bytes: number; attribution: { scope: string }[] }[];
    }>;
  }
}

/**
 * Bytes in use after a garbage collection: the page's JavaScript heap (CDP), and, in the full soak, its
 * workers as the browser attributes memory to them (`measureUserAgentSpecificMemory`, which counts the
 * WebAssembly memory too). The browser answers that one only once every worker has, and the runtime's
 * thread workers answer only when their wait times out, about a minute: too slow for `npm test`.
 */
async function memoryInUse(page: Page): Promise<{ page: number; workers: number }> {
  trace(
    `measuring; workers: ${page
      .workers()
      .map((w) => w.url().split('/').pop() ?? '')
      .join(', ')}`,
  );
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  let workers = 0;
  if (WITH_LANGUAGE_MODEL) {
    // Every worker collects its garbage, as far as it answers. The runtime's thread workers run the
    // assistant worker's script (the same address), and one blocked in Atomics.wait would hold the soak
    // for good: those are let be.
    await inEachWorker(page, () => (globalThis as unknown as { gc?: () => void }).gc?.());
    workers = await page.evaluate(async () => {
      const result = await performance.measureUserAgentSpecificMemory?.();
      return (result?.breakdown ?? [])
        .filter((entry) => entry.attribution.some((a) => a.scope === 'DedicatedWorkerGlobalScope'))
        .reduce((sum, entry) => sum + entry.bytes, 0);
    });
  }
  trace('measured');
  return { page: usedSize, workers };
}

const start = Date.now();
/** With SOAK_TRACE set, how long each phase and question took. */
function trace(what: string): void {
  if (process.env.SOAK_TRACE) console.log(`${((Date.now() - start) / 1000).toFixed(1)} s ${what}`);
}

test(`${QUESTIONS} questions in one session: every one answered, memory after warm-up grows under 10%`, async ({
  page,
  outsideRequests,
}) => {
  // The short run in `npm test` leaves the language model out (its download refused, as on a kiosk whose
  // model files are missing): the answers are the catalog-built ones either way, and loading 300 MB would
  // cost the suite minutes. The full soak loads both models.
  if (!WITH_LANGUAGE_MODEL)
    await page
      .context()
      .route('**/models/smollm2-135m-instruct/**', (route) => route.fulfill({ status: 404, body: '' }));
  const chat = new ChatPage(page);
  await chat.open();
  await expect(chat.input).toBeEnabled({ timeout: 120_000 });
  trace('chat ready');
  // Models loaded (or refused): what they take is the kiosk's working set, not growth.
  await expect(page.getByTestId('app.assistant-status')).toHaveAttribute(
    'data-state',
    WITH_LANGUAGE_MODEL ? 'ready' : 'error',
    { timeout: 300_000 },
  );
  trace('models settled');
  expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);

  let baseline: { page: number; workers: number } | undefined;
  for (let i = 0; i < QUESTIONS; i++) {
    if (i > 0 && i % SESSION === 0) {
      await page.getByTestId('chat.restart').click();
      await expect(chat.answers).toHaveCount(0);
    }
    if (i === WARM_UP) baseline = await memoryInUse(page);
    const question = ASKED[i % ASKED.length] ?? '';
    const answer = await chat.ask(question);
    trace(`${i + 1}: ${question}`);
    await expect(answer.getByTestId('chat.answer.text'), `question ${i + 1}: ${question}`).not.toHaveText(
      /Sorry, I cannot answer right now|restarting/,
    );
  }
  await page.getByTestId('chat.restart').click();
  await expect(chat.answers).toHaveCount(0);
  const end = await memoryInUse(page);
  if (!baseline) throw new Error(`the soak needs more than ${WARM_UP} questions`);
  const before = baseline.page + baseline.workers;
  const after = end.page + end.workers;
  const growth = (after - before) / before;
  test.info().annotations.push({
    type: 'memory',
    description: `after warm-up ${(before / 1e6).toFixed(1)} MB (page ${(baseline.page / 1e6).toFixed(1)}, workers ${(baseline.workers / 1e6).toFixed(1)}); after ${QUESTIONS} questions ${(after / 1e6).toFixed(1)} MB (page ${(end.page / 1e6).toFixed(1)}, workers ${(end.workers / 1e6).toFixed(1)}); growth ${(growth * 100).toFixed(1)}%`,
  });
  console.log(test.info().annotations.at(-1)?.description);
  expect(growth).toBeLessThan(0.1);
  expect(outsideRequests).toEqual([]);
});

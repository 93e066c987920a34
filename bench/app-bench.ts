import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { AssistantCheckPage } from '../e2e/pages/assistant-check-page.ts';
import { StaffEntry } from '../e2e/pages/staff-entry.ts';
import { isolatedContext } from './browser.ts';

/** One visit to the production build, timed from navigation start in the page's own clock. */
export interface AppVisit {
  /** The first screen with the catalog on it: the attract loop's featured products (or a category tile). */
  firstScreenMs: number;
  /** "Assistant ready" (both models loaded at start), read from `data-assistant` on the app's root: every screen has it. */
  workerReadyMs: number;
  /** The staff check screen's load, from the click; near zero now that the models load at start. */
  modelsLoadMs: number | null;
  /** Bytes received (headers and bodies) until the first screen and worker were ready, and in all. */
  bytesToReady: number;
  bytesTotal: number;
}

export interface AppFigures {
  cold: AppVisit;
  warm: AppVisit;
  bundle: { jsBytes: number; jsGzipBytes: number; wasmBytes: number; cssBytes: number; files: number };
  /** Requests to anywhere but this machine (each was blocked); should be none. */
  blockedRequests: string[];
}

/** Records, in the page's clock, when the first screen and the ready assistant first appear. */
const MARKS_SCRIPT = `(() => {
  const marks = {};
  window.__aisleMarks = marks;
  const check = () => {
    if (marks.firstScreen === undefined && document.querySelector('.attract-card, [data-testid="catalog.category-tile"]'))
      marks.firstScreen = performance.now();
    if (marks.workerReady === undefined && document.querySelector('.app[data-assistant="ready"]'))
      marks.workerReady = performance.now();
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, characterData: true });
})();`;

async function marks(page: Page): Promise<{ firstScreen: number; workerReady: number }> {
  await page.waitForFunction(
    () => {
      const m: unknown = Reflect.get(window, '__aisleMarks');
      return typeof m === 'object' && m !== null && 'firstScreen' in m && 'workerReady' in m;
    },
    undefined,
    { timeout: 60_000 },
  );
  return page.evaluate(
    () => Reflect.get(window, '__aisleMarks') as { firstScreen: number; workerReady: number },
  );
}

function byteCounter(context: BrowserContext): { total: () => number; settle: () => Promise<void> } {
  let bytes = 0;
  const pending: Promise<void>[] = [];
  context.on('requestfinished', (request) => {
    pending.push(
      request.sizes().then(
        (sizes) => void (bytes += sizes.responseBodySize + sizes.responseHeadersSize),
        () => undefined,
      ),
    );
  });
  return { total: () => bytes, settle: async () => void (await Promise.all(pending)) };
}

async function visit(page: Page, url: string, counter: ReturnType<typeof byteCounter>, loadModels: boolean) {
  await page.goto(url);
  const { firstScreen, workerReady } = await marks(page);
  await counter.settle();
  const bytesToReady = counter.total();
  let modelsLoadMs: number | null = null;
  if (loadModels) {
    // Staff mode, as staff open it, then its Assistant check screen.
    await new StaffEntry(page, false).unlock();
    await page.getByTestId('staff.assistant').click();
    const check = new AssistantCheckPage(page);
    await page.getByTestId('models.load').waitFor();
    const started = Date.now();
    await check.loadModels();
    modelsLoadMs = Date.now() - started;
    const status = (await check.status.textContent()) ?? '';
    if (!/Models ready/.test(status)) throw new Error(`the app's models did not load: ${status}`);
  }
  await counter.settle();
  return {
    firstScreenMs: firstScreen,
    workerReadyMs: workerReady,
    modelsLoadMs,
    bytesToReady,
    bytesTotal: counter.total(),
  };
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/** Sizes of the built app's code (not its models or catalog), raw and, for JavaScript, gzipped. */
export function bundleSizes(distDir: string): AppFigures['bundle'] {
  const files = filesUnder(join(distDir, 'assets'));
  const sum = (ext: string) =>
    files.filter((file) => file.endsWith(ext)).reduce((total, file) => total + statSync(file).size, 0);
  const js = files.filter((file) => file.endsWith('.js'));
  return {
    jsBytes: sum('.js'),
    jsGzipBytes: js.reduce((total, file) => total + gzipSync(readFileSync(file)).byteLength, 0),
    wasmBytes: sum('.wasm'),
    cssBytes: sum('.css'),
    files: files.length,
  };
}

/**
 * The production build in a fresh profile (cold: nothing cached) and then again in the same profile (warm:
 * HTTP cache and the models in Cache Storage), with the outside network blocked.
 */
export async function measureApp(
  browser: Browser,
  url: string,
  distDir: string,
  options: { loadModels: boolean },
): Promise<AppFigures> {
  const { context, blocked } = await isolatedContext(browser);
  try {
    await context.addInitScript(MARKS_SCRIPT);
    const counter = byteCounter(context);
    const page = await context.newPage();
    const cold = await visit(page, url, counter, options.loadModels);
    const before = counter.total();
    const warm = await visit(page, url, counter, options.loadModels);
    return {
      cold,
      warm: { ...warm, bytesToReady: warm.bytesToReady - before, bytesTotal: warm.bytesTotal - before },
      bundle: bundleSizes(distDir),
      blockedRequests: blocked,
    };
  } finally {
    await context.close();
  }
}

import { readFileSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from '@playwright/test';
import { CLOSED_NETWORK_ARGS, systemChromium } from '../scripts/chromium-path.ts';

/** The e2e tests' flags for a closed network and for running as root, plus what the bench reads. */
const CHROMIUM_ARGS = [
  ...CLOSED_NETWORK_ARGS,
  // To see whether the WebGPU adapter is real hardware or a software fallback.
  '--enable-unsafe-webgpu',
  // Heap sizes of the search indexes: a forced collection and exact (not bucketed) heap counters.
  '--js-flags=--expose-gc',
  '--enable-precise-memory-info',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: systemChromium(), args: CHROMIUM_ARGS });
}

function isLocal(url: string): boolean {
  if (url.startsWith('data:') || url.startsWith('blob:')) return true;
  const { hostname } = new URL(url);
  return hostname === 'localhost' || hostname === '127.0.0.1';
}

/**
 * A fresh browser profile (empty HTTP cache, Cache Storage and OPFS) with everything outside this machine
 * blocked, as in a shop whose internet is down. Requests that tried to leave are collected.
 */
export async function isolatedContext(
  browser: Browser,
): Promise<{ context: BrowserContext; blocked: string[] }> {
  const context = await browser.newContext();
  const blocked: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (isLocal(url)) return route.continue();
    blocked.push(url);
    return route.abort('blockedbyclient');
  });
  return { context, blocked };
}

/** Opens the bench page in a fresh profile and waits until its functions are installed. */
export async function openBenchPage(
  browser: Browser,
  url: string,
): Promise<{ context: BrowserContext; page: Page }> {
  const { context } = await isolatedContext(browser);
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`  bench page error: ${error.message}`));
  await page.goto(url);
  await page.locator('body[data-ready="true"]').waitFor({ timeout: 30_000 });
  return { context, page };
}

function residentBytes(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kib = /VmRSS:\s+(\d+) kB/.exec(status)?.[1];
    return kib ? Number(kib) * 1024 : 0;
  } catch {
    return 0; // the process ended between listing and reading
  }
}

/**
 * Peak resident memory of the browser's renderer processes (pages and their workers, where the models run)
 * while something runs, sampled from /proc every 100 ms. Linux only; null elsewhere.
 */
export class RendererMemory {
  private constructor(private readonly session: CDPSession) {}

  static async attach(browser: Browser): Promise<RendererMemory | null> {
    if (process.platform !== 'linux') return null;
    return new RendererMemory(await browser.newBrowserCDPSession());
  }

  private async rendererPids(): Promise<number[]> {
    const { processInfo } = await this.session.send('SystemInfo.getProcessInfo');
    return processInfo.filter((info) => info.type === 'renderer').map((info) => info.id);
  }

  async current(): Promise<number> {
    return (await this.rendererPids()).reduce((sum, pid) => sum + residentBytes(pid), 0);
  }

  /** Runs `work`, returning its value and the highest total renderer RSS seen meanwhile. */
  async peakDuring<T>(work: () => Promise<T>): Promise<{ value: T; peakBytes: number }> {
    let peak = await this.current();
    let sampling = Promise.resolve();
    const timer = setInterval(() => {
      sampling = sampling.then(async () => {
        peak = Math.max(peak, await this.current());
      });
    }, 100);
    try {
      const value = await work();
      return { value, peakBytes: Math.max(peak, await this.current()) };
    } finally {
      clearInterval(timer);
      await sampling.catch(() => undefined);
    }
  }
}

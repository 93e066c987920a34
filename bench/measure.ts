import { spawn } from 'node:child_process';
import { mkdtemp, open, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from '@playwright/test';
import { openBenchPage, type RendererMemory } from './browser.ts';
import type { BenchApi, BenchPrompt, LmEngineName } from './page/api.ts';
import { parseOrtProfile, type PhaseProfile } from './profile-parse.ts';
import type { LmMeasured } from './results.ts';
import { ROOT } from './servers.ts';
import { GGUF_ROUTE } from './serve-gguf.ts';
import type { BenchSettings } from './settings.ts';

type Call<K extends keyof BenchApi> = Parameters<BenchApi[K]>[0];
type Answer<K extends keyof BenchApi> = Awaited<ReturnType<BenchApi[K]>>;

/** Calls one bench-page function in the browser and returns its JSON answer. */
export function callPage<K extends keyof BenchApi>(
  page: Page,
  name: K,
  request: Call<K>,
): Promise<Answer<K>> {
  return page.evaluate(
    async ([fn, arg]) => {
      const api = window.aisleBench;
      if (!api) throw new Error('the bench page did not install window.aisleBench');
      // `fn` names a method of the API and `arg` is that method's request, as the signature says.
      const method = api[fn] as (request: unknown) => Promise<unknown>;
      return method(arg);
    },
    [name, request] as const,
  ) as Promise<Answer<K>>;
}

/** Runs `work` on a bench page in a fresh browser profile, closed afterwards. */
export async function onFreshPage<T>(
  browser: Browser,
  url: string,
  work: (page: Page) => Promise<T>,
): Promise<T> {
  const { context, page } = await openBenchPage(browser, url);
  try {
    return await work(page);
  } finally {
    await context.close();
  }
}

/** One language-model configuration (engine × threads), alone in the browser so its memory is its own. */
export async function measureLm(
  browser: Browser,
  memory: RendererMemory | null,
  benchUrl: string,
  engine: LmEngineName,
  threads: number,
  prompts: BenchPrompt[],
  settings: BenchSettings,
): Promise<LmMeasured> {
  return onFreshPage(browser, benchUrl, async (page) => {
    const request = {
      engine,
      threads,
      prompts,
      decodeTokens: settings.lm.decodeTokens,
      ggufUrl: new URL(GGUF_ROUTE, benchUrl).href,
      cachedLoad: settings.lm.cachedLoad,
    };
    const baseline = memory ? await memory.current() : null;
    const run = () => callPage(page, 'lm', request);
    if (!memory) return { ...(await run()), peakRendererBytes: null, baselineRendererBytes: null };
    const { value, peakBytes } = await memory.peakDuring(run);
    return { ...value, peakRendererBytes: peakBytes, baselineRendererBytes: baseline };
  });
}

/**
 * Our model's per-operator profile: bench/profile-lm.ts in a child process whose stdout, where
 * onnxruntime's WebAssembly prints the profile with blocking writes, goes to a file (a pipe can refuse a
 * synchronous write when full, which stalls the child).
 */
export async function profileLm(settings: BenchSettings): Promise<PhaseProfile[]> {
  const tsx = fileURLToPath(new URL('../node_modules/tsx/dist/cli.mjs', import.meta.url));
  const dir = await mkdtemp(join(tmpdir(), 'aisle-profile-'));
  const output = join(dir, 'profile.txt');
  const file = await open(output, 'w');
  try {
    const args = [
      tsx,
      'bench/profile-lm.ts',
      String(settings.profile.promptTokens),
      String(settings.profile.decodeSteps),
    ];
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', file.fd, 'inherit'] });
    const code = await new Promise<number | null>((resolve, reject) => {
      child.on('error', reject);
      child.on('exit', resolve);
    });
    if (code !== 0) throw new Error(`bench/profile-lm.ts exited with ${code}`);
    return parseOrtProfile(await readFile(output, 'utf8'));
  } finally {
    await file.close();
    await rm(dir, { recursive: true, force: true });
  }
}

/** The relevance set (eval/search/relevance.jsonl), or none while it does not exist. */
export async function relevanceSet(): Promise<{ id: string; query: string; relevant: string[] }[]> {
  let text: string;
  try {
    text = await readFile(`${ROOT}eval/search/relevance.jsonl`, 'utf8');
  } catch {
    return [];
  }
  return text
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line) => {
      const item: unknown = JSON.parse(line);
      const get = (key: string) =>
        typeof item === 'object' && item !== null ? Reflect.get(item, key) : undefined;
      const relevant = get('relevant');
      return {
        id: String(get('id')),
        query: String(get('query')),
        relevant: Array.isArray(relevant) ? relevant.map(String) : [],
      };
    });
}

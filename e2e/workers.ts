import type { Page } from '@playwright/test';

/**
 * Runs `fn` in each of the page's workers and gives each one's answer. onnxruntime's thread workers sit
 * blocked in `Atomics.wait` and may not answer for minutes: a worker that has not answered within
 * `patience` ms gives `undefined`, and the test goes on without it.
 */
export function inEachWorker<T>(page: Page, fn: () => T, patience = 5_000): Promise<(T | undefined)[]> {
  return Promise.all(
    page
      .workers()
      .map((worker) =>
        Promise.race([
          worker.evaluate(fn).catch(() => undefined),
          new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), patience)),
        ]),
      ),
  );
}

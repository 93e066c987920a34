/**
 * Knowing when the assistant's worker has died, without a timer: the worker holds a Web Lock named after
 * it for as long as it lives (see entry.ts), and the page asks for the same lock. The browser grants it to
 * the page only once the worker is gone, however it went (terminated, crashed, out of memory).
 */

/** Worker side: holds the lock `name` until the worker ends; resolves once it is held. */
export function holdWorkerLife(name: string): Promise<void> {
  if (typeof navigator === 'undefined' || !('locks' in navigator)) return Promise.resolve();
  return new Promise((held) => {
    navigator.locks
      .request(name, () => {
        held();
        // Never settles: the lock goes only with the worker.
        return new Promise<never>(() => undefined);
      })
      // Refused (a widget framed by another site with its storage blocked): the worker works, unwatched.
      .catch(() => held());
  });
}

/** Page side: calls `onDeath` when the worker holding `name` is gone, unless `signal` aborts first. */
export function watchWorkerLife(name: string, signal: AbortSignal, onDeath: () => void): void {
  if (!('locks' in navigator)) return;
  navigator.locks
    .request(name, { signal }, () => {
      if (!signal.aborted) onDeath();
    })
    .catch(() => undefined);
}

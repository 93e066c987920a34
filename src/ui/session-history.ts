/**
 * The browser's history within one shopper's session. Each entry the kiosk adds is stamped with its depth
 * (the first entry is 0), so that the idle reset can go back to the first entry and start afresh there:
 * a later shopper's Back never reaches the last one's search (its words are in the address).
 */
const DEPTH_KEY = 'aisleDepth';

function depthOf(state: unknown): number | undefined {
  if (typeof state !== 'object' || state === null) return undefined;
  const depth: unknown = Reflect.get(state, DEPTH_KEY);
  return typeof depth === 'number' ? depth : undefined;
}

/** Stamps every new entry with its depth; returns the listener's removal. */
export function trackHistoryDepth(): () => void {
  let depth = depthOf(history.state) ?? 0;
  if (depthOf(history.state) === undefined) history.replaceState({ [DEPTH_KEY]: depth }, '');
  const stamp = () => {
    const known = depthOf(history.state);
    if (known === undefined) {
      depth += 1;
      history.replaceState({ [DEPTH_KEY]: depth }, '');
    } else depth = known;
  };
  window.addEventListener('hashchange', stamp);
  window.addEventListener('popstate', stamp);
  return () => {
    window.removeEventListener('hashchange', stamp);
    window.removeEventListener('popstate', stamp);
  };
}

/**
 * Goes back to the session's first entry, makes it `hash`, and adds one fresh entry after it so that the
 * later entries (Forward) are dropped. Resolves once the screen shows `hash`.
 */
export async function restartHistory(hash: string): Promise<void> {
  const depth = depthOf(history.state) ?? 0;
  if (depth > 0)
    await new Promise<void>((resolve) => {
      window.addEventListener('popstate', () => resolve(), { once: true });
      history.go(-depth);
    });
  history.replaceState({ [DEPTH_KEY]: 0 }, '', hash);
  history.pushState({ [DEPTH_KEY]: 1 }, '', hash);
  // Neither call tells the page; the route hook listens for this.
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}

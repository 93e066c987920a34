import { test as base, expect } from '@playwright/test';
import { KioskPage } from './pages/kiosk-page.ts';

/** True for the app's own origin (the preview server); everything else counts as the outside world. */
function isOwnOrigin(url: string, baseURL: string): boolean {
  if (url.startsWith('data:') || url.startsWith('blob:')) return true;
  return new URL(url).origin === new URL(baseURL).origin;
}

interface Fixtures {
  /** Requests that tried to leave the origin during the test; each was blocked. */
  outsideRequests: string[];
  kiosk: KioskPage;
}

/**
 * Every test runs with the network outside the app's origin blocked, as in a shop whose internet is down.
 * The attempts are recorded so a test can assert there were none.
 */
export const test = base.extend<Fixtures>({
  outsideRequests: [
    async ({ context, baseURL }, use) => {
      const attempts: string[] = [];
      const origin = baseURL ?? 'http://localhost/';
      await context.route('**/*', (route) => {
        const url = route.request().url();
        if (isOwnOrigin(url, origin)) return route.continue();
        attempts.push(url);
        return route.abort('blockedbyclient');
      });
      await use(attempts);
    },
    { auto: true },
  ],
  kiosk: async ({ page, hasTouch }, use) => {
    await use(new KioskPage(page, hasTouch));
  },
});

export { expect };

import { test as base, expect } from '@playwright/test';
import { KioskPage } from './pages/kiosk-page.ts';

/** True for the app's own origin (the preview server) and `more`; everything else is the outside world. */
function isOwnOrigin(url: string, baseURL: string, more: readonly string[]): boolean {
  if (url.startsWith('data:') || url.startsWith('blob:')) return true;
  const origin = new URL(url).origin;
  return origin === new URL(baseURL).origin || more.includes(origin);
}

interface Fixtures {
  /** Origins besides the app's that a test serves itself (the demo web shop page of the widget tests). */
  testOrigins: string[];
  /** Requests that tried to leave the origin during the test; each was blocked. */
  outsideRequests: string[];
  kiosk: KioskPage;
}

/**
 * Every test runs with the network outside the app's origin blocked, as in a shop whose internet is down.
 * The attempts are recorded so a test can assert there were none.
 */
export const test = base.extend<Fixtures>({
  testOrigins: [[], { option: true }],
  outsideRequests: [
    async ({ context, baseURL, testOrigins }, use) => {
      const attempts: string[] = [];
      const origin = baseURL ?? 'http://localhost/';
      await context.route('**/*', (route) => {
        const url = route.request().url();
        if (isOwnOrigin(url, origin, testOrigins)) return route.continue();
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

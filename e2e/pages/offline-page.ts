import type { Locator, Page } from '@playwright/test';
import { StaffEntry } from './staff-entry.ts';

/** The staff's offline panel on the assistant check screen (#/staff/assistant). */
export class OfflinePanel {
  readonly version: Locator;
  readonly status: Locator;
  readonly update: Locator;
  readonly storage: Locator;
  readonly apply: Locator;
  readonly check: Locator;

  constructor(readonly page: Page) {
    this.version = page.getByTestId('offline.version');
    this.status = page.getByTestId('offline.status');
    this.update = page.getByTestId('offline.update');
    this.storage = page.getByTestId('offline.storage');
    this.apply = page.getByTestId('offline.apply');
    this.check = page.getByTestId('offline.check');
  }

  /**
   * Opens the panel the way staff do, without reloading the page (a conversation stays where it is):
   * into staff mode when the kiosk is not in it, then the Assistant check screen.
   */
  async show(): Promise<void> {
    if ((await this.page.getByTestId('staff.bar').count()) === 0)
      await new StaffEntry(this.page, false).unlock();
    await this.page.evaluate(() => (window.location.hash = '#/staff/assistant'));
    await this.version.waitFor();
  }
}

/** Waits until the kiosk is stored for offline use and the assistant has loaded everything it needs. */
export async function waitUntilOfflineReady(page: Page): Promise<void> {
  // "Assistant ready", read from the app's root: the attract loop shows no status line.
  await page.locator('[data-assistant="ready"]').waitFor({ timeout: 240_000 });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';

/** The shipped staff PIN (public/kiosk.config.json holds its hash; docs/kiosk.md says to change it). */
export const SHIPPED_PIN = '2468';

/** Serves kiosk.config.json with `changes` laid over the shipped file, as a fleet's own file would be. */
export async function serveKioskConfig(page: Page, changes: Record<string, unknown>): Promise<void> {
  const shipped: Record<string, unknown> = JSON.parse(
    await readFile(new URL('../public/kiosk.config.json', import.meta.url), 'utf8'),
  );
  await page.route('**/kiosk.config.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify({ ...shipped, ...changes }) }),
  );
}

import { buildVersion } from './deploy.ts';
import { serveKioskConfig } from './kiosk-config.ts';
import { expect, test } from './fixtures.ts';
import { ChatPage } from './pages/chat-page.ts';
import { OfflinePanel, waitUntilOfflineReady } from './pages/offline-page.ts';

test.describe.configure({ timeout: 480_000 });

const NEXT = 'e2e-next';
/** A fleet's short idle time, so the test waits half a minute for the reset rather than two. */
const IDLE = { idleSeconds: 10, idleWarningSeconds: 20 };

test('a new deployment downloads in the background, waits through the conversation, and applies at the idle reset', async ({
  kiosk,
  page,
  outsideRequests,
}) => {
  // The next build is made before the shopper comes: made mid-conversation, on a loaded machine, it took
  // longer than the idle time, and the reset came before the kiosk was told to look for the update.
  const next = buildVersion(NEXT);
  try {
    await serveKioskConfig(page, IDLE);
    await page.goto('./');
    await waitUntilOfflineReady(page);
    const panel = new OfflinePanel(page);
    await panel.show();
    const running = await panel.version.innerText();
    expect(running).not.toContain(NEXT);

    // A shopper is talking to the assistant.
    const chat = new ChatPage(page);
    await page.evaluate(() => (window.location.hash = '#/chat'));
    await expect(chat.input).toBeEnabled({ timeout: 120_000 });
    await chat.ask('laptops under 1500 dollars');

    // Meanwhile the chain deploys a new build, and the kiosk finds it.
    next.rollOut();
    await panel.show();
    await panel.check.click();
    await expect(panel.update).toContainText(`Version ${NEXT} is downloaded`, { timeout: 180_000 });

    // The shopper taps the chat once more: the idle time counts from here. The reload into the new build
    // is told by a mark the old document carries and a new one does not (the idle reset's own return to
    // the first history entry changes the address too).
    await page.evaluate(() => (window.location.hash = '#/chat'));
    await chat.input.click();
    await page.evaluate(() => Reflect.set(window, 'aisleOldDocument', true));

    // It waits: the running version stays, and so does the shopper's conversation.
    await expect(chat.answers).toHaveCount(1);
    expect(await page.evaluate(() => Reflect.has(window, 'aisleOldDocument'))).toBe(true);

    // Nobody touches the kiosk: at the idle reset (idle time and its warning, after the last tap) the
    // page reloads into the new version, on the attract loop.
    await page.waitForFunction(() => !Reflect.has(window, 'aisleOldDocument'), undefined, {
      timeout: 150_000,
      polling: 500,
    });
    await expect(kiosk.attract).toBeVisible();
    await panel.show();
    await expect(panel.version).toHaveText(`Version ${NEXT}`);
    await expect(panel.update).toHaveAttribute('data-status', 'none');
    await page.evaluate(() => (window.location.hash = '#/chat'));
    await expect(chat.input).toBeVisible();
    await expect(chat.answers).toHaveCount(0);
  } finally {
    next.undo();
  }
  expect(outsideRequests).toEqual([]);
});

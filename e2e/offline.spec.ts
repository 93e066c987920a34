import { expect, test } from './fixtures.ts';
import { AssistantCheckPage } from './pages/assistant-check-page.ts';
import { ChatPage } from './pages/chat-page.ts';
import { OfflinePanel, waitUntilOfflineReady } from './pages/offline-page.ts';
import { SearchPage } from './pages/search-page.ts';

test.describe.configure({ timeout: 480_000 });

test('after one visit, the kiosk comes back with the network down: browse, search, and a model answer', async ({
  kiosk,
  outsideRequests,
  page,
  context,
  hasTouch,
}) => {
  await kiosk.open();
  await waitUntilOfflineReady(page);

  // The shop's network goes down, and the kiosk restarts.
  await context.setOffline(true);
  await page.reload();
  await kiosk.categoryTiles.first().waitFor();
  await expect(kiosk.assistantStatus).toHaveText('Assistant ready', { timeout: 120_000 });
  // Served by the service worker with the host's isolation headers kept: the models still get threads.
  expect(await page.evaluate(() => window.crossOriginIsolated)).toBe(true);

  await kiosk.openCategory('Groceries');
  await kiosk.openProduct('Apple');
  await expect(kiosk.productPrice).toBeVisible();
  // Product photos in the demo catalog point at a remote host: placeholders stand in for them.
  await expect(page.locator('img[src^="http"]')).toHaveCount(0);

  const search = new SearchPage(page, hasTouch);
  await search.search('laptops under 1500 dollars');
  await expect(search.resultCards.first()).toBeVisible();

  const chat = new ChatPage(page);
  await page.evaluate(() => (window.location.hash = '#/chat'));
  await expect(chat.input).toBeEnabled({ timeout: 120_000 });
  const answer = await chat.ask('laptops under 1500 dollars');
  await expect(chat.cards(answer).first()).toBeVisible();
  await expect(answer.getByTestId('chat.answer.text')).toContainText('$');

  // The language model itself, from its cached files, on the staff's check screen.
  const check = new AssistantCheckPage(page);
  await new OfflinePanel(page).show();
  await check.ask('Name one thing a good kettle should have.');
  await expect(check.stats).toContainText('tokens', { timeout: 300_000 });
  await expect(check.answer).not.toBeEmpty();
  await expect(new OfflinePanel(page).status).toContainText('Works offline');
  expect(outsideRequests).toEqual([]);
});

test('the served app is cross-origin isolated, so WebAssembly can use threads', async ({ kiosk, page }) => {
  await kiosk.open();
  expect(await page.evaluate(() => window.crossOriginIsolated)).toBe(true);
  const response = await page.request.get('./');
  expect(response.headers()['content-security-policy']).toContain("default-src 'self'");
});

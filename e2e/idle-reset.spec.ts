import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { serveKioskConfig } from './kiosk-config.ts';
import { ChatPage } from './pages/chat-page.ts';
import { SearchPage } from './pages/search-page.ts';

test.describe.configure({ timeout: 180_000 });

const QUERY = 'laptops under 1500 dollars';

/** Everything the browser keeps for the page, as text: storage, the databases' records, cached addresses. */
async function browserKept(page: Page) {
  return page.evaluate(async () => {
    const local = Object.fromEntries(Object.entries(localStorage));
    const records: string[] = [];
    for (const { name } of await indexedDB.databases()) {
      if (!name) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      for (const store of Array.from(db.objectStoreNames)) {
        const all = await new Promise<unknown[]>((resolve, reject) => {
          const request = db.transaction(store).objectStore(store).getAll();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        records.push(...all.map((value) => (typeof value === 'string' ? value : JSON.stringify(value))));
      }
      db.close();
    }
    const cached: string[] = [];
    for (const name of await caches.keys())
      for (const request of await (await caches.open(name)).keys()) cached.push(request.url);
    return { local, session: sessionStorage.length, records, cached };
  });
}

test('after the idle time the kiosk asks, Continue keeps the session, and then it forgets the shopper', async ({
  page,
  kiosk,
  hasTouch,
  outsideRequests,
}) => {
  // The fleet's file lowers the idle time; the warning keeps its WCAG minimum of 20 seconds.
  await serveKioskConfig(page, { idleSeconds: 10, idleWarningSeconds: 20 });
  // The page's clock stands still from the first screen on, and moves only when the test says: the idle
  // time counts only what the test lets pass, however long the assistant takes to start.
  const start = new Date('2026-03-02T09:00:00Z');
  await page.clock.install({ time: start });
  const chat = new ChatPage(page);
  const search = new SearchPage(page, hasTouch);
  await page.goto('./');
  await page.clock.pauseAt(new Date(start.getTime() + 60_000));
  await kiosk.startSession();

  // A shopper turns on larger text, taps a suggested question, then searches and narrows the results.
  await kiosk.tap(page.getByTestId('display.large-text'));
  await expect(page.locator('html')).toHaveClass(/large-text/);
  await kiosk.tap(page.getByTestId('home.suggestion').first());
  await expect(chat.input).toBeEnabled({ timeout: 120_000 });
  const answer = chat.answers.first();
  await expect(answer.getByTestId('chat.card').first()).toBeVisible({ timeout: 120_000 });
  const shownTitles = await answer.getByTestId('chat.card.title').allInnerTexts();
  const question = await page.getByTestId('chat.question').first().innerText();
  await search.search(QUERY);
  await search.tap(search.brandChips.first());
  await expect(search.brandChips.first()).toHaveAttribute('aria-pressed', 'true');
  await page.evaluate(() => sessionStorage.setItem('aisle-probe', 'left by the last shopper'));

  // Quiet for the idle time: the dialog; Continue keeps everything.
  await page.clock.fastForward(11_000);
  const dialog = page.getByRole('alertdialog');
  await expect(dialog).toBeVisible();
  await expect(dialog).toHaveAccessibleName('Are you still there?');
  await expect(page.getByTestId('idle.countdown')).toContainText(/\d+ seconds/);
  await kiosk.tap(page.getByTestId('idle.continue'));
  await expect(dialog).toBeHidden();
  await expect(search.input).toHaveValue(QUERY);
  await expect(search.brandChips.first()).toHaveAttribute('aria-pressed', 'true');

  // Quiet again, through the whole countdown: the attract loop, and nothing of the shopper anywhere.
  await page.clock.fastForward(11_000);
  await expect(dialog).toBeVisible();
  await page.clock.fastForward(21_000);
  await expect(kiosk.attract).toBeVisible();
  await expect(dialog).toBeHidden();
  await expect(page.locator('html')).not.toHaveClass(/large-text/);

  expect(await page.evaluate(() => Reflect.get(window, 'aisleShopperTraces')())).toEqual({
    chatMessages: 0,
    pendingQuestion: null,
    searchQuery: '',
    searchChips: 0,
    searchSorted: false,
    searchResults: false,
    staffUnlocked: false,
  });
  const kept = await browserKept(page);
  expect(kept.session).toBe(0);
  expect(Object.keys(kept.local).filter((key) => key !== 'aisle-settings')).toEqual([]);
  for (const text of [...Object.values(kept.local), ...kept.records, ...kept.cached]) {
    expect(text).not.toContain(QUERY);
    expect(text).not.toContain(encodeURIComponent(QUERY));
    expect(text).not.toContain(question);
  }

  // Back does not lead to the last shopper's search (its words are in the address).
  await page.goBack();
  await expect(page).not.toHaveURL(/search/);

  // The next shopper: an empty search box and chat, and the assistant remembers no products shown before.
  await kiosk.startSession();
  await expect(search.input).toHaveValue('');
  await kiosk.tap(page.getByTestId('nav.chat'));
  await expect(chat.input).toBeEnabled();
  await expect(chat.answers).toHaveCount(0);
  const followUp = await chat.ask('cheaper?');
  await expect(chat.cards(followUp)).toHaveCount(0);
  for (const title of shownTitles) await expect(followUp).not.toContainText(title);
  expect(outsideRequests).toEqual([]);
});

import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { ChatPage } from './pages/chat-page.ts';

test.describe.configure({ timeout: 180_000 });
// Without the service worker the catalog comes from the network, where the test can slow it down.
test.use({ serviceWorkers: 'block' });

declare global {
  interface Window {
    __statusSeen?: string[];
  }
}

declare global {
  interface Window {
    __workers?: Worker[];
  }
}

/** Keeps a handle on every worker the page starts, so the test can terminate one as the browser would. */
async function recordWorkers(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const Original = window.Worker;
    window.__workers = [];
    window.Worker = class extends Original {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        window.__workers?.push(this);
      }
    };
  });
}

/**
 * Sends the question typed in the chat and, in the same task, terminates the assistant's worker: the
 * request has reached it and its answer never comes, as when the browser kills a worker out of memory.
 */
async function askAndTerminateWorker(page: Page): Promise<void> {
  await page.evaluate(() => {
    const send = document.querySelector<HTMLButtonElement>('[data-testid="chat.send"]');
    send?.click();
    for (const worker of window.__workers ?? []) worker.terminate();
  });
}

test('the assistant worker dies mid-answer: the kiosk says it is restarting, keeps the conversation and answers the next question', async ({
  page,
  outsideRequests,
}) => {
  await recordWorkers(page);
  const chat = new ChatPage(page);
  await chat.open();
  await expect(chat.input).toBeEnabled({ timeout: 120_000 });
  const first = await chat.ask('How much is the Essence Mascara Lash Princess?');
  await expect(first.getByTestId('chat.answer.text')).toContainText('$9.99');

  // Every word the status line shows from here on.
  await page.evaluate(() => {
    const status = document.querySelector('[data-testid="app.assistant-status"]');
    window.__statusSeen = [];
    if (status)
      new MutationObserver(() => window.__statusSeen?.push(status.textContent ?? '')).observe(status, {
        subtree: true,
        childList: true,
        characterData: true,
      });
  });
  // The new worker fetches the catalog again and indexes it: slowed here, so that a chat taking
  // questions before the new worker has its index shows.
  await page.route('**/catalog/catalog.json', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    await route.continue();
  });
  await chat.input.fill('Which laptops do you have under 1500 dollars?');
  await askAndTerminateWorker(page);

  const second = chat.answers.nth(1);
  await expect(second).toContainText('The assistant stopped and is restarting.');
  await expect(chat.input).toBeEnabled({ timeout: 120_000 });
  expect(await page.evaluate(() => window.__statusSeen)).toContain('Assistant restarting…');

  // The conversation stays on screen, and the new worker answers.
  await expect(first.getByTestId('chat.answer.text')).toContainText('$9.99');
  const third = await chat.ask('How much is the Essence Mascara Lash Princess?');
  await expect(third.getByTestId('chat.answer.text')).toContainText('$9.99');
  expect(outsideRequests).toEqual([]);
});

import { expect, test } from './fixtures.ts';
import { SEARCH_READY_MS, SearchPage } from './pages/search-page.ts';

test.setTimeout(SEARCH_READY_MS + 60_000);

test('the first search after start-up shows products from words at once, then ranked by meaning once the embedder is in', async ({
  context,
  page,
  kiosk,
  hasTouch,
  outsideRequests,
}) => {
  // The embedder's files are held back until the test lets them through, as on a slow first start.
  let letThrough: () => void = () => undefined;
  const embedderArrives = new Promise<void>((resolve) => (letThrough = resolve));
  const held: string[] = [];
  await context.route('**/models/all-minilm-l6-v2/**', async (route) => {
    held.push(route.request().url());
    await embedderArrives;
    await route.continue();
  });
  try {
    await kiosk.open();
    const search = new SearchPage(page, hasTouch);
    await search.input.fill('laptops');
    if (hasTouch) await search.submit.tap();
    else await search.input.press('Enter');

    // Products from words, while the embedder is still on its way.
    await expect(search.resultCards.first()).toBeVisible({ timeout: SEARCH_READY_MS });
    expect(await search.resultTitles()).toContainEqual(expect.stringMatching(/MacBook|Laptop/));
    await expect(page.getByTestId('search.preliminary')).toBeVisible();
    await expect(search.screen).toHaveAttribute('aria-busy', 'true');
    await expect.poll(() => held.length).toBeGreaterThan(0);

    // The embedder arrives: the full ranking replaces the words' one.
    letThrough();
    await search.settled();
    await expect(page.getByTestId('search.preliminary')).toHaveCount(0);
    await expect(search.resultCards.first()).toBeVisible();
  } finally {
    letThrough();
  }
  expect(outsideRequests).toEqual([]);
});

import { expect, test } from './fixtures.ts';
import { SEARCH_READY_MS, SearchPage } from './pages/search-page.ts';

// The first search of a fresh browser waits for the worker's search index.
test.setTimeout(SEARCH_READY_MS + 60_000);

const amount = (text: string) => Number(text.replace(/[^0-9.]/g, ''));

test('a price phrase finds only the laptops within the price, and says what it understood', async ({
  kiosk,
  page,
  hasTouch,
  outsideRequests,
}) => {
  // What the shop's own shelves say: every laptop and its price, from the Laptops category.
  await kiosk.open();
  await kiosk.openCategory('Laptops');
  const titles = await kiosk.productCards.locator('.card-title').allTextContents();
  const prices = (await kiosk.productCards.locator('.price-now').allTextContents()).map(amount);
  const affordable = titles.filter((_, i) => (prices[i] ?? Infinity) <= 1500);
  expect(affordable.length).toBeGreaterThan(0);
  expect(affordable.length).toBeLessThan(titles.length);

  const search = new SearchPage(page, hasTouch);
  await search.search('laptops under 1500 dollars');
  await expect(page).toHaveURL(/#\/search\/laptops%20under%201500%20dollars$/);
  await expect(search.understood).toHaveText(['under 1500 dollars']);
  expect((await search.resultTitles()).sort()).toEqual([...affordable].sort());
  for (const price of await search.resultPrices()) expect(price).toBeLessThanOrEqual(1500);

  // Cheapest first, on request.
  await search.chooseSort('Price: low to high');
  const sorted = await search.resultPrices();
  expect(sorted).toEqual([...sorted].sort((a, b) => a - b));

  const [first = ''] = await search.resultTitles();
  await search.openResult(first);
  await expect(kiosk.productTitle).toHaveText(first);
  expect(outsideRequests).toEqual([]);
});

test('a misspelt word still finds the product', async ({ kiosk, page, hasTouch }) => {
  await kiosk.open();
  const search = new SearchPage(page, hasTouch);
  await search.search('mascra');
  await expect(search.resultCards.first()).toContainText(/mascara/i);
});

test('with nothing to match, the shopper gets words the shop knows and a hint to ask staff', async ({
  kiosk,
  page,
  hasTouch,
}) => {
  await kiosk.open();
  const search = new SearchPage(page, hasTouch);
  await search.search('iphnoe');
  await expect(search.empty).toContainText('No products match “iphnoe”');
  await expect(search.empty).toContainText('member of staff');
  await expect(search.suggestions).toContainText(['iphone']);

  await search.tap(search.suggestions.filter({ hasText: 'iphone' }));
  await expect(search.input).toHaveValue('iphone');
  await expect(search.resultCards.first()).toContainText(/iphone/i);
});

test('a price no product meets offers the products without it', async ({ kiosk, page, hasTouch }) => {
  await kiosk.open();
  const search = new SearchPage(page, hasTouch);
  await search.search('laptops under 5 dollars');
  await expect(search.understood).toHaveText(['under 5 dollars']);
  await expect(search.empty).toContainText('No products match “laptops under 5 dollars” with these filters');
  await expect(search.resultCards).toHaveCount(0);
  const alternatives = await search.alternatives.locator('.price-now').allTextContents();
  expect(alternatives.length).toBeGreaterThan(0);
  expect(alternatives.map(amount).every((price) => price > 5)).toBe(true);
});

import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { expect, test } from './fixtures.ts';
import { CatalogAdminPage } from './pages/catalog-admin-page.ts';
import { chipRange, SEARCH_READY_MS, SearchPage } from './pages/search-page.ts';

const SHOPIFY_EXPORT = fileURLToPath(
  new URL('../../shared/data/csv-formats/shopify/packt-liquid-book-products-export.csv', import.meta.url),
);

// Indexing the demo catalog at start-up and the imported one both run on a cold browser.
test.setTimeout(2 * SEARCH_READY_MS);

test('staff import a Shopify export, check its report, put it in use, and shoppers search and filter it', async ({
  kiosk,
  page,
  hasTouch,
  outsideRequests,
}) => {
  const admin = new CatalogAdminPage(page, hasTouch);
  await admin.open();
  await admin.choose(SHOPIFY_EXPORT);
  await expect(admin.format).toContainText('shopify-csv');
  await expect(admin.encoding).toHaveText('utf-8');
  await expect(admin.productCount).toHaveText('20');
  await expect(admin.problemCounts).toHaveText('0 errors, 0 warnings');
  // Checked, not yet in use.
  await expect(admin.current).toContainText('catalog.json: 194 products');

  await admin.useIt();
  await expect(admin.current).toContainText('packt-liquid-book-products-export.csv: 20 products');
  await expect(admin.current).toContainText('Search: ready');

  // The kiosk now browses the new catalog...
  await kiosk.home();
  await expect(kiosk.categoryTiles.locator('.card-title')).toHaveText(['Indoor', 'Outdoor']);

  // ...and searches it, with chips that filter the results exactly.
  const search = new SearchPage(page, hasTouch);
  await search.search('brown');
  const allTitles = await search.resultTitles();
  expect(allTitles).toContain('Brown Table');
  expect(allTitles.length).toBeGreaterThan(2);
  await expect(search.priceChips.first()).toBeVisible();
  const label = await search.priceChips.first().innerText();
  const range = chipRange(label);

  await search.tap(search.priceChips.first());
  await expect(search.priceChips.first()).toHaveAttribute('aria-pressed', 'true');
  const filtered = await search.resultPrices();
  expect(filtered.length).toBeGreaterThan(0);
  expect(filtered.length).toBeLessThan(allTitles.length);
  for (const price of filtered) {
    expect(price, label).toBeGreaterThanOrEqual(range.min);
    expect(price, label).toBeLessThan(range.below);
  }

  await search.tap(search.clearChips);
  expect(await search.resultTitles()).toEqual(allTitles);

  // A product with variants lists each with its price and stock, and offers the assistant.
  await kiosk.home();
  await kiosk.openCategory('Outdoor');
  await kiosk.openProduct('Gardening Gloves');
  await expect(page.getByTestId('product.variant')).toHaveCount(2);
  await expect(page.getByTestId('product.variant').first()).toContainText(/Green.*\$9\.99.*1 left/);
  await expect(page.getByTestId('product.variant').nth(1)).toContainText(/Yellow.*\$15\.99.*3 left/);
  await expect(page.getByTestId('product.ask')).toHaveAttribute('href', '#/chat/gardening-gloves');

  // The kiosk keeps it: after a reload it is still the catalog in use, until staff go back to the shipped one.
  await page.reload();
  await admin.open();
  await expect(admin.current).toContainText('packt-liquid-book-products-export.csv: 20 products');
  await expect(admin.current).toContainText('Search: ready');
  await admin.page.getByTestId('catalog.shipped').click();
  await expect(admin.current).toContainText('catalog.json: 194 products');
  await page.reload();
  await admin.open();
  await expect(admin.current).toContainText('catalog.json: 194 products');
  expect(outsideRequests).toEqual([]);
});

test('a broken file is refused with the place of the fault, and the catalog in use stays', async ({
  page,
  hasTouch,
}) => {
  const admin = new CatalogAdminPage(page, hasTouch);
  await admin.open();
  await admin.choose({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{\n  "products": [\n    { "id": "a", "title": "Kettle",\n'),
  });
  await expect(admin.error).toContainText('Not imported: broken.json:4:');
  await expect(admin.error).toContainText('not valid JSON');
  await expect(admin.report).toHaveCount(0);
  await expect(admin.accept).toHaveCount(0);
  await expect(admin.current).toContainText('catalog.json: 194 products');

  // Shoppers still search the catalog in use.
  const search = new SearchPage(page, hasTouch);
  await search.search('mascara');
  await expect(search.resultCards.first()).toContainText(/mascara/i);
});

test('a file with problems lists each one with its line and column, and the report downloads as CSV', async ({
  page,
  hasTouch,
}) => {
  const admin = new CatalogAdminPage(page, hasTouch);
  await admin.open();
  await admin.choose({
    name: 'teas.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('id,title,price\nT-1,Green tea,4.50\nT-2,Black tea,cheap\nT-1,Green tea again,5\n'),
  });
  await expect(admin.productCount).toHaveText('2');
  await expect(admin.problemCounts).toHaveText('2 errors, 1 warning');
  await expect(admin.issues).toHaveText([
    'teas.csv:3:price: error: price "cheap" is not a number',
    /^teas\.csv:3:price: warning: /,
    /^teas\.csv:4: error: duplicate product id "T-1"/,
  ]);

  const [download] = await Promise.all([page.waitForEvent('download'), admin.download.click()]);
  expect(download.suggestedFilename()).toBe('teas-import-report.csv');
  const csv = await readFile(await download.path(), 'utf8');
  expect(csv.split('\r\n')[0]).toBe('severity,file,line,column,path,message');
  expect(csv).toContain('error,teas.csv,3,price,');
});

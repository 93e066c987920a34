import { fileURLToPath } from 'node:url';
import { expect, test } from './fixtures.ts';
import { CatalogAdminPage } from './pages/catalog-admin-page.ts';
import { ChatPage } from './pages/chat-page.ts';
import { SEARCH_READY_MS, SearchPage } from './pages/search-page.ts';
import { StaffEntry } from './pages/staff-entry.ts';
import { StoreProfilePage } from './pages/store-profile-page.ts';
import { injectedElements, watchSecurity } from './security-watch.ts';

/** A native catalog whose every text field carries markup and script (e2e/data/hostile-catalog.json). */
const HOSTILE_CATALOG = fileURLToPath(new URL('./data/hostile-catalog.json', import.meta.url));
const KETTLE = `Steel Kettle <img src=x onerror="window.__pwned='title-img'">`;
const STORE_NAME = `Tea <script>window.__pwned='store-name'</script> Room`;

test.setTimeout(3 * SEARCH_READY_MS);

test('a catalog and staff fields full of markup and script render as text: nothing runs, nothing is injected, the policy is never broken, nothing leaves the origin', async ({
  page,
  kiosk,
  hasTouch,
  outsideRequests,
}) => {
  const watch = await watchSecurity(page);
  const admin = new CatalogAdminPage(page, hasTouch);
  const profile = new StoreProfilePage(page, hasTouch);
  const staff = new StaffEntry(page, hasTouch);
  const search = new SearchPage(page, hasTouch);
  const chat = new ChatPage(page);

  // Staff: the PIN, the import of the hostile file, its report, and putting it in use.
  await admin.open();
  await admin.choose(HOSTILE_CATALOG);
  await expect(admin.format).toContainText('aisle-json');
  await expect(admin.productCount).toHaveText('2');
  await admin.useIt();
  await expect(admin.current).toContainText('hostile-catalog.json: 2 products');

  // Staff-entered fields: the store profile, and a brand colour that would fetch from another origin.
  await profile.fill({ name: STORE_NAME, hours: `<img src=x onerror="window.__pwned='hours'">9–17` });
  await profile.saveIt();
  await expect(profile.saved).toBeVisible();
  await expect(page.getByTestId('app.store-name')).toHaveText(STORE_NAME);
  await staff.tap(page.getByTestId('staff.settings'));
  await page.getByTestId('settings.brandColor').fill('url(https://evil.example/pixel.png)');
  await staff.tap(page.getByTestId('settings.save'));
  await expect(page.getByTestId('settings.result')).toContainText('"brandColor" must be a CSS colour');
  await staff.tap(page.getByTestId('staff.exit'));
  await expect(page.getByTestId('staff.bar')).toHaveCount(0);

  // A shopper: the category, both products (one with a hostile id), the product page with its reviews.
  if (await kiosk.attract.isVisible()) await kiosk.startSession();
  else await kiosk.home();
  await kiosk.openCategory('Kitchen');
  await expect(kiosk.categoryTitle).toHaveText("Kitchen <svg/onload=window.__pwned='category'>");
  await kiosk.openProduct('Glass Teapot');
  await expect(kiosk.productTitle).toHaveText('Glass Teapot');
  await kiosk.back();
  await kiosk.openProduct('Steel Kettle');
  await expect(kiosk.productTitle).toHaveText(KETTLE);
  await expect(page.getByTestId('product.review').first()).toContainText(
    `Great kettle <img src=x onerror="window.__pwned='review-img'"> boils fast`,
  );
  await expect(page.locator('main')).toContainText(`</td><script>window.__pwned='attribute-value'</script>`);

  // Search and a question to the assistant about it.
  await search.search('kettle');
  expect(await search.resultTitles()).toContain(KETTLE);
  await search.openResult('Steel Kettle');
  await kiosk.tap(page.getByTestId('product.ask'));
  await expect(chat.input).toBeEnabled({ timeout: SEARCH_READY_MS });
  const answer = await chat.ask('How much does it cost?');
  await expect(answer.getByTestId('chat.answer.text')).toContainText('$25');

  expect(await watch.pwned()).toBeUndefined();
  expect(watch.dialogs).toEqual([]);
  expect(await injectedElements(page)).toEqual([]);
  expect(await watch.violations()).toEqual([]);
  expect(watch.consoleViolations).toEqual([]);
  expect(outsideRequests).toEqual([]);
});

import { expect, test } from './fixtures.ts';
import { StaffEntry } from './pages/staff-entry.ts';
import { injectedElements, watchSecurity } from './security-watch.ts';

const HOSTILE_ID = `"><img src=x onerror="window.__pwned='address'">`;

test('a product address that is unknown, hostile or broken shows "not in the catalog", and the kiosk goes on', async ({
  page,
  kiosk,
  outsideRequests,
}) => {
  const watch = await watchSecurity(page);
  await kiosk.open();
  const notFound = page.getByText('This product is not in the catalog any more.');
  for (const address of [
    '#/product/no-such-product',
    `#/product/${encodeURIComponent(HOSTILE_ID)}`,
    '#/product/%E0%A4%A',
  ]) {
    await page.evaluate((hash) => (window.location.hash = hash), address);
    await expect(notFound, address).toBeVisible();
  }
  await kiosk.home();
  await kiosk.openCategory('Beauty');
  await kiosk.openProduct('Essence Mascara Lash Princess');
  await expect(kiosk.productPrice).toContainText('$9.99');
  expect(await watch.pwned()).toBeUndefined();
  expect(await injectedElements(page)).toEqual([]);
  expect(await watch.violations()).toEqual([]);
  expect(outsideRequests).toEqual([]);
});

test('the widget opened with a hostile ?product= says the product is not in the catalog, as text', async ({
  page,
}) => {
  const watch = await watchSecurity(page);
  await page.goto(`./embed.html?product=${encodeURIComponent(HOSTILE_ID)}&lang=<b>&theme=javascript:x`);
  await expect(page.getByText('This product is not in the shop’s catalog.')).toBeVisible();
  expect(await watch.pwned()).toBeUndefined();
  expect(await injectedElements(page)).toEqual([]);
  expect(await watch.violations()).toEqual([]);
});

test('a malformed kiosk.config.json keeps the defaults and staff see where it broke', async ({
  page,
  kiosk,
  hasTouch,
}) => {
  await page.route('**/kiosk.config.json', (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: '{\n  "idleSeconds": 60,\n  "storeName": "Corner",\n}\n',
    }),
  );
  await kiosk.open();
  // Without the file's PIN hash there is no staff mode; the PIN dialog says why, with the place of the fault.
  const staff = new StaffEntry(page, hasTouch);
  await staff.holdStoreName();
  await staff.enterPin('2468');
  await expect(staff.message).toHaveText(
    'No staff PIN is in force on this kiosk: kiosk.config.json:4:1: not valid JSON: expected a property name in double quotes; the defaults are in force',
  );
  await expect(page.getByTestId('staff.bar')).toHaveCount(0);
  // The kiosk itself runs on its defaults.
  await kiosk.tap(page.getByTestId('staff.cancel'));
  await kiosk.openCategory('Beauty');
});

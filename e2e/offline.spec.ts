import { expect, test } from './fixtures.ts';

test('with everything outside the origin blocked, the kiosk works and asks for nothing outside', async ({
  kiosk,
  outsideRequests,
  page,
}) => {
  await kiosk.open();
  await kiosk.openCategory('Groceries');
  await kiosk.openProduct('Apple');
  await expect(kiosk.productPrice).toBeVisible();
  // Product photos in the demo catalog point at a remote host: placeholders stand in for them.
  await expect(page.locator('img[src^="http"]')).toHaveCount(0);
  await expect(kiosk.assistantStatus).toHaveText('Assistant ready');
  expect(outsideRequests).toEqual([]);
});

test('the served app is cross-origin isolated, so WebAssembly can use threads', async ({ kiosk, page }) => {
  await kiosk.open();
  expect(await page.evaluate(() => window.crossOriginIsolated)).toBe(true);
  const response = await page.request.get('./');
  expect(response.headers()['content-security-policy']).toContain("default-src 'self'");
});

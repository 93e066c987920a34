import { expect, test } from './fixtures.ts';

test('the category grid shows every category of the demo catalog with its product count', async ({
  kiosk,
}) => {
  await kiosk.open();
  await expect(kiosk.categoryTiles).toHaveCount(24);
  await expect(kiosk.categoryTiles.filter({ hasText: 'Kitchen Accessories' })).toContainText('30 products');
  // Ready only once both models are downloaded, verified and compiled: a while on a fresh browser.
  await expect(kiosk.assistantStatus).toHaveText('Assistant ready', { timeout: 120_000 });
});

test('a shopper browses from a category to a product and back', async ({ kiosk, page }) => {
  await kiosk.open();
  await kiosk.openCategory('Smartphones');
  await expect(kiosk.categoryTitle).toHaveText('Smartphones');
  await expect(kiosk.productCards).toHaveCount(16);

  await kiosk.openProduct('iPhone X');
  await expect(kiosk.productTitle).toHaveText('iPhone X');
  await expect(kiosk.productPrice).toHaveText('$899.99');
  await expect(page.getByTestId('product.facts')).toContainText('Apple');
  await expect(page.getByTestId('product.review')).toHaveCount(3);
  // It reads like a shop: one size instead of three bare numbers, none of the seller's terms, one rating.
  const facts = page.getByTestId('product.facts');
  await expect(facts).toContainText('Size (W × H × D)');
  await expect(facts).not.toContainText('Discount Percentage');
  await expect(facts).not.toContainText('Minimum Order Quantity');
  const rating = (await page.locator('.product-meta .rating').innerText()).match(/\d\.\d/)?.[0];
  expect(rating).toBeDefined();
  await expect(page.getByTestId('reviews.sentiment')).toContainText(`${rating} of 5`);

  await kiosk.back();
  await expect(kiosk.categoryTitle).toHaveText('Smartphones');
});

test('touch targets are at least 48 CSS pixels tall', async ({ kiosk, page }) => {
  await kiosk.open();
  await kiosk.openCategory('Laptops');
  const heights = await page
    .locator('a, button')
    .evaluateAll((elements) => elements.map((e) => e.getBoundingClientRect().height));
  expect(heights.length).toBeGreaterThan(5);
  expect(Math.min(...heights)).toBeGreaterThanOrEqual(48);
});

import { fileURLToPath } from 'node:url';
import { expect, test } from './fixtures.ts';
import { CatalogAdminPage } from './pages/catalog-admin-page.ts';
import { ChatPage } from './pages/chat-page.ts';
import { SEARCH_READY_MS } from './pages/search-page.ts';
import { StoreProfilePage } from './pages/store-profile-page.ts';

/** A small Shopify export: like every shop export, it carries no store policies. */
const SHOPIFY_EXPORT = fileURLToPath(new URL('./data/tea-shop-shopify.csv', import.meta.url));

const RETURNS = 'Unopened tea can be returned within 30 days with the receipt for a full refund.';

test.setTimeout(3 * SEARCH_READY_MS);

test('staff write the return policy of an imported Shopify catalog, and the assistant answers from it, also after a reload', async ({
  page,
  hasTouch,
  outsideRequests,
}) => {
  const admin = new CatalogAdminPage(page, hasTouch);
  const profile = new StoreProfilePage(page, hasTouch);
  const chat = new ChatPage(page);
  await admin.open();
  await admin.choose(SHOPIFY_EXPORT);
  await expect(admin.format).toContainText('shopify-csv');
  await admin.useIt();
  await expect(admin.current).toContainText('tea-shop-shopify.csv: 4 products');

  // A compare-at price reads as a shop writes a discount.
  await page.goto('./#/product/oolong');
  await expect(page.getByTestId('product.price')).toHaveText('was $16.00, now $14.00');
  await page.goto('./#/staff/catalog');

  // The export has no policies: the form starts without one.
  await expect(profile.field('returns')).toHaveValue('');
  await profile.fill({ name: 'The Tea Room', hours: 'Mon–Sat 9:00–18:00', returns: RETURNS });
  await profile.saveIt();
  await expect(profile.saved).toBeVisible();
  await expect(page.getByTestId('app.store-name')).toHaveText('The Tea Room');

  // A store question without a question is refused, naming it; what was saved stays in use.
  await profile.fill({ returns: 'No returns at all.' });
  await profile.addFaq('', 'Yes, at the till.');
  await profile.saveIt();
  await expect(profile.error).toContainText('Question 1 is empty.');
  await expect(page.getByTestId('store.faq.question')).toHaveAttribute('aria-invalid', 'true');

  await page.getByTestId('nav.chat').click();
  await expect(chat.input).toBeEnabled({ timeout: SEARCH_READY_MS });
  const answer = await chat.ask('What is your return policy?');
  await expect(answer.getByTestId('chat.answer.text')).toContainText(RETURNS);

  // Kept on the kiosk: after a reload the profile is still in the form and in the assistant's answers.
  await page.reload();
  await admin.open();
  await expect(admin.current).toContainText('tea-shop-shopify.csv: 4 products');
  await expect(profile.field('returns')).toHaveValue(RETURNS);
  await expect(profile.field('name')).toHaveValue('The Tea Room');
  await chat.open();
  await expect(chat.input).toBeEnabled({ timeout: SEARCH_READY_MS });
  const again = await chat.ask('What is your return policy?');
  await expect(again.getByTestId('chat.answer.text')).toContainText(RETURNS);
  expect(outsideRequests).toEqual([]);
});

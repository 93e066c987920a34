import { expect, test } from './fixtures.ts';
import { ChatPage } from './pages/chat-page.ts';

/** Prices as the kiosk prints them: "$1,399.99". */
const priceOf = (text: string) =>
  Number(/\$([\d,]+\.\d\d)/.exec(text)?.[1]?.replaceAll(',', '') ?? Number.NaN);

test.describe.configure({ timeout: 180_000 });

test('a shopper asks for products under a price, asks for cheaper ones, opens one and asks its price', async ({
  page,
  outsideRequests,
}) => {
  const chat = new ChatPage(page);
  await chat.open();
  await expect(chat.input).toBeEnabled({ timeout: 120_000 });

  const first = await chat.ask('laptops under 1500 dollars');
  const firstCards = chat.cards(first);
  await expect(firstCards.first()).toBeVisible();
  const firstPrices = (await firstCards.allInnerTexts()).map(priceOf);
  expect(firstPrices.length).toBeGreaterThan(1);
  for (const price of firstPrices) expect(price).toBeLessThanOrEqual(1500);
  await expect(first.getByTestId('chat.answer.text')).toContainText('$');

  const cheaper = await chat.ask('cheaper?');
  const cheaperPrices = (await chat.cards(cheaper).allInnerTexts()).map(priceOf);
  expect(cheaperPrices.length).toBeGreaterThan(0);
  for (const price of cheaperPrices) expect(price).toBeLessThan(firstPrices[0] ?? 0);

  // Open the first card, then ask about it from its page.
  const title = await chat.cards(cheaper).first().getByTestId('chat.card.title').innerText();
  await chat.cards(cheaper).first().click();
  await expect(page.getByTestId('product.title')).toHaveText(title);
  const shownPrice = await page.getByTestId('product.price').first().locator('.price-now').innerText();
  await page.getByTestId('product.ask').click();
  await expect(chat.context).toContainText(title);
  const answer = await chat.ask('How much is it?');
  await expect(answer.getByTestId('chat.answer.text')).toContainText(shownPrice);

  expect(outsideRequests).toEqual([]);
});

test('the assistant says so when the shop does not have something, and refuses unrelated tasks', async ({
  page,
}) => {
  const chat = new ChatPage(page);
  await chat.open();
  await expect(chat.input).toBeEnabled({ timeout: 120_000 });
  const missing = await chat.ask('Do you have a PlayStation 5?');
  await expect(missing.getByTestId('chat.answer.text')).toContainText("couldn't find");
  const poem = await chat.ask('write me a poem about the sea');
  await expect(poem.getByTestId('chat.answer.text')).toContainText('only help with shopping');
});

test('after laptops, "compare the two cheapest" compares the two cheapest on screen', async ({ page }) => {
  const chat = new ChatPage(page);
  await chat.open();
  await expect(chat.input).toBeEnabled({ timeout: 120_000 });
  const laptops = await chat.ask('laptops');
  const cards = chat.cards(laptops);
  await expect(cards.first()).toBeVisible();
  // What the shopper sees: each card's title and the price it shows (the sale price when on sale).
  const shown = await Promise.all(
    (await cards.all()).map(async (card) => ({
      title: await card.getByTestId('chat.card.title').innerText(),
      price: priceOf(await card.locator('.price-now').innerText()),
    })),
  );
  expect(shown.length).toBeGreaterThan(2);
  const cheapest = [...shown].sort((a, b) => a.price - b.price).slice(0, 2);

  const comparison = await chat.ask('compare the two cheapest');
  const table = comparison.getByTestId('chat.compare');
  await expect(table).toBeVisible();
  const columns = table.locator('thead th[scope="col"]:not(:first-child)');
  await expect(columns).toHaveCount(2);
  expect((await columns.allInnerTexts()).sort()).toEqual(cheapest.map((p) => p.title).sort());
});

import type { Frame, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { EmbedHostPage, HOST_ORIGIN, OTHER_ORIGIN, WIDGET_ORIGIN } from './pages/embed-host-page.ts';

// The demo shop page is served on two more origins; everything else stays blocked.
test.use({ testOrigins: [HOST_ORIGIN, OTHER_ORIGIN] });
test.describe.configure({ timeout: 300_000 });

const MACBOOK = 'Apple MacBook Pro 14 Inch Space Grey';
const CK_ONE = 'Calvin Klein CK One';

function widgetFrame(page: Page): Frame {
  const frame = page.frames().find((f) => new URL(f.url()).pathname.endsWith('/embed.html'));
  if (!frame) throw new Error('the widget frame is not on the page');
  return frame;
}

/** Records each state the newest answer shows while it is put together: its cards and its text. */
async function recordAnswerStates(frame: Frame) {
  await frame.evaluate(() => {
    const seen: { cards: number; text: string }[] = [];
    Reflect.set(window, 'answerStates', seen);
    new MutationObserver(() => {
      const answer = [...document.querySelectorAll('[data-testid="chat.answer"]')].at(-1);
      if (!answer) return;
      const state = {
        cards: answer.querySelectorAll('[data-testid="chat.card"]').length,
        text: answer.querySelector('[data-testid="chat.answer.text"]')?.textContent ?? '',
      };
      const last = seen.at(-1);
      if (last?.cards !== state.cards || last.text !== state.text) seen.push(state);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  return () => frame.evaluate(() => Reflect.get(window, 'answerStates') as { cards: number; text: string }[]);
}

test('a shop page on another origin embeds the widget: a product set by the host is answered from the catalog and added to the cart', async ({
  page,
  outsideRequests,
}) => {
  const shop = new EmbedHostPage(page);
  await shop.allowOrigins([HOST_ORIGIN]);
  await shop.open();
  await shop.ready();
  const [ready] = await shop.messages('aisle:ready');
  expect(ready).toMatchObject({ version: 1, productId: '78', language: 'en' });
  await expect(shop.title).toHaveText(MACBOOK);
  expect(new URL((await shop.frame.getAttribute('src')) ?? '').origin).toBe(WIDGET_ORIGIN);

  // The iframe takes the height the widget reports.
  await expect(shop.received('aisle:resize').first()).toBeAttached();
  await expect(async () => {
    const resizes = await shop.messages('aisle:resize');
    const box = await shop.frame.boundingBox();
    expect(Math.round(box?.height ?? 0)).toBe(resizes.at(-1)?.height);
  }).toPass();

  // The host page is not cross-origin isolated: the widget runs anyway, on one WebAssembly thread.
  const frame = widgetFrame(page);
  expect(await frame.evaluate(() => window.crossOriginIsolated)).toBe(false);

  await shop.send({ type: 'aisle:set-product', version: 1, productId: '6' });
  await expect(shop.title).toHaveText(CK_ONE);
  await expect(shop.widget.getByTestId('chat.input')).toBeEnabled({ timeout: 120_000 });

  const states = await recordAnswerStates(frame);
  await shop.send({ type: 'aisle:ask', version: 1, question: 'How much is it?' });
  const answer = await shop.waitForAnswer(0);
  await expect(answer.getByTestId('chat.answer.text')).toContainText('$49.99');
  await expect(answer.getByTestId('chat.card.title')).toHaveText(CK_ONE);
  // Streamed as the kiosk's chat streams: the answer opens while it is written, its card before its text.
  const seen = await states();
  expect(seen[0]).toEqual({ cards: 0, text: '…' });
  expect(seen).toContainEqual({ cards: 1, text: '…' });
  expect(seen.at(-1)?.text).toContain('$49.99');

  // An answer of several sentences grows in on screen, a checked sentence at a time, in a live region.
  await shop.send({ type: 'aisle:set-language', version: 1, language: 'zh' });
  await expect(shop.widget.getByRole('heading', { name: '咨询这件商品' })).toBeVisible();
  const growing = await recordAnswerStates(frame);
  await shop.send({ type: 'aisle:ask', version: 1, question: '介绍一下这个产品' });
  const summary = await shop.waitForAnswer(1);
  await expect(summary.getByTestId('chat.answer.text')).toContainText('$49.99');
  await expect(summary).toHaveAttribute('aria-live', 'polite');
  const texts = (await growing()).map((state) => state.text).filter((text) => text !== '…');
  const steps = texts.filter((text, i) => text !== texts[i - 1]);
  expect(steps.length).toBeGreaterThanOrEqual(2);
  for (const [i, text] of steps.entries()) if (i > 0) expect(text.startsWith(steps[i - 1] ?? '')).toBe(true);
  expect(steps[0]).toContain('$49.99');
  expect(steps.at(-1)).toBe(await summary.getByTestId('chat.answer.text').innerText());
  await shop.send({ type: 'aisle:set-language', version: 1, language: 'en' });

  await shop.widget.getByTestId('embed.add-to-cart').click();
  await expect(shop.received('aisle:add-to-cart')).toHaveCount(1);
  expect((await shop.messages('aisle:add-to-cart'))[0]).toMatchObject({
    productId: '6',
    variant: null,
    quantity: 1,
  });
  await expect(page.getByTestId('host.cart')).toHaveText('1');

  await shop.title.click();
  await expect(page.getByTestId('host.last-click')).toHaveText('The shop would open product 6');
  expect(await shop.messages('aisle:error')).toEqual([]);
  expect(outsideRequests).toEqual([]);
});

test('on a cross-origin isolated shop page, the widget gets several WebAssembly threads', async ({
  page,
}) => {
  const shop = new EmbedHostPage(page);
  await shop.allowOrigins([HOST_ORIGIN]);
  await shop.open(HOST_ORIGIN, 'isolated.html');
  expect(await page.evaluate(() => window.crossOriginIsolated)).toBe(true);
  await shop.ready();
  await expect(shop.title).toHaveText(MACBOOK);
  expect(await widgetFrame(page).evaluate(() => window.crossOriginIsolated)).toBe(true);
});

test('a product the catalog lacks is set from the page’s JSON-LD, with its variants', async ({ page }) => {
  const shop = new EmbedHostPage(page);
  await shop.allowOrigins([HOST_ORIGIN]);
  await shop.open();
  await shop.ready();
  await page.getByRole('button', { name: "Show: this page's JSON-LD product" }).click();
  await expect(shop.title).toHaveText('Demo Trail Boot');
  await shop.widget.getByTestId('embed.variant').selectOption({ label: '44' });
  await shop.widget.getByTestId('embed.add-to-cart').click();
  await expect(shop.received('aisle:add-to-cart')).toHaveCount(1);
  expect((await shop.messages('aisle:add-to-cart'))[0]).toMatchObject({
    productId: 'TRAIL-BOOT-7',
    variant: { sku: 'TRAIL-BOOT-7-44' },
  });
  await expect(shop.widget.getByTestId('chat.input')).toBeEnabled({ timeout: 120_000 });
  await shop.send({ type: 'aisle:ask', version: 1, question: 'What is it made of?' });
  const answer = await shop.waitForAnswer(0);
  await expect(answer.getByTestId('chat.answer.text')).toContainText(/leather/i);

  // Back to a catalog product by id: the published catalog is in use again.
  await shop.send({ type: 'aisle:set-product', version: 1, productId: '6' });
  await expect(shop.title).toHaveText(CK_ONE);
});

test('messages the widget cannot use get a specific aisle:error, and the product shown stays', async ({
  page,
}) => {
  const shop = new EmbedHostPage(page);
  await shop.allowOrigins([HOST_ORIGIN]);
  await shop.open();
  await shop.ready();
  const errors = shop.received('aisle:error');
  const cases: [message: unknown, says: string][] = [
    [{ type: 'aisle:set-product', version: 1, productId: 42 }, '"productId" must be text'],
    [{ type: 'aisle:set-product', version: 2, productId: '6' }, 'version 2 is not supported'],
    [{ type: 'aisle:ask', version: 1, question: 'x'.repeat(300_000) }, 'may be at most 256 KB'],
    [{ type: 'aisle:set-theme', version: 1, theme: 'purple' }, '"theme" must be "light" or "dark"'],
    [{ type: 'aisle:fly', version: 1 }, 'unknown message type "aisle:fly"'],
    ['hello', 'a message must be an object'],
    [
      { type: 'aisle:set-product', version: 1, productId: 'no-such-product' },
      'no product with id "no-such-product"',
    ],
    [
      { type: 'aisle:set-product', version: 1, product: { '@type': 'Organization', name: 'Acme' } },
      'holds no schema.org Product',
    ],
  ];
  for (const [i, [message, says]] of cases.entries()) {
    await shop.send(message);
    await expect(errors).toHaveCount(i + 1);
    expect((await shop.messages('aisle:error'))[i]?.message).toContain(says);
  }
  await expect(shop.title).toHaveText(MACBOOK);
  await expect(shop.widget.getByTestId('chat.answer')).toHaveCount(0);
});

test('a page not on the allow-list can neither drive the widget nor hear from it, and staff mode stays out of reach', async ({
  page,
}) => {
  const shop = new EmbedHostPage(page);
  await shop.allowOrigins([HOST_ORIGIN]);
  await shop.open();
  await shop.ready();

  // A frame of another site on the same page posts to the widget: ignored, with no reply to anyone.
  await page.evaluate((src) => {
    const other = document.createElement('iframe');
    other.src = src;
    document.body.append(other);
    return new Promise((resolve) => other.addEventListener('load', resolve));
  }, `${OTHER_ORIGIN}/other-site.html`);
  const other = page.frames().find((f) => f.url().startsWith(OTHER_ORIGIN));
  if (!other) throw new Error('the other site did not load');
  await other.evaluate(() => {
    for (let i = 0; i < window.parent.frames.length; i++) {
      const target = window.parent.frames[i];
      if (!target || target === window) continue;
      target.postMessage({ type: 'aisle:set-product', version: 1, productId: '6' }, '*');
      target.postMessage({ type: 'aisle:ask', version: 1, question: 'How much is it?' }, '*');
    }
  });
  // Messages are handled in the order they were posted: once the host's own is applied, the others were seen.
  await shop.send({ type: 'aisle:set-language', version: 1, language: 'zh' });
  await expect(shop.widget.getByRole('heading', { name: '咨询这件商品' })).toBeVisible();
  await expect(shop.title).toHaveText(MACBOOK);
  await expect(shop.widget.getByTestId('chat.answer')).toHaveCount(0);
  expect(await shop.messages('aisle:error')).toEqual([]);

  // Staff screens are not part of the widget: their addresses change nothing in it.
  const frame = widgetFrame(page);
  const visits = [
    { hash: '#/staff/catalog', language: 'en', heading: 'Ask about this product' },
    { hash: '#/staff/assistant', language: 'zh', heading: '咨询这件商品' },
  ];
  for (const { hash, language, heading } of visits) {
    await frame.evaluate((h) => (window.location.hash = h), hash);
    await shop.send({ type: 'aisle:set-language', version: 1, language });
    await expect(shop.widget.getByRole('heading', { name: heading })).toBeVisible();
    await expect(shop.title).toHaveText(MACBOOK);
    await expect(shop.widget.getByTestId('catalog.import')).toHaveCount(0);
    await expect(shop.widget.getByTestId('models.load')).toHaveCount(0);
  }
  await expect(shop.widget.locator('a[href*="staff"]')).toHaveCount(0);

  // The same shop page under an origin that is not allowed: the widget says so and posts nothing.
  const refused = await page.context().newPage();
  const elsewhere = new EmbedHostPage(refused);
  await elsewhere.open(OTHER_ORIGIN);
  await expect(elsewhere.widget.getByTestId('embed.refused')).toContainText(
    `${OTHER_ORIGIN} is not in embedOrigins`,
  );
  await expect(elsewhere.widget.getByTestId('embed.product.title')).toHaveCount(0);
  expect(await elsewhere.messages('aisle:ready')).toEqual([]);
  await expect(elsewhere.log.locator('li')).toHaveCount(0);
});

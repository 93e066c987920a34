import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures.ts';
import { ChatPage } from './pages/chat-page.ts';
import { StaffEntry } from './pages/staff-entry.ts';

/** A product of the shipped catalog as the kiosk serves it. */
interface ShippedProduct {
  id: string;
  title: string;
  price: number;
  salePrice?: number;
}

async function shippedProduct(title: string): Promise<ShippedProduct> {
  const catalog: { products: ShippedProduct[] } = JSON.parse(
    await readFile(new URL('../public/catalog/catalog.json', import.meta.url), 'utf8'),
  );
  const product = catalog.products.find((p) => p.title === title);
  if (!product) throw new Error(`${title} is not in the shipped catalog`);
  return product;
}

const HAN = /\p{Script=Han}/u;

test.describe.configure({ timeout: 180_000 });

test('switching to 中文 shows the Chinese UI, and the kiosk keeps it across a reload', async ({
  kiosk,
  page,
  hasTouch,
  outsideRequests,
}) => {
  await kiosk.open();
  const html = page.locator('html');
  await expect(html).toHaveAttribute('lang', 'en');
  await expect(page.getByTestId('nav.chat')).toHaveText('Ask the assistant');
  // The switch is named by the other language, in that language.
  await expect(kiosk.languageSwitch).toHaveAccessibleName('中文');

  await kiosk.switchLanguage('zh');
  await expect(kiosk.languageSwitch).toHaveAccessibleName('English');
  const chinese = async () => {
    await expect(html).toHaveAttribute('lang', 'zh-CN');
    await expect(page.getByTestId('nav.chat')).toHaveText('咨询购物助手');
    await expect(page.getByTestId('search.input')).toHaveAttribute('placeholder', '搜索本店商品');
    await expect(page.getByTestId('search.submit')).toHaveText('搜索');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('您想找什么？');
    await expect(kiosk.categoryTiles.first().locator('.card-count')).toHaveText(/^\d+ 件商品$/);
  };
  await chinese();
  // Chinese renders without a system CJK font: the subset served from the kiosk's origin has these characters.
  const heading = await page.getByRole('heading', { level: 1 }).innerText();
  const faces = await page.evaluate(
    (text) => document.fonts.load('32px "Aisle CJK Subset"', text).then((loaded) => loaded.length),
    heading,
  );
  expect(faces).toBe(1);

  await page.reload();
  await kiosk.categoryTiles.first().waitFor();
  await chinese();

  // A product page: headings and stock in Chinese, the price in the catalog's currency written the Chinese way.
  const product = await shippedProduct('iPhone X');
  await page.goto(`./#/product/${product.id}`);
  await expect(kiosk.productTitle).toHaveText('iPhone X');
  await expect(page.getByTestId('product.ask')).toHaveText('咨询这件商品');
  await expect(page.getByTestId('product.stock')).toHaveText(/^库存 \d+ 件$/);
  const price = product.salePrice ?? product.price;
  await expect(kiosk.productPrice.locator('.price-now')).toHaveText(
    new Intl.NumberFormat('zh-CN', { style: 'currency', currency: 'USD' }).format(price),
  );

  // The staff's screen too.
  await new StaffEntry(page, hasTouch).unlock();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('导入商品目录');
  await expect(page.getByRole('heading', { name: '店铺资料' })).toBeVisible();

  await kiosk.switchLanguage('en');
  await expect(html).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Catalog import');
  expect(outsideRequests).toEqual([]);
});

test('a question typed in Chinese on the Chinese UI is answered in Chinese with the catalog price', async ({
  kiosk,
  page,
  outsideRequests,
}) => {
  const product = await shippedProduct('Lenovo Yoga 920');
  await kiosk.open();
  await kiosk.switchLanguage('zh');
  await page.getByTestId('nav.chat').click();
  const chat = new ChatPage(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('咨询购物助手');
  await expect(chat.input).toBeEnabled({ timeout: 120_000 });
  await expect(chat.input).toHaveAttribute('placeholder', '问问商品、价格、库存…');

  const answer = await chat.ask(`${product.title} 多少钱？`);
  const text = answer.getByTestId('chat.answer.text');
  await expect(text).toHaveText(HAN);
  // Written with or without a thousands separator, in whatever currency sign the answer uses.
  const amount = (product.salePrice ?? product.price).toFixed(2);
  const numbers = ((await text.innerText()).match(/\d[\d,]*(\.\d+)?/g) ?? []).map((n) =>
    n.replaceAll(',', ''),
  );
  expect(numbers).toContain(amount);
  expect(outsideRequests).toEqual([]);
});

// Refreshes the README screenshots from the production build: `npm run build && tsx scripts/screenshot.ts`.
// Each kiosk screen in English and Chinese, on a portrait 1080×1920 kiosk (saved at half size).
import { spawn } from 'node:child_process';
import { chromium, type Page } from '@playwright/test';
import { CLOSED_NETWORK_ARGS, systemChromium } from './chromium-path.ts';

const PORT = Number(process.env.AISLE_SCREENSHOT_PORT ?? 4174);
const BASE = `http://localhost:${PORT}/`;
const PIN = '2468';

const server = spawn(
  'node',
  ['node_modules/vite/bin/vite.js', 'preview', '--port', String(PORT), '--strictPort'],
  { stdio: 'ignore' },
);

async function shot(page: Page, name: string): Promise<void> {
  // The Chinese subset font loads only once text needs it: ask for it, or the first shots show empty boxes.
  await page.evaluate(() =>
    document.fonts
      .load('1em "Aisle CJK Subset"', '点击提问')
      .then(() => document.fonts.ready)
      .then(() => undefined),
  );
  await page.screenshot({ path: `docs/images/${name}.png` });
}

async function screens(page: Page, lang: 'en' | 'zh'): Promise<void> {
  // Still pictures: the attract loop's cards without their fade-in.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(BASE);
  await page.getByTestId(`attract.start-${lang}`).waitFor();
  await page.locator('.attract-card').first().waitFor();
  await shot(page, `${lang}-attract`);
  await page.getByTestId(`attract.start-${lang}`).click();
  await page.getByTestId('catalog.category-tile').first().waitFor();
  await shot(page, `${lang}-home`);

  await page.getByTestId('catalog.category-tile').filter({ hasText: 'Laptops' }).click();
  await page.getByTestId('catalog.product-card').first().waitFor();
  await shot(page, `${lang}-browse`);

  // English words in both: the demo catalog is written in English (Chinese search is the bilingual models' issue).
  await page.getByTestId('search.input').fill(lang === 'en' ? 'laptops under 1500 dollars' : 'laptops');
  await page.getByTestId('search.input').press('Enter');
  await page.locator('main.search-screen[aria-busy="false"]').waitFor({ timeout: 120_000 });
  await page.getByTestId('search.count').waitFor({ timeout: 120_000 });
  await shot(page, `${lang}-search`);

  await page.goto(`${BASE}#/product/124`);
  await page.getByTestId('product.title').waitFor();
  await shot(page, `${lang}-product`);

  await page.getByTestId('product.ask').click();
  await page.getByTestId('chat.input').and(page.locator(':enabled')).waitFor({ timeout: 120_000 });
  await page.getByTestId('chat.suggestion').first().click();
  await page.getByTestId('chat.answer').first().waitFor();
  await page.getByTestId('chat.send').waitFor({ timeout: 120_000 });
  await shot(page, `${lang}-chat`);

  // A comparison, in a conversation of its own.
  await page.goto(`${BASE}#/chat`);
  await page.getByTestId('chat.input').and(page.locator(':enabled')).waitFor({ timeout: 120_000 });
  await page.getByTestId('chat.restart').click();
  for (const question of ['laptops', lang === 'en' ? 'compare the two cheapest' : '比较一下最便宜的两个']) {
    await page.getByTestId('chat.input').fill(question);
    await page.getByTestId('chat.send').click();
    await page.getByTestId('chat.stop').waitFor({ state: 'detached', timeout: 120_000 });
  }
  await page.getByTestId('chat.compare').scrollIntoViewIfNeeded();
  await shot(page, `${lang}-compare`);

  await page.getByTestId('app.store-name').dispatchEvent('pointerdown', { button: 0, isPrimary: true });
  await page.getByTestId('staff.pin-dialog').waitFor();
  await page.getByTestId('app.store-name').dispatchEvent('pointerup', { button: 0, isPrimary: true });
  await shot(page, `${lang}-staff-pin`);
  await page.getByTestId('staff.pin').fill(PIN);
  await page.getByTestId('staff.enter').click();
  await page.getByTestId('catalog.current').filter({ hasText: '194' }).waitFor();
  await shot(page, `${lang}-staff`);
}

try {
  await new Promise((resolve) => setTimeout(resolve, 1500));
  const browser = await chromium.launch({ executablePath: systemChromium(), args: CLOSED_NETWORK_ARGS });
  for (const lang of ['en', 'zh'] as const) {
    const page = await browser.newPage({ viewport: { width: 1080, height: 1920 }, deviceScaleFactor: 0.5 });
    await screens(page, lang);
    await page.close();
    // The idle dialog, with the fleet's idle time lowered to its minimum and the page's clock moved on.
    const idle = await browser.newPage({ viewport: { width: 1080, height: 1920 }, deviceScaleFactor: 0.5 });
    await idle.clock.install();
    await idle.route('**/kiosk.config.json', (route) =>
      route.fulfill({
        contentType: 'application/json',
        body: JSON.stringify({ idleSeconds: 10, defaultLanguage: lang }),
      }),
    );
    await idle.goto(BASE);
    await idle.getByTestId(`attract.start-${lang}`).click();
    await idle.getByTestId('catalog.category-tile').first().waitFor();
    await idle.clock.fastForward(12_000);
    await idle.getByTestId('idle.dialog').waitFor();
    await shot(idle, `${lang}-idle`);
    await idle.close();
  }
  await browser.close();
} finally {
  server.kill();
}

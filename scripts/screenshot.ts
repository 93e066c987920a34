// Refreshes the README screenshots from the production build: `npm run build && tsx scripts/screenshot.ts`.
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { systemChromium } from './chromium-path.ts';

const PORT = 4174;
const server = spawn(
  'node',
  ['node_modules/vite/bin/vite.js', 'preview', '--port', String(PORT), '--strictPort'],
  {
    stdio: 'ignore',
  },
);
try {
  await new Promise((resolve) => setTimeout(resolve, 1500));
  const browser = await chromium.launch({ executablePath: systemChromium(), args: ['--no-sandbox'] });
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`http://localhost:${PORT}/`);
  await page.getByTestId('catalog.category-tile').first().waitFor();
  await page.screenshot({ path: 'docs/images/categories.png' });
  await page.goto(`http://localhost:${PORT}/#/product/124`);
  await page.getByTestId('product.title').waitFor();
  await page.screenshot({ path: 'docs/images/product.png' });
  await browser.close();
} finally {
  server.kill();
}

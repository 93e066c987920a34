/**
 * Renders the app icons' PNG sizes from their SVG sources in public/icons/ with the system Chromium:
 * `npx tsx scripts/make-icons.ts`. The PNGs are committed; run this again after changing an SVG.
 */
import { readFile } from 'node:fs/promises';
import { chromium } from '@playwright/test';
import { CLOSED_NETWORK_ARGS, systemChromium } from './chromium-path.ts';

const FOLDER = new URL('../public/icons/', import.meta.url);
const ICONS = [
  { svg: 'icon.svg', png: 'icon-192.png', size: 192 },
  { svg: 'icon.svg', png: 'icon-512.png', size: 512 },
  { svg: 'icon-maskable.svg', png: 'icon-maskable-512.png', size: 512 },
  { svg: 'icon.svg', png: 'apple-touch-icon-180.png', size: 180 },
];

const browser = await chromium.launch({ executablePath: systemChromium(), args: CLOSED_NETWORK_ARGS });
try {
  const page = await browser.newPage();
  for (const icon of ICONS) {
    const svg = await readFile(new URL(icon.svg, FOLDER), 'utf8');
    await page.setViewportSize({ width: icon.size, height: icon.size });
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}svg{display:block;width:${icon.size}px;height:${icon.size}px}</style>${svg}`,
    );
    await page.screenshot({ path: new URL(icon.png, FOLDER).pathname, omitBackground: true });
    console.log(`public/icons/${icon.png} (${icon.size}×${icon.size})`);
  }
} finally {
  await browser.close();
}

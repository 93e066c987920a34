/**
 * embed.js, the loader a web shop's product page adds:
 *   <script src="https://<aisle-host>/embed.js" data-product="<id>" data-lang="en" async></script>
 * with optional `data-theme` ("light" or "dark") and `data-target` (a CSS selector of the element to put
 * the widget in; by default it goes right after the script). It adds the widget's iframe and keeps its
 * height equal to the widget's content. Built on its own as a classic script (see vite.config.ts).
 */
import { ui as en } from '../i18n/en/ui.ts';
import { isLocale } from '../i18n/locale.ts';
import { ui as zh } from '../i18n/zh/ui.ts';
import { resizeHeight } from './protocol.ts';

/** The iframe's height until the widget reports its own. */
const FIRST_HEIGHT = 560;

function place(script: HTMLScriptElement, frame: HTMLIFrameElement): void {
  const target = script.dataset.target;
  let container: Element | null = null;
  if (target) {
    try {
      container = document.querySelector(target);
    } catch {
      container = null;
    }
    if (!container)
      console.error(`Aisle embed.js: data-target "${target}" matches no element; placed after the script`);
  }
  if (container) container.appendChild(frame);
  else script.after(frame);
}

function load(script: HTMLScriptElement): void {
  const src = new URL(script.src);
  const address = new URL('embed.html', src);
  const { product, lang, theme } = script.dataset;
  if (product) address.searchParams.set('product', product);
  if (isLocale(lang)) address.searchParams.set('lang', lang);
  if (theme === 'light' || theme === 'dark') address.searchParams.set('theme', theme);
  address.searchParams.set('host', window.location.origin);

  const frame = document.createElement('iframe');
  frame.src = address.href;
  frame.title = (lang === 'zh' ? zh : en).embed.heading;
  frame.className = 'aisle-embed';
  // Lets the widget run the models on several threads when this page is cross-origin isolated.
  frame.allow = 'cross-origin-isolated';
  frame.style.width = '100%';
  frame.style.border = '0';
  frame.style.display = 'block';
  frame.style.height = `${FIRST_HEIGHT}px`;
  place(script, frame);

  window.addEventListener('message', (event) => {
    if (event.source !== frame.contentWindow || event.origin !== src.origin) return;
    const height = resizeHeight(event.data);
    if (height !== undefined) frame.style.height = `${height}px`;
  });
}

const script = document.currentScript;
if (script instanceof HTMLScriptElement) load(script);
else console.error('Aisle embed.js must be loaded with a plain <script src> tag (not as a module)');

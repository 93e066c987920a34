import type { ManifestOptions } from 'vite-plugin-pwa';

/**
 * Names in the other UI language, in the shape of the W3C manifest-localization proposal that Chromium reads
 * (`name_localized` and friends); browsers without it show the English names.
 */
interface LocalizedNames {
  name_localized: Record<string, string>;
  short_name_localized: Record<string, string>;
  description_localized: Record<string, string>;
}

/** The web app manifest (manifest.webmanifest in the build): the kiosk installs as a full-screen app. */
export const webAppManifest: Partial<ManifestOptions> & LocalizedNames = {
  id: './',
  name: 'Aisle shop assistant',
  short_name: 'Aisle',
  description: "The store's offline shopping assistant",
  name_localized: { 'zh-CN': 'Aisle 购物助手' },
  short_name_localized: { 'zh-CN': 'Aisle' },
  description_localized: { 'zh-CN': '本店的离线购物助手' },
  lang: 'en',
  dir: 'ltr',
  start_url: './',
  scope: './',
  display: 'fullscreen',
  display_override: ['fullscreen', 'standalone'],
  orientation: 'any',
  // The kiosk's accent and paper colours (src/ui/styles.css).
  theme_color: '#0b6e4f',
  background_color: '#f6f5f2',
  icons: [
    { src: 'icons/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
    { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
    { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
    { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
  ],
};

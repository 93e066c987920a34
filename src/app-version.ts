/** `__AISLE_VERSION__` is set at build time (vite.config.ts: AISLE_VERSION, else package.json's version). */
declare const __AISLE_VERSION__: string | undefined;

/** The deployed build's version, shown to staff and reported by the service worker. */
export const APP_VERSION: string = typeof __AISLE_VERSION__ === 'string' ? __AISLE_VERSION__ : 'dev';

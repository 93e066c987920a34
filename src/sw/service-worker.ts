/// <reference lib="webworker" />
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { NetworkFirst } from 'workbox-strategies';
import { APP_VERSION } from '../app-version.ts';
import { AisleError } from '../core/errors.ts';
import { isToServiceWorker, type FromServiceWorker, type VersionReply } from './messages.ts';
import { dropStaleModelCaches, fillModelCaches, isModelRequest, serveModelFile } from './model-caches.ts';

/**
 * The kiosk's service worker (built by vite-plugin-pwa's injectManifest; see docs/offline.md). It keeps the
 * app shell, onnxruntime-web's WebAssembly, the catalog and its search index in Workbox's precache, and
 * serves the model files from the runtime's own caches. A new build installs in the background and waits;
 * the page tells it to take over at the kiosk's idle reset or on a staff action.
 */
declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: (string | { url: string; revision: string | null })[];
};

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();
// The web shop's widget (embed.html) is its own page: only the kiosk's navigations get the kiosk shell.
registerRoute(new NavigationRoute(createHandlerBoundToURL('index.html'), { denylist: [/\/embed\.html$/] }));
// The fleet's kiosk.config.json (staff PIN, idle times): fresh from the host whenever it answers, since a
// chain edits it without a new build, and the last copy when the network is down.
const KIOSK_CONFIG_CACHE = 'aisle-kiosk-config';
registerRoute(
  ({ url }) => url.pathname.endsWith('/kiosk.config.json'),
  new NetworkFirst({ cacheName: KIOSK_CONFIG_CACHE }),
);
// The first visit reads the file before this worker controls the page: keep a copy at install too.
self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(KIOSK_CONFIG_CACHE)
      .then((cache) => cache.add(new URL('kiosk.config.json', self.registration.scope).href))
      .catch(() => undefined),
  );
});
registerRoute(
  ({ url }) => isModelRequest(url, self.registration.scope),
  ({ request }) => serveModelFile(request, self.registration.scope),
);

async function tellPages(message: FromServiceWorker): Promise<void> {
  for (const client of await self.clients.matchAll({ includeUncontrolled: true }))
    client.postMessage(message);
}

self.addEventListener('install', (event) => {
  // On the first visit the page's runtime downloads the models itself; an update must bring them first.
  if (!self.registration.active) return;
  event.waitUntil(
    fillModelCaches(self.registration.scope).catch(async (error: unknown) => {
      await tellPages({
        type: 'AISLE_UPDATE_FAILED',
        version: APP_VERSION,
        message: AisleError.from(error).message,
      });
      throw error;
    }),
  );
});

self.addEventListener('activate', (event) => event.waitUntil(dropStaleModelCaches()));
// The first install takes the open page at once, so it works offline without a reload.
clientsClaim();

self.addEventListener('message', (event) => {
  const message: unknown = event.data;
  if (!isToServiceWorker(message)) return;
  if (message.type === 'SKIP_WAITING') void self.skipWaiting();
  else event.ports[0]?.postMessage({ version: APP_VERSION } satisfies VersionReply);
});

import { Workbox } from 'workbox-window';
import { isFromServiceWorker, isVersionReply, type ToServiceWorker } from '../sw/messages.ts';

/** What the page learns from its service worker, as calls into the store. */
export interface ServiceWorkerEvents {
  offlineReady(): void;
  downloading(): void;
  waiting(version: string): void;
  failed(message: string): void;
  applying(): void;
}

export interface ServiceWorkerControl {
  /** Looks for a new deployment now (the kiosk also looks at start and every hour). */
  check(): Promise<void>;
  /**
   * Lets the waiting build take over; the page then reloads into it, on the home screen. `beforeReload`
   * runs between the two (the idle reset's own history change, which would abort a reload under way).
   * Resolves true once the new build controls the page, false when none was waiting or it did not take
   * over within 5 s (it is then announced as waiting again, to be applied later).
   */
  apply(beforeReload?: () => Promise<void>): Promise<boolean>;
  stop(): void;
}

const CHECK_EVERY_MS = 60 * 60 * 1000;
/** How often the waiting build is told again to take over until it has (a message to it can be lost). */
const APPLY_AGAIN_MS = 3000;
/** How long the waiting build has to take over before `apply` gives up (and the kiosk goes on as it is). */
const TAKE_OVER_MS = 5000;
/** When the page is still here this long after its reload began, the reload was aborted: start it again. */
const RELOAD_AGAIN_MS = 3000;
/** When the failed worker could not say why (e.g. a file of the app shell did not download). */
const FAILED_WITHOUT_REASON = 'the new version could not be downloaded completely';

/** The waiting worker's version, asked over a message channel (it answers from its own build). */
function versionOf(worker: ServiceWorker): Promise<string> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = (event: MessageEvent<unknown>) =>
      resolve(isVersionReply(event.data) ? event.data.version : '?');
    worker.postMessage({ type: 'GET_VERSION' }, [channel.port2]);
  });
}

/**
 * Registers the kiosk's service worker with workbox-window. A new build downloads in the background and
 * waits; only `apply` (called at the idle reset or by staff) lets it take over, so a shopper's conversation
 * is never cut by an update. Undefined where the browser has no service workers.
 */
export async function startServiceWorker(
  url: string,
  events: ServiceWorkerEvents,
): Promise<ServiceWorkerControl | undefined> {
  if (!('serviceWorker' in navigator)) return undefined;
  const wb = new Workbox(url);
  let registration: ServiceWorkerRegistration | undefined;

  const announceWaiting = async () => {
    const waiting = registration?.waiting;
    if (waiting) events.waiting(await versionOf(waiting));
  };
  wb.addEventListener('waiting', () => void announceWaiting());
  wb.addEventListener('activated', (event) => {
    if (!event.isUpdate) events.offlineReady();
  });
  // A new build now serves this page: start it fresh, on the home screen. (Not the first install's claim:
  // workbox-window counts every later update as "external", so this watches the controller itself.)
  let hadController = navigator.serviceWorker.controller !== null;
  /** The `apply` under way, told when its build has taken over; what its callers want done before the reload. */
  let applying:
    | {
        result: Promise<boolean>;
        beforeReload: (() => Promise<void>)[];
        tookOver(): Promise<void>;
        abandon(): void;
      }
    | undefined;
  let reloading = false;
  let reloadAgain: ReturnType<typeof setTimeout> | undefined;
  const reload = (wait: number) => {
    window.location.replace(window.location.pathname + window.location.search);
    // A history change at the same moment aborts the reload (net::ERR_ABORTED) and this page stays: again,
    // each time a little later, so that a reload merely slow to start is not cut by its own retry.
    reloadAgain = setTimeout(() => reload(wait * 2), wait);
  };
  const startFresh = async () => {
    if (reloading) return;
    reloading = true;
    await applying?.tookOver();
    reload(RELOAD_AGAIN_MS);
  };
  const onControllerChange = () => {
    if (hadController || applying) void startFresh();
    hadController = true;
  };
  navigator.serviceWorker.addEventListener('controllerchange', onControllerChange);
  // An update that fails to install says why before it goes (src/sw/service-worker.ts).
  const onMessage = (event: MessageEvent<unknown>) => {
    if (isFromServiceWorker(event.data)) events.failed(event.data.message);
  };
  navigator.serviceWorker.addEventListener('message', onMessage);

  try {
    registration = await wb.register();
  } catch (error) {
    events.failed(error instanceof Error ? error.message : String(error));
  }
  registration?.addEventListener('updatefound', () => {
    const installing = registration?.installing;
    if (!registration?.active || !installing) return; // the first install is not an update
    events.downloading();
    // Gone before it was installed: the install failed. (A waiting one that a newer build replaces is not.)
    let installed = false;
    installing.addEventListener('statechange', () => {
      if (installing.state === 'installed') installed = true;
      if (installing.state === 'redundant' && !installed) events.failed(FAILED_WITHOUT_REASON);
    });
  });
  if (navigator.serviceWorker.controller) events.offlineReady();
  await announceWaiting();
  const timer = setInterval(() => void wb.update(), CHECK_EVERY_MS);

  return {
    check: () => wb.update(),
    apply(beforeReload) {
      if (applying) {
        if (beforeReload) applying.beforeReload.push(beforeReload);
        return applying.result;
      }
      const waiting = registration?.waiting;
      if (!waiting) return Promise.resolve(false);
      events.applying();
      let settle: (tookOver: boolean) => void = () => undefined;
      const result = new Promise<boolean>((resolve) => (settle = resolve));
      const takeOver = () => waiting.postMessage({ type: 'SKIP_WAITING' } satisfies ToServiceWorker);
      // Chromium can drop a message to a waiting worker it is stopping for idleness: say it again until
      // the build has taken over, and start fresh in it should its controller change go unreported.
      const again = setInterval(() => {
        if (registration?.waiting === waiting) takeOver();
        else if (registration?.active === waiting) void startFresh();
      }, APPLY_AGAIN_MS);
      const done = (tookOver: boolean) => {
        clearInterval(again);
        clearTimeout(giveUp);
        applying = undefined;
        settle(tookOver);
      };
      // Not taken over: the kiosk goes on with the running build, and the update waits for the next try.
      const giveUp = setTimeout(() => {
        done(false);
        void announceWaiting();
      }, TAKE_OVER_MS);
      const before = beforeReload ? [beforeReload] : [];
      applying = {
        result,
        beforeReload: before,
        tookOver: async () => {
          clearTimeout(giveUp);
          for (const step of before) await step().catch(() => undefined);
          done(true);
        },
        abandon: () => done(false),
      };
      takeOver();
      return result;
    },
    stop() {
      clearInterval(timer);
      clearTimeout(reloadAgain);
      applying?.abandon();
      navigator.serviceWorker.removeEventListener('message', onMessage);
      navigator.serviceWorker.removeEventListener('controllerchange', onControllerChange);
    },
  };
}

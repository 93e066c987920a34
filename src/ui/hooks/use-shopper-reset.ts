import { useCallback } from 'react';
import { useAppStore } from '../../state/store.ts';
import { wipeShopperSession } from '../../state/shopper-session.ts';
import { useShop } from '../engine-context.ts';
import { useServiceWorkerControl } from '../offline-context.ts';
import { routeHref } from '../route.ts';
import { restartHistory } from '../session-history.ts';

/**
 * Forgets the shopper, everywhere the kiosk could hold them: the store (conversation, search, filters),
 * the screens' own state (remounted by session number), session storage, the history behind Back, and
 * in the worker the assistant's conversation and the language model's attention cache. Then the attract
 * loop. Nothing of a conversation is ever written to persistent storage, so there is nothing to delete.
 * A downloaded update applies here too: the reload into the new build is the wipe's strongest form.
 */
export function useShopperReset(): () => Promise<void> {
  const shop = useShop();
  const serviceWorker = useServiceWorkerControl();
  return useCallback(async () => {
    const forget = async () => {
      // The attract loop first: a screen still showing would fill the store again from its address.
      await restartHistory(routeHref({ screen: 'attract' }));
      wipeShopperSession(useAppStore);
      if ('speechSynthesis' in window) speechSynthesis.cancel();
      try {
        sessionStorage.clear();
      } catch {
        // A browser without session storage holds nothing there either.
      }
    };
    // A waiting update first, on its own: told to take over amid the history change and the worker's
    // reset, Chromium could restart the old service worker instead and leave the new one waiting. Its
    // reload comes after the wipe (which would abort a reload under way), so nothing survives a failed one.
    const updating = serviceWorker && useAppStore.getState().updateStatus === 'waiting';
    const reloading = updating ? await serviceWorker.apply(forget) : false;
    if (!reloading) await forget();
    // The worker stops any answer still running before it forgets.
    await shop?.resetChat().catch(() => undefined);
  }, [shop, serviceWorker]);
}

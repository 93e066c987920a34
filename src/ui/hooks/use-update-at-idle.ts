import { useEffect } from 'react';
import { INPUT_EVENTS } from '../../offline/idle.ts';
import type { ServiceWorkerControl } from '../../offline/service-worker-client.ts';
import { useAppStore, useUpdateStatus } from '../../state/store.ts';

/** A shopper is being answered: an update must not cut the answer off. */
const answering = () => useAppStore.getState().chatMessages.some((message) => message.status === 'answering');

/**
 * Applies a downloaded update at the kiosk's idle reset: once nobody has touched the kiosk for `idleSeconds`
 * and no answer is being written. The reload into the new build starts on the home screen, with the last
 * shopper's conversation gone.
 */
export function useUpdateAtIdle(control: ServiceWorkerControl | null, idleSeconds: number): void {
  const status = useUpdateStatus();
  useEffect(() => {
    if (!control || status !== 'waiting') return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => (answering() ? arm() : control.apply()), idleSeconds * 1000);
    };
    arm();
    for (const name of INPUT_EVENTS) window.addEventListener(name, arm, { passive: true, capture: true });
    return () => {
      clearTimeout(timer);
      for (const name of INPUT_EVENTS) window.removeEventListener(name, arm, { capture: true });
    };
  }, [control, status, idleSeconds]);
}

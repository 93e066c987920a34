import { useEffect } from 'react';
import type { ServiceWorkerControl } from '../../offline/service-worker-client.ts';
import { useKioskConfig, useUpdateStatus } from '../../state/store.ts';
import { usePresenceClock } from '../presence-context.ts';

/** How often a waiting update looks at the presence clock. */
const CHECK_MS = 1000;

/**
 * Applies a downloaded update when the kiosk has been left: on the presence clock that the idle reset
 * reads, once nobody has been there (or waited on an answer) for the idle time and its warning, the
 * moment the idle reset starts over. The reload into the new build starts on the attract loop, with the
 * last shopper's conversation gone.
 */
export function useUpdateAtIdle(control: ServiceWorkerControl | null): void {
  const status = useUpdateStatus();
  const clock = usePresenceClock();
  const { idleSeconds, idleWarningSeconds } = useKioskConfig();
  useEffect(() => {
    if (!control || status !== 'waiting') return;
    const timer = setInterval(() => {
      if (clock.idleFor(idleSeconds, idleWarningSeconds)) control.apply();
    }, CHECK_MS);
    return () => clearInterval(timer);
  }, [control, status, clock, idleSeconds, idleWarningSeconds]);
}

import { useEffect, useRef } from 'react';
import type { ServiceWorkerControl } from '../../offline/service-worker-client.ts';
import { useKioskConfig, useSessionNumber, useUpdateStatus } from '../../state/store.ts';
import { usePresenceClock } from '../presence-context.ts';

/** How often a waiting update looks at the presence clock. */
const CHECK_MS = 1000;

/**
 * Applies a downloaded update when the kiosk has been left: when the idle reset forgets a shopper (a new
 * session starts), or, on a kiosk nobody has used since, once the presence clock that the idle reset
 * reads shows the idle time and its warning without anybody there. The reload into the new build starts
 * on the attract loop, with the last shopper's conversation gone.
 */
export function useUpdateAtIdle(control: ServiceWorkerControl | null): void {
  const status = useUpdateStatus();
  const clock = usePresenceClock();
  const session = useSessionNumber();
  const { idleSeconds, idleWarningSeconds } = useKioskConfig();
  // The session the update found running when it was ready: a later one means the reset has happened.
  const waitingIn = useRef<number | null>(null);

  useEffect(() => {
    if (!control || status !== 'waiting') {
      waitingIn.current = null;
      return;
    }
    waitingIn.current ??= session;
    if (session !== waitingIn.current) {
      control.apply();
      return;
    }
    const timer = setInterval(() => {
      if (clock.idleFor(idleSeconds, idleWarningSeconds)) control.apply();
    }, CHECK_MS);
    return () => clearInterval(timer);
  }, [control, status, clock, session, idleSeconds, idleWarningSeconds]);
}

import { useEffect } from 'react';
import type { ServiceWorkerControl } from '../../offline/service-worker-client.ts';
import { useKioskConfig, useUpdateStatus } from '../../state/store.ts';
import { usePresenceClock } from '../presence-context.ts';

/** How often a waiting update looks at the presence clock. */
const CHECK_MS = 1000;

/**
 * Applies a downloaded update on a kiosk nobody has used since it was ready: once the attract loop has
 * shown for the idle time and its warning without anybody there (the presence clock that the idle reset
 * reads). A session's end applies it in the idle reset itself (`useShopperReset`), before that reset's
 * history change; this hook stays out of a session, so the two never race.
 */
export function useUpdateAtIdle(control: ServiceWorkerControl | null, attractShowing: boolean): void {
  const status = useUpdateStatus();
  const clock = usePresenceClock();
  const { idleSeconds, idleWarningSeconds } = useKioskConfig();

  useEffect(() => {
    if (!control || status !== 'waiting' || !attractShowing) return;
    const timer = setInterval(() => {
      if (clock.idleFor(idleSeconds, idleWarningSeconds)) void control.apply();
    }, CHECK_MS);
    return () => clearInterval(timer);
  }, [control, status, clock, attractShowing, idleSeconds, idleWarningSeconds]);
}

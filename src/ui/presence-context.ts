import { createContext, useContext } from 'react';
import type { PresenceClock } from '../core/kiosk/idle.ts';

/** The kiosk's presence clock, made once by the app root (`useKioskPresence`). */
export const PresenceContext = createContext<PresenceClock | null>(null);

/** The clock the idle reset and the update at idle read. */
export function usePresenceClock(): PresenceClock {
  const clock = useContext(PresenceContext);
  if (!clock) throw new Error('usePresenceClock needs the app root’s PresenceContext');
  return clock;
}

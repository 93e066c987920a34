import { useEffect, useState } from 'react';
import { PresenceClock } from '../../core/kiosk/idle.ts';
import { useAppStore } from '../../state/store.ts';

/** Input that means a shopper is there: any touch, click, key or scroll. */
const INPUT_EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

/** A shopper waiting for an answer is there, however long it takes. */
const answering = () => useAppStore.getState().chatMessages.some((message) => message.status === 'answering');

/**
 * The kiosk's one presence clock, for the app root to provide: every touch, click, key or scroll on the
 * page sets it, and an answer being written holds it.
 */
export function useKioskPresence(): PresenceClock {
  const [clock] = useState(() => new PresenceClock(Date.now, answering));
  useEffect(() => {
    const note = () => clock.touch();
    for (const type of INPUT_EVENTS) window.addEventListener(type, note, { capture: true, passive: true });
    return () => {
      for (const type of INPUT_EVENTS) window.removeEventListener(type, note, { capture: true });
    };
  }, [clock]);
  return clock;
}

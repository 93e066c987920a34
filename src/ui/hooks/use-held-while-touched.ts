import { useEffect, useEffectEvent, useState } from 'react';

/** Lifting a finger (or the mouse button) ends a touch; a touch that turns into a scroll ends at touchend. */
const RELEASE = ['pointerup', 'touchend', 'touchcancel'] as const;

/**
 * `value`, except that a provisional value on screen when the shopper touches it stays there until the
 * touch ends, even when its replacement arrives meanwhile: a list never reorders under a finger.
 */
export function useHeldWhileTouched<T>(value: T, provisional: boolean): T {
  const [held, setHeld] = useState<{ value: T } | null>(null);
  const press = useEffectEvent(() => setHeld(provisional ? { value } : null));

  useEffect(() => {
    const down = () => press();
    const up = () => setHeld(null);
    window.addEventListener('pointerdown', down, { capture: true, passive: true });
    for (const type of RELEASE) window.addEventListener(type, up, { capture: true, passive: true });
    return () => {
      window.removeEventListener('pointerdown', down, { capture: true });
      for (const type of RELEASE) window.removeEventListener(type, up, { capture: true });
    };
  }, []);

  return held ? held.value : value;
}

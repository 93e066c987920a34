import { useEffect, useRef, type PointerEvent } from 'react';

/** How long staff hold the store name to open staff mode: long enough that no shopper does it by chance. */
export const LONG_PRESS_MS = 2000;

/**
 * Pointer handlers that call `onLongPress` after a press held for `ms` without moving away; a shorter
 * press does nothing.
 */
export function useLongPress(onLongPress: () => void, ms = LONG_PRESS_MS) {
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const cancel = () => {
    clearTimeout(timer.current);
    timer.current = undefined;
  };
  useEffect(() => cancel, []);
  return {
    onPointerDown: (event: PointerEvent) => {
      if (event.button !== 0) return;
      cancel();
      timer.current = setTimeout(() => {
        timer.current = undefined;
        onLongPress();
      }, ms);
    },
    onPointerUp: cancel,
    onPointerLeave: cancel,
    onPointerCancel: cancel,
  };
}

import { useCallback, useEffect, useRef, useState } from 'react';
import { idlePhase, type IdlePhase } from '../../core/kiosk/idle.ts';

/** What counts as a shopper being there: any touch, click, key or scroll. */
const ACTIVITY = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;
const TICK_MS = 250;

/**
 * The idle phase of the session while `enabled`: active, the warning with its seconds left, or expired.
 * Input restarts the count while active; once the warning shows only `stay` (Continue) does. The caller
 * remounts it for each new session (by key), so an expired phase never outlives its session.
 */
export function useIdleTimer(
  enabled: boolean,
  idleSeconds: number,
  warningSeconds: number,
  /** While this says so (an answer is being written), the shopper counts as there. */
  busy: () => boolean = () => false,
): { phase: IdlePhase; stay(): void } {
  const lastInput = useRef(0);
  const [phase, setPhase] = useState<IdlePhase>({ kind: 'active' });
  const warning = phase.kind !== 'active';

  useEffect(() => {
    if (!enabled || warning) return;
    const note = () => {
      lastInput.current = Date.now();
    };
    for (const type of ACTIVITY) window.addEventListener(type, note, { capture: true, passive: true });
    return () => {
      for (const type of ACTIVITY) window.removeEventListener(type, note, { capture: true });
    };
  }, [enabled, warning]);

  useEffect(() => {
    if (!enabled) return;
    lastInput.current = Date.now();
    const timer = setInterval(() => {
      if (busy()) lastInput.current = Date.now();
      const next = idlePhase(Date.now() - lastInput.current, idleSeconds, warningSeconds);
      setPhase((current) => (samePhase(current, next) ? current : next));
    }, TICK_MS);
    return () => clearInterval(timer);
  }, [enabled, idleSeconds, warningSeconds, busy]);

  const stay = useCallback(() => {
    lastInput.current = Date.now();
    setPhase({ kind: 'active' });
  }, []);

  return { phase: enabled ? phase : { kind: 'active' }, stay };
}

function samePhase(a: IdlePhase, b: IdlePhase): boolean {
  if (a.kind === 'warning' && b.kind === 'warning') return a.secondsLeft === b.secondsLeft;
  return a.kind === b.kind;
}

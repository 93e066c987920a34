import { useCallback, useEffect, useRef, useState } from 'react';
import { SessionIdle, type IdlePhase } from '../../core/kiosk/idle.ts';
import { usePresenceClock } from '../presence-context.ts';

const TICK_MS = 250;

/**
 * The idle phase of the session while `enabled`, read from the kiosk's presence clock: active, the
 * warning with its seconds left, or expired. Once the warning shows only `stay` (Continue) stops it. The
 * caller remounts it for each new session (by key), so an expired phase never outlives its session.
 */
export function useIdleTimer(
  enabled: boolean,
  idleSeconds: number,
  warningSeconds: number,
): { phase: IdlePhase; stay(): void } {
  const clock = usePresenceClock();
  const session = useRef<SessionIdle | null>(null);
  const [phase, setPhase] = useState<IdlePhase>({ kind: 'active' });

  useEffect(() => {
    if (!enabled) return;
    const watch = new SessionIdle(clock, idleSeconds, warningSeconds);
    session.current = watch;
    const timer = setInterval(() => {
      const next = watch.phase();
      setPhase((current) => (samePhase(current, next) ? current : next));
    }, TICK_MS);
    return () => {
      clearInterval(timer);
      session.current = null;
    };
  }, [enabled, clock, idleSeconds, warningSeconds]);

  const stay = useCallback(() => {
    if (session.current) session.current.stay();
    else clock.touch();
    setPhase({ kind: 'active' });
  }, [clock]);

  return { phase: enabled ? phase : { kind: 'active' }, stay };
}

function samePhase(a: IdlePhase, b: IdlePhase): boolean {
  if (a.kind === 'warning' && b.kind === 'warning') return a.secondsLeft === b.secondsLeft;
  return a.kind === b.kind;
}

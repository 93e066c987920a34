/** Where a shopper's session stands after a time without input. */
export type IdlePhase =
  | { kind: 'active' }
  /** "Are you still there?", with whole seconds left before the wipe. */
  | { kind: 'warning'; secondsLeft: number }
  | { kind: 'expired' };

/** The phase `quietMs` after the last touch or key, for the kiosk's idle and warning times (seconds). */
export function idlePhase(quietMs: number, idleSeconds: number, warningSeconds: number): IdlePhase {
  const idleMs = idleSeconds * 1000;
  if (quietMs < idleMs) return { kind: 'active' };
  const leftMs = idleMs + warningSeconds * 1000 - quietMs;
  return leftMs > 0 ? { kind: 'warning', secondsLeft: Math.ceil(leftMs / 1000) } : { kind: 'expired' };
}

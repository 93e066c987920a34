/** Wrong PINs in a row before staff mode locks. */
export const MAX_PIN_TRIES = 5;
/** How long it then stays locked. */
export const LOCKOUT_MS = 5 * 60_000;

/** Wrong staff PINs so far, and until when entry is refused; kept across reloads so a reload cannot reset it. */
export interface PinLockout {
  failures: number;
  lockedUntil: number;
}

export const NO_LOCKOUT: PinLockout = { failures: 0, lockedUntil: 0 };

export function isLockedOut(state: PinLockout, now: number): boolean {
  return state.lockedUntil > now;
}

/** After a wrong PIN: the fifth in a row locks entry for LOCKOUT_MS and starts the count again. */
export function afterWrongPin(state: PinLockout, now: number): PinLockout {
  const failures = state.failures + 1;
  return failures >= MAX_PIN_TRIES
    ? { failures: 0, lockedUntil: now + LOCKOUT_MS }
    : { failures, lockedUntil: 0 };
}

/** Tries left before the lock, for the message under the keypad. */
export function triesLeft(state: PinLockout): number {
  return MAX_PIN_TRIES - state.failures;
}

export function isPinLockout(value: unknown): value is PinLockout {
  if (typeof value !== 'object' || value === null) return false;
  const kept: Partial<Record<keyof PinLockout, unknown>> = value;
  return typeof kept.failures === 'number' && typeof kept.lockedUntil === 'number';
}

import { useCallback, useState } from 'react';
import {
  afterWrongPin,
  isLockedOut,
  isPinLockout,
  NO_LOCKOUT,
  triesLeft,
  type PinLockout,
} from '../../core/kiosk/lockout.ts';
import { KIOSK_CONFIG_FILE } from '../../core/kiosk/config.ts';
import { verifyPin } from '../../core/kiosk/pin.ts';
import { useAppStore, useKioskConfig } from '../../state/store.ts';
import { useMessages } from './use-messages.ts';

/** Wrong PINs are counted in local storage, so that a reload does not give five more tries. */
const LOCKOUT_KEY = 'aisle-staff-lockout';

function readLockout(): PinLockout {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(LOCKOUT_KEY) ?? 'null');
    return isPinLockout(value) ? value : NO_LOCKOUT;
  } catch {
    return NO_LOCKOUT;
  }
}

function writeLockout(state: PinLockout): void {
  try {
    if (state.failures === 0 && state.lockedUntil === 0) localStorage.removeItem(LOCKOUT_KEY);
    else localStorage.setItem(LOCKOUT_KEY, JSON.stringify(state));
  } catch {
    // Without storage the count lasts until the page reloads.
  }
}

/** The PIN check of staff mode: the message to show, and `submit`, which resolves true on the right PIN. */
export function useStaffEntry() {
  const t = useMessages().staff;
  const { staffPinHash } = useKioskConfig();
  // Why there is no PIN, when the fleet's file was broken or its hash refused: staff cannot reach the
  // diagnostics without one, so the PIN dialog says it.
  const pinProblem = useAppStore(
    (s) =>
      s.kioskConfigIssues.find(
        (issue) =>
          issue.severity === 'error' && (issue.field === 'staffPinHash' || issue.field === KIOSK_CONFIG_FILE),
      )?.message,
  );
  const unlockStaff = useAppStore((s) => s.unlockStaff);
  const [checking, setChecking] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  const lockedMessage = useCallback(
    (state: PinLockout, now: number) => t.lockedOut(Math.ceil((state.lockedUntil - now) / 60_000)),
    [t],
  );

  const submit = useCallback(
    async (pin: string): Promise<boolean> => {
      const now = Date.now();
      const before = readLockout();
      if (!staffPinHash) {
        setMessage(pinProblem ? t.noPinBecause(pinProblem) : t.noPin);
        return false;
      }
      if (isLockedOut(before, now)) {
        setMessage(lockedMessage(before, now));
        return false;
      }
      setChecking(true);
      const right = await verifyPin(pin, staffPinHash);
      setChecking(false);
      if (right) {
        writeLockout(NO_LOCKOUT);
        setMessage(null);
        unlockStaff();
        return true;
      }
      const after = afterWrongPin(before, Date.now());
      writeLockout(after);
      setMessage(
        isLockedOut(after, Date.now()) ? lockedMessage(after, Date.now()) : t.wrong(triesLeft(after)),
      );
      return false;
    },
    [staffPinHash, pinProblem, t, lockedMessage, unlockStaff],
  );

  return { submit, checking, message };
}

import { useEffect, useRef } from 'react';
import { useAppStore, useKioskConfig } from '../../state/store.ts';
import { useIdleTimer } from '../hooks/use-idle-timer.ts';
import { useShopperReset } from '../hooks/use-shopper-reset.ts';
import { IdleDialog } from './IdleDialog.tsx';

/** A shopper waiting for an answer is there, however long it takes. */
const answering = () => useAppStore.getState().chatMessages.some((message) => message.status === 'answering');

/**
 * Watches a session for inactivity: after `idleSeconds` the dialog counts down `idleWarningSeconds`, and
 * then the shopper is forgotten and the attract loop returns. Off while the attract loop shows.
 */
export function IdleGuard({ active }: { active: boolean }) {
  const { idleSeconds, idleWarningSeconds } = useKioskConfig();
  const { phase, stay } = useIdleTimer(active, idleSeconds, idleWarningSeconds, answering);
  const reset = useShopperReset();
  const resetting = useRef(false);

  useEffect(() => {
    if (phase.kind !== 'expired' || resetting.current) return;
    resetting.current = true;
    void reset().finally(() => {
      resetting.current = false;
    });
  }, [phase.kind, reset]);

  if (phase.kind !== 'warning') return null;
  return <IdleDialog secondsLeft={phase.secondsLeft} onStay={stay} onReset={() => void reset()} />;
}

import { useEffect, useRef } from 'react';
import { useKioskConfig } from '../../state/store.ts';
import { useIdleTimer } from '../hooks/use-idle-timer.ts';
import { useShopperReset } from '../hooks/use-shopper-reset.ts';
import { IdleDialog } from './IdleDialog.tsx';

/**
 * Watches a session for inactivity: after `idleSeconds` the dialog counts down `idleWarningSeconds`, and
 * then the shopper is forgotten and the attract loop returns. Off while the attract loop shows. The
 * kiosk's presence clock says when anybody was last there (an answer being written counts).
 */
export function IdleGuard({ active }: { active: boolean }) {
  const { idleSeconds, idleWarningSeconds } = useKioskConfig();
  const { phase, stay } = useIdleTimer(active, idleSeconds, idleWarningSeconds);
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

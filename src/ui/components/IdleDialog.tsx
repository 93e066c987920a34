import { useEffect, useRef } from 'react';
import { useMessages } from '../hooks/use-messages.ts';
import { Modal } from './Modal.tsx';

/** "Are you still there?": the seconds left before the screen starts over, Continue, and Start over now. */
export function IdleDialog({
  secondsLeft,
  onStay,
  onReset,
}: {
  secondsLeft: number;
  onStay(): void;
  onReset(): void;
}) {
  const t = useMessages().idle;
  const stay = useRef<HTMLButtonElement>(null);
  useEffect(() => stay.current?.focus(), []);
  return (
    <Modal role="alertdialog" labelledBy="idle-heading" describedBy="idle-countdown" testId="idle.dialog">
      <h2 id="idle-heading">{t.heading}</h2>
      <p id="idle-countdown" data-testid="idle.countdown">
        {t.countdown(secondsLeft)}
      </p>
      <div className="modal-actions">
        <button type="button" className="button-secondary" onClick={onReset} data-testid="idle.reset">
          {t.reset}
        </button>
        <button type="button" className="primary" ref={stay} onClick={onStay} data-testid="idle.continue">
          {t.stay}
        </button>
      </div>
    </Modal>
  );
}

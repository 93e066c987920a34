import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useMessages } from '../hooks/use-messages.ts';
import { useStaffEntry } from '../hooks/use-staff-entry.ts';
import { Modal } from './Modal.tsx';

const DIGITS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0'];

/**
 * The staff PIN, asked after the hidden gesture: a keypad for touch, the field for a keyboard. The PIN
 * is checked against the configured hash; five wrong ones lock staff mode for a while.
 */
export function StaffPinDialog({ onClose, onUnlocked }: { onClose(): void; onUnlocked(): void }) {
  const t = useMessages().staff;
  const { submit, checking, message } = useStaffEntry();
  const [pin, setPin] = useState('');
  const field = useRef<HTMLInputElement>(null);

  useEffect(() => field.current?.focus(), []);

  async function enter(event?: FormEvent) {
    event?.preventDefault();
    if (checking || pin === '') return;
    const right = await submit(pin);
    setPin('');
    if (right) onUnlocked();
  }

  return (
    <Modal role="dialog" labelledBy="pin-heading" testId="staff.pin-dialog">
      <form
        className="pin-form"
        onSubmit={(event) => void enter(event)}
        onKeyDown={(event) => event.key === 'Escape' && onClose()}
      >
        <h2 id="pin-heading">{t.pinHeading}</h2>
        <label className="pin-field">
          <span>{t.pinLabel}</span>
          <input
            ref={field}
            type="password"
            inputMode="numeric"
            autoComplete="off"
            value={pin}
            onChange={(event) => setPin(event.target.value.replace(/\D/g, '').slice(0, 12))}
            data-testid="staff.pin"
          />
        </label>
        <div className="keypad">
          {DIGITS.map((digit) => (
            <button
              type="button"
              key={digit}
              className="key"
              onClick={() => setPin((current) => (current + digit).slice(0, 12))}
              data-testid="staff.key"
            >
              {digit}
            </button>
          ))}
          <button type="button" className="key" onClick={() => setPin('')}>
            {t.clear}
          </button>
        </div>
        <p className="pin-message" role="alert" data-testid="staff.pin-message">
          {checking ? t.checking : message}
        </p>
        <div className="modal-actions">
          <button type="button" className="button-secondary" onClick={onClose} data-testid="staff.cancel">
            {t.cancel}
          </button>
          <button
            type="submit"
            className="primary"
            disabled={checking || pin === ''}
            data-testid="staff.enter"
          >
            {t.enter}
          </button>
        </div>
      </form>
    </Modal>
  );
}

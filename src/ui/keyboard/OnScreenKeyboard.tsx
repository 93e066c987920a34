import { useEffect, useState } from 'react';
import type { KeyboardMode } from '../../core/kiosk/config.ts';
import { useKioskConfig } from '../../state/store.ts';
import { useMessages } from '../hooks/use-messages.ts';
import { eraseIn, submitFrom, typeInto } from './field-input.ts';
import { LATIN_ROWS, type Key } from './layout.ts';

/** Fields the keyboard serves carry this attribute: the search, chat and ask fields. */
export const KEYBOARD_FIELD = 'data-keyboard';

function keyboardField(target: EventTarget | null): HTMLInputElement | null {
  return target instanceof HTMLInputElement && target.hasAttribute(KEYBOARD_FIELD) ? target : null;
}

/** Whether to offer the keyboard: always, never, or (auto) on a touch screen with no key typed on a real one. */
export function offersKeyboard(mode: KeyboardMode, touchScreen: boolean, physicalKeyboard: boolean): boolean {
  if (mode === 'auto') return touchScreen && !physicalKeyboard;
  return mode === 'always';
}

/**
 * The on-screen keyboard for the Latin layout, under the screen and above the bottom controls while a
 * search, chat or ask field has the focus. Its keys never take the focus, so the field keeps its caret.
 */
export function OnScreenKeyboard() {
  const t = useMessages().keyboard;
  const { onScreenKeyboard } = useKioskConfig();
  const [field, setField] = useState<HTMLInputElement | null>(null);
  const [physical, setPhysical] = useState(false);
  const [shift, setShift] = useState(false);

  useEffect(() => {
    let pressing = false;
    let pendingHide: (() => void) | undefined;
    // Focus on another element is handled where it leaves the field (focusout).
    const focusIn = (event: FocusEvent) => {
      const field = keyboardField(event.target);
      if (!field) return;
      pendingHide = undefined;
      setField(field);
    };
    // Focus that moves to the field's own form (its Ask or Search button) keeps the keyboard. Focus that
    // leaves it hides the keyboard, but only once the tap that moved it has ended: hiding at once would
    // move the screen under the finger, and the tap would land on something else.
    const focusOut = (event: FocusEvent) => {
      const from = keyboardField(event.target);
      const to = event.relatedTarget;
      if (keyboardField(to) || (from?.form && to instanceof Node && from.form.contains(to))) return;
      const hide = () => setField(null);
      if (pressing) pendingHide = hide;
      else hide();
    };
    const pointerDown = () => {
      pressing = true;
    };
    const pointerEnd = () => {
      pressing = false;
      const hide = pendingHide;
      pendingHide = undefined;
      // In a task of its own: after the click that follows this pointerup has been delivered.
      if (hide) setTimeout(hide, 0);
    };
    // A key pressed on a real keyboard says the kiosk has one.
    const keyDown = (event: KeyboardEvent) => {
      if (event.isTrusted && event.key.length === 1) setPhysical(true);
    };
    document.addEventListener('focusin', focusIn);
    document.addEventListener('focusout', focusOut);
    window.addEventListener('pointerdown', pointerDown, { capture: true });
    window.addEventListener('pointerup', pointerEnd, { capture: true });
    window.addEventListener('pointercancel', pointerEnd, { capture: true });
    window.addEventListener('keydown', keyDown, { capture: true });
    return () => {
      document.removeEventListener('focusin', focusIn);
      document.removeEventListener('focusout', focusOut);
      window.removeEventListener('pointerdown', pointerDown, { capture: true });
      window.removeEventListener('pointerup', pointerEnd, { capture: true });
      window.removeEventListener('pointercancel', pointerEnd, { capture: true });
      window.removeEventListener('keydown', keyDown, { capture: true });
    };
  }, []);

  const touchScreen = typeof navigator !== 'undefined' && navigator.maxTouchPoints > 0;
  if (!field || !field.isConnected || !offersKeyboard(onScreenKeyboard, touchScreen, physical)) return null;

  const press = (key: Key) => {
    switch (key.kind) {
      case 'char':
        typeInto(field, shift ? key.char.toUpperCase() : key.char);
        setShift(false);
        return;
      case 'space':
        return typeInto(field, ' ');
      case 'backspace':
        return eraseIn(field);
      case 'enter':
        return submitFrom(field);
      case 'shift':
        return setShift(!shift);
      case 'hide':
        field.blur();
        return setField(null);
    }
  };

  const label = (key: Key): string =>
    key.kind === 'char' ? (shift ? key.char.toUpperCase() : key.char) : t[key.kind];

  return (
    <div
      className="keyboard"
      role="group"
      aria-label={t.label}
      data-testid="keyboard"
      // The field keeps the focus (and its caret) while keys are pressed.
      onPointerDown={(event) => event.preventDefault()}
      onMouseDown={(event) => event.preventDefault()}
    >
      {LATIN_ROWS.map((row, i) => (
        <div className="keyboard-row" key={i}>
          {row.map((key, j) => (
            <button
              type="button"
              key={j}
              tabIndex={-1}
              className={`key key-${key.kind}`}
              aria-pressed={key.kind === 'shift' ? shift : undefined}
              onClick={() => press(key)}
              data-testid={`keyboard.${key.kind === 'char' ? key.char : key.kind}`}
            >
              {label(key)}
            </button>
          ))}
        </div>
      ))}
    </div>
  );
}

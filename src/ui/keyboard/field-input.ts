import { erased, typed } from './layout.ts';

/**
 * Writes into a React-controlled field as typing would: the value through the element's own setter and an
 * `input` event, so the field's onChange sees it.
 */
function setValue(field: HTMLInputElement, value: string, caret: number): void {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
  setter?.call(field, value);
  field.dispatchEvent(new Event('input', { bubbles: true }));
  // Search fields and others without a caret refuse a selection; typing still works.
  try {
    field.setSelectionRange(caret, caret);
  } catch {
    // nothing to move
  }
}

function selectionOf(field: HTMLInputElement): { start: number; end: number } {
  const end = field.value.length;
  return { start: field.selectionStart ?? end, end: field.selectionEnd ?? end };
}

export function typeInto(field: HTMLInputElement, text: string): void {
  const next = typed(field.value, selectionOf(field), text);
  setValue(field, next.value, next.caret);
}

export function eraseIn(field: HTMLInputElement): void {
  const next = erased(field.value, selectionOf(field));
  setValue(field, next.value, next.caret);
}

/** Enter: submits the field's form, as the Enter key does. */
export function submitFrom(field: HTMLInputElement): void {
  field.form?.requestSubmit();
}

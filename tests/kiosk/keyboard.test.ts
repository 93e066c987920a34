import { describe, expect, it } from 'vitest';
import { erased, LATIN_ROWS, typed } from '../../src/ui/keyboard/layout.ts';
import { offersKeyboard } from '../../src/ui/keyboard/OnScreenKeyboard.tsx';

describe('on-screen keyboard', () => {
  it('types over the selection and erases the character before the caret', () => {
    expect(typed('lapops', { start: 3, end: 3 }, 't')).toEqual({ value: 'laptops', caret: 4 });
    expect(typed('red shoes', { start: 0, end: 3 }, 'blue')).toEqual({ value: 'blue shoes', caret: 4 });
    expect(erased('laptopz', { start: 7, end: 7 })).toEqual({ value: 'laptop', caret: 6 });
    expect(erased('laptop', { start: 0, end: 0 })).toEqual({ value: 'laptop', caret: 0 });
    expect(erased('red shoes', { start: 0, end: 4 })).toEqual({ value: 'shoes', caret: 0 });
  });

  it('has every letter and digit, with the keys that act', () => {
    const chars = LATIN_ROWS.flat().flatMap((key) => (key.kind === 'char' ? [key.char] : []));
    for (const c of 'abcdefghijklmnopqrstuvwxyz0123456789$?') expect(chars).toContain(c);
    const kinds = new Set(LATIN_ROWS.flat().map((key) => key.kind));
    expect([...kinds].sort()).toEqual(['backspace', 'char', 'enter', 'hide', 'shift', 'space']);
  });

  it('shows by itself on a touch screen until a real key is typed, or as the configuration says', () => {
    expect(offersKeyboard('auto', true, false)).toBe(true);
    expect(offersKeyboard('auto', true, true)).toBe(false);
    expect(offersKeyboard('auto', false, false)).toBe(false);
    expect(offersKeyboard('always', false, true)).toBe(true);
    expect(offersKeyboard('never', true, false)).toBe(false);
  });
});

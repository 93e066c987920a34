/** A key of the on-screen keyboard: a character, or one of the keys that act. */
export type Key =
  | { kind: 'char'; char: string }
  | { kind: 'backspace' }
  | { kind: 'space' }
  | { kind: 'enter' }
  | { kind: 'shift' }
  | { kind: 'hide' };

const chars = (row: string): Key[] => [...row].map((char) => ({ kind: 'char', char }));

/**
 * The Latin layout (QWERTY) with digits and the signs shoppers type in questions ("$", "?"). Chinese is
 * typed through the system's input method; this keyboard writes model names and prices in either language.
 */
export const LATIN_ROWS: Key[][] = [
  chars('1234567890'),
  [...chars('qwertyuiop'), { kind: 'backspace' }],
  [...chars('asdfghjkl'), ...chars("'"), { kind: 'enter' }],
  [{ kind: 'shift' }, ...chars('zxcvbnm'), ...chars(',.?$-')],
  [{ kind: 'hide' }, { kind: 'space' }],
];

/** What typing `text` into a field does to its value and caret: replaces the selection, caret after it. */
export function typed(
  value: string,
  selection: { start: number; end: number },
  text: string,
): { value: string; caret: number } {
  const start = Math.min(selection.start, value.length);
  const end = Math.max(start, Math.min(selection.end, value.length));
  return { value: value.slice(0, start) + text + value.slice(end), caret: start + text.length };
}

/** Backspace: the selection goes, or else the character before the caret. */
export function erased(
  value: string,
  selection: { start: number; end: number },
): { value: string; caret: number } {
  const start = Math.min(selection.start, value.length);
  const end = Math.max(start, Math.min(selection.end, value.length));
  if (end > start) return { value: value.slice(0, start) + value.slice(end), caret: start };
  if (start === 0) return { value, caret: 0 };
  const before = [...value.slice(0, start)];
  before.pop();
  const head = before.join('');
  return { value: head + value.slice(end), caret: head.length };
}

import { readFile } from 'node:fs/promises';
import { UsageError } from './io.ts';

/**
 * Reads a JSON Lines file for a batch command: blank lines are skipped, and a line that is not JSON or
 * that `read` rejects (by returning a description of what was expected) fails with its line number.
 */
export async function readJsonLines<T>(
  path: string,
  what: string,
  read: (value: Record<string, unknown>) => T | string,
): Promise<T[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new UsageError(`${path}: cannot read the ${what} file`);
  }
  const items: T[] = [];
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new UsageError(`${path}:${index + 1}: not valid JSON`);
    }
    const item = read(typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {});
    if (typeof item === 'string') throw new UsageError(`${path}:${index + 1}: ${item}`);
    items.push(item);
  });
  return items;
}

/** A line id as the file gives it: a string, or a number taken as its decimal text. */
export function lineId(value: unknown): string | undefined {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
}

/** Reading loosely typed source values into the product model's types, without guessing. */

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A number from a number or a numeric string such as "1,299.00", "$12", "29.99 €" or "2,50" (a comma before
 * one or two final digits is a decimal comma); undefined otherwise.
 */
export function toNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const cleaned = value
    .trim()
    .replace(/^[^\d\-+.]+/, '')
    .replace(/(\d)\s*[^\d\s.,]+$/, '$1')
    .replace(/^([-+]?\d+),(\d{1,2})$/, '$1.$2')
    .replace(/,(?=\d{3}\b)/g, '');
  if (cleaned === '' || !/^[-+]?\d*\.?\d+([eE][-+]?\d+)?$/.test(cleaned)) return undefined;
  return Number(cleaned);
}

export function toText(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (isObject(value) && typeof value.name === 'string') return value.name.trim() || undefined;
  return undefined;
}

/** A list of strings from an array or a comma-separated string. */
export function toTextList(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(toText).filter((v): v is string => v !== undefined);
  if (typeof value === 'string')
    return value
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  return [];
}

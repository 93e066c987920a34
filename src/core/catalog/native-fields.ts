/** Strict readers for the native format: a value of the wrong type is reported at its path and left out. */
import { isObject, type Json, type JsonObject } from './field-values.ts';
import type { ImportLog } from './import-log.ts';
import { childPath } from './json-places.ts';

export function describe(value: Json): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  const shown = JSON.stringify(value);
  return `a ${typeof value} (${shown.length > 40 ? `${shown.slice(0, 37)}...` : shown})`;
}

/** A field reader bound to one object of the document. Unknown keys are warned about, never dropped silently. */
export class NativeObject {
  private constructor(
    readonly value: JsonObject,
    readonly path: string,
    private readonly log: ImportLog,
  ) {}

  /** Reads an object, or reports what was found instead (the caller says what is skipped). */
  static read(
    value: Json | undefined,
    path: string,
    log: ImportLog,
    known: readonly string[],
    skipped = '',
  ): NativeObject | undefined {
    if (value === undefined) return undefined;
    if (!isObject(value)) {
      log.error(`expected an object, found ${describe(value)}${skipped}`, { path });
      return undefined;
    }
    for (const key of Object.keys(value))
      if (!known.includes(key))
        log.warning(`unknown field "${key}" is not part of the aisle-catalog format; ignored`, {
          path: childPath(path, key),
        });
    return new NativeObject(value, path, log);
  }

  at(key: string): string {
    return childPath(this.path, key);
  }

  private wrong(key: string, expected: string, found: Json, consequence = ''): undefined {
    this.log.error(`expected ${expected}, found ${describe(found)}${consequence}`, { path: this.at(key) });
    return undefined;
  }

  string(key: string, consequence = ''): string | undefined {
    const v = this.value[key];
    if (v === undefined) return undefined;
    return typeof v === 'string' ? v : this.wrong(key, 'a string', v, consequence);
  }

  /** A finite number; null stands for "no value" (JSON cannot hold NaN). */
  number(key: string, { min, integer }: { min?: number; integer?: boolean } = {}): number | undefined {
    const v = this.value[key];
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'number') return this.wrong(key, integer ? 'a whole number' : 'a number', v);
    if (integer && !Number.isInteger(v)) return this.wrong(key, 'a whole number', v);
    if (min !== undefined && v < min) return this.wrong(key, `a number of at least ${min}`, v);
    return v;
  }

  oneOf<T extends string>(key: string, allowed: readonly T[]): T | undefined {
    const v = this.value[key];
    if (v === undefined) return undefined;
    const found = allowed.find((a) => a === v);
    return found ?? this.wrong(key, `one of ${allowed.map((a) => `"${a}"`).join(', ')}`, v);
  }

  /** An array whose items are read one by one; a faulty item is reported and left out. */
  list<T>(key: string, item: (value: Json, path: string) => T | undefined): T[] {
    const v = this.value[key];
    if (v === undefined || v === null) return [];
    if (!Array.isArray(v)) return this.wrong(key, 'an array', v) ?? [];
    return v.flatMap((entry, i) => {
      const read = item(entry, childPath(this.at(key), i));
      return read === undefined ? [] : [read];
    });
  }

  strings(key: string): string[] {
    return this.list(key, (entry, path) => {
      if (typeof entry === 'string') return entry;
      this.log.error(`expected a string, found ${describe(entry)}; left out`, { path });
      return undefined;
    });
  }

  /** An object of name to text, such as attributes or variant options. */
  textRecord(key: string): Record<string, string> {
    const v = this.value[key];
    if (v === undefined || v === null) return {};
    if (!isObject(v)) return this.wrong(key, 'an object of name to text', v) ?? {};
    const record: Record<string, string> = {};
    for (const [name, value] of Object.entries(v)) {
      if (typeof value === 'string') record[name] = value;
      else if (typeof value === 'number' || typeof value === 'boolean') record[name] = String(value);
      else
        this.log.error(`expected text, found ${describe(value)}; left out`, {
          path: childPath(this.at(key), name),
        });
    }
    return record;
  }

  object(key: string, known: readonly string[]): NativeObject | undefined {
    return NativeObject.read(this.value[key], this.at(key), this.log, known);
  }
}

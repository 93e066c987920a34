/**
 * hetPQA writes attributes as `name:  { unit:volts, value:120. }; { value:... }` (nested objects for
 * dimensions). This reads one into a catalog attribute as a store would list it: `Voltage` → `120 volts`.
 */

type Value = string | Fields;
interface Fields {
  [key: string]: Value;
}

/** A tiny reader for the `{ key:value, key:{...} }` notation; values may be quoted with "". */
class Reader {
  private at = 0;
  constructor(private readonly text: string) {}

  private skip(): void {
    while (/\s/.test(this.text.charAt(this.at))) this.at++;
  }

  objects(): Fields[] {
    const out: Fields[] = [];
    for (;;) {
      this.skip();
      if (this.text.charAt(this.at) !== '{') return out;
      out.push(this.object());
      this.skip();
      if (this.text.charAt(this.at) === ';') this.at++;
    }
  }

  private object(): Fields {
    const fields: Fields = {};
    this.at++; // {
    for (;;) {
      this.skip();
      const c = this.text.charAt(this.at);
      if (c === '}' || c === '') {
        this.at++;
        return fields;
      }
      if (c === ',') {
        this.at++;
        continue;
      }
      const colon = this.text.indexOf(':', this.at);
      if (colon < 0) {
        this.at = this.text.length;
        return fields;
      }
      const key = this.text.slice(this.at, colon).trim();
      this.at = colon + 1;
      fields[key] = this.value();
    }
  }

  private value(): Value {
    this.skip();
    const c = this.text.charAt(this.at);
    if (c === '{') return this.object();
    if (c === '"') {
      const end = this.text.indexOf('"', this.at + 1);
      const stop = end < 0 ? this.text.length : end;
      const value = this.text.slice(this.at + 1, stop);
      this.at = stop + 1;
      return value;
    }
    let end = this.at;
    while (end < this.text.length && !/[,}]/.test(this.text.charAt(end))) end++;
    const value = this.text.slice(this.at, end).trim();
    this.at = end;
    return value;
  }
}

const IGNORED = new Set(['normalized_value', 'language_tag', 'marketplace_id']);

function plain(value: string): string {
  return value
    .replace(/_/g, ' ')
    .replace(/^(\d+)\.$/, '$1')
    .trim();
}

function render(value: Value): string {
  if (typeof value === 'string') return plain(value);
  const main = value.value;
  if (main !== undefined) {
    const unit = value.unit;
    const text = render(main);
    return typeof unit === 'string' && unit !== 'unknown' ? `${text} ${plain(unit)}` : text;
  }
  return Object.entries(value)
    .filter(([key, inner]) => !IGNORED.has(key) && !(typeof inner === 'string' && inner === 'unknown'))
    .map(([key, inner]) => `${plain(key)} ${render(inner)}`)
    .join(', ');
}

/** `batteries_required:  { value:false }` → { name: 'Batteries required', value: 'false' }. */
export function readAttributeSnippet(snippet: string): { name: string; value: string } | undefined {
  const colon = snippet.indexOf(':');
  if (colon <= 0) return undefined;
  const key = snippet.slice(0, colon).trim();
  const values = new Reader(snippet.slice(colon + 1)).objects().map(render).filter(Boolean);
  if (values.length === 0) return undefined;
  const name = plain(key);
  return { name: name.charAt(0).toUpperCase() + name.slice(1), value: values.join(', ') };
}

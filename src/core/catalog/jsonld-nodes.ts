/** Reading schema.org JSON-LD nodes: their types, {"@id"} references, lists and texts. */
import { isObject, toNumber, toText, type Json, type JsonObject } from './field-values.ts';

/** A node's @type names without the schema.org prefix. */
export function nodeTypes(node: JsonObject): string[] {
  const t = node['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list.flatMap((v) => (typeof v === 'string' ? [v.replace(/^https?:\/\/schema\.org\//, '')] : []));
}

/** The nodes of one document by @id, so that references to them can be followed. */
export class LinkedNodes {
  constructor(private readonly ids: Map<string, JsonObject>) {}

  /** Follows an {"@id": ...} reference to the node it names, when the document holds it. */
  resolve(value: Json | undefined): Json | undefined {
    if (isObject(value) && typeof value['@id'] === 'string' && Object.keys(value).length === 1)
      return this.ids.get(value['@id']) ?? value;
    return value;
  }

  list(value: Json | undefined): Json[] {
    const v = this.resolve(value);
    if (v === undefined || v === null) return [];
    return (Array.isArray(v) ? v : [v]).map((item) => this.resolve(item) ?? null);
  }

  text(value: Json | undefined): string | undefined {
    const v = this.resolve(value);
    if (isObject(v)) return toText(v.name ?? v['@value'] ?? null);
    return toText(Array.isArray(v) ? (v[0] ?? null) : (v ?? null));
  }

  /** Every text of a value that may be one text or a list of them ("alternateName": ["a", "b"]). */
  texts(value: Json | undefined): string[] {
    return this.list(value).flatMap((item) => {
      const text = this.text(item);
      return text === undefined ? [] : [text];
    });
  }

  /** A count from a number or a QuantitativeValue ({"value": 12}). */
  quantity(value: Json | undefined): number | undefined {
    const v = this.resolve(value);
    return toNumber(isObject(v) ? (v.value ?? null) : (v ?? null));
  }
}

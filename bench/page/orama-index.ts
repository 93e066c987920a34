import { create, insertMultiple, save, search } from '@orama/orama';
import type { Product } from '../../src/core/catalog/types.ts';

const SCHEMA = {
  title: 'string',
  description: 'string',
  brand: 'string',
  category: 'string',
  tags: 'string[]',
} as const;

/** The same field weights as our lexical index, so the two differ in engine, not in settings. */
const BOOST = { title: 4, brand: 2.5, category: 2.5, tags: 1.5, description: 0.6 };

export type OramaIndex = ReturnType<typeof create<typeof SCHEMA>>;

/** Orama's BM25 full-text index over title, description, brand, category and tags. */
export async function buildOrama(products: readonly Product[]): Promise<OramaIndex> {
  const db = create({ schema: SCHEMA });
  await insertMultiple(
    db,
    products.map((product) => ({
      id: product.id,
      title: product.title,
      description: product.description,
      brand: product.brand ?? '',
      category: product.categoryPath.join(' '),
      tags: product.tags,
    })),
    1000,
  );
  return db;
}

/** Product ids of the best `limit` matches, best first. */
export async function searchOrama(db: OramaIndex, term: string, limit: number): Promise<string[]> {
  const results = await search(db, { term, limit, boost: BOOST });
  return results.hits.map((hit) => hit.id);
}

/** Bytes of Orama's own serialised form of the index (its `save`, as JSON). */
export function oramaSerializedBytes(db: OramaIndex): number {
  return new TextEncoder().encode(JSON.stringify(save(db))).byteLength;
}

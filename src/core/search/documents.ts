import type { Product } from '../catalog/types.ts';

/** The fields of a product that lexical search reads, with how much a match in each counts. */
export const SEARCH_FIELDS = ['title', 'brand', 'category', 'tags', 'attributes', 'description'] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];

export const FIELD_BOOST: Readonly<Record<SearchField, number>> = {
  title: 4,
  brand: 2.5,
  category: 2.5,
  tags: 1.5,
  attributes: 1,
  description: 0.6,
};

export type SearchDocument = { id: number } & Record<SearchField, string>;

/** Option values of all variants (colours, sizes), which shoppers search by. */
function variantOptions(product: Product): string[] {
  return [...new Set(product.variants.flatMap((variant) => Object.values(variant.options)))];
}

/** The product as lexical search sees it; `id` is the product's position in the catalog. */
export function searchDocument(product: Product, position: number): SearchDocument {
  return {
    id: position,
    title: product.title,
    brand: product.brand ?? '',
    category: product.categoryPath.join(' '),
    tags: product.tags.join(' '),
    attributes: [...Object.values(product.attributes), ...variantOptions(product)].join(' '),
    description: product.description,
  };
}

const EMBEDDING_DESCRIPTION_CHARS = 400;

/**
 * The passage the embedding model reads for a product: the words a shopper would use first, the
 * description cut short (the model reads at most 256 tokens, and the opening says what the thing is).
 */
export function embeddingText(product: Product): string {
  const parts = [
    product.title,
    product.brand,
    product.categoryPath.join(' > '),
    product.tags.join(', '),
    variantOptions(product).join(', '),
    product.description.slice(0, EMBEDDING_DESCRIPTION_CHARS),
  ];
  return parts.filter((part) => part !== undefined && part.length > 0).join('. ');
}

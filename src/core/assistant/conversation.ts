import type { Product } from '../catalog/types.ts';
import type { SearchFilters } from '../search/filters.ts';
import type { ReplyBuilder } from './reply.ts';

const MAX_INTEREST = 8;

/**
 * What the assistant remembers of one shopper's conversation, and nothing more: the products last
 * shown, the last search (for follow-ups that refine it) and the products the shopper looked at.
 */
export class Conversation {
  /** The products of the previous answer, in the order shown. */
  shown: Product[] = [];
  lastSearch: { text: string; filters: SearchFilters } | undefined;
  /** Products the shopper opened or asked about, most recent last: recommendations lean towards them. */
  private interest: Product[] = [];

  noteInterest(products: readonly Product[]): void {
    const ids = new Set(products.map((product) => product.id));
    this.interest = [...this.interest.filter((p) => !ids.has(p.id)), ...products].slice(-MAX_INTEREST);
  }

  /** Whether the products shown are the last search's, not those an answer about a product showed. */
  private shownBySearch = false;

  /** The search a follow-up ("cheaper?") refines: the last one, while its products are those shown. */
  get refinableSearch(): { text: string; filters: SearchFilters } | undefined {
    return this.shownBySearch ? this.lastSearch : undefined;
  }

  /** Shows products as the answer's cards, and remembers them for follow-ups. */
  show(
    reply: ReplyBuilder,
    products: Product[],
    reason: (product: Product) => string,
    bySearch = false,
  ): void {
    this.shown = products;
    this.shownBySearch = bySearch;
    reply.cards(products.map((product) => ({ id: product.id, reason: reason(product) })));
  }

  /** Recommendations lean towards the categories and brands the shopper has looked at, gently. */
  rerankByInterest(products: Product[]): Product[] {
    if (this.interest.length === 0) return products;
    const categories = new Set(this.interest.map((product) => product.categoryPath.at(-1)));
    const brands = new Set(this.interest.map((product) => product.brand).filter(Boolean));
    const bonus = (product: Product) =>
      (categories.has(product.categoryPath.at(-1)) ? 1.5 : 0) + (brands.has(product.brand) ? 1 : 0);
    // Each product keeps its rank unless interest lifts it by up to two places.
    return products
      .map((product, rank) => ({ product, key: rank - Math.min(2, bonus(product)) }))
      .sort((a, b) => a.key - b.key)
      .map(({ product }) => product);
  }
}

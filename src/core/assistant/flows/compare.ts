import type { Product } from '../../catalog/types.ts';
import { namedProduct } from '../product-lookup.ts';
import { lexicon } from '../understand/lexicon/index.ts';
import { findPhrases } from '../understand/phrases.ts';
import { ordered } from '../understand/references.ts';
import { compareSummary, compareTable } from './compare-table.ts';
import type { Flow, FlowContext } from './context.ts';

/** "A or B", "A vs B", "A和B": each side looked up as a product name. */
async function namedInMessage(context: FlowContext): Promise<Product[]> {
  const { turn, search } = context;
  const words = lexicon(turn.locale);
  const rest = turn.text;
  const cuts = findPhrases(rest, [...words.compare, ...words.joiners, ',', '，']);
  const sides: string[] = [];
  let from = 0;
  for (const cut of cuts) {
    sides.push(rest.slice(from, cut.at));
    from = cut.end;
  }
  sides.push(rest.slice(from));
  const found: Product[] = [];
  for (const side of sides.map((s) => s.trim()).filter((s) => s.length > 1)) {
    const product = await namedProduct(search, side);
    if (product && !found.includes(product)) found.push(product);
  }
  return found;
}

/** The products to compare: those pointed at, picked from a search, named, or the ones on screen. */
async function productsToCompare(context: FlowContext): Promise<Product[]> {
  const { turn, conversation, search } = context;
  if (turn.referenced.length >= 2) return turn.referenced;
  // "compare the two cheapest tables": search the tables, then pick.
  if (turn.pick && turn.referenced.length === 0) {
    const result = await search.search(turn.query.text, { k: 20, filters: turn.query.filters });
    if (result.confident && result.hits.length >= 2)
      return ordered(
        result.hits.map((hit) => hit.product),
        turn.pick.order,
      ).slice(0, Math.max(2, turn.pick.count));
  }
  const named = await namedInMessage(context);
  if (named.length >= 2) return named;
  if (conversation.shown.length >= 2) {
    return turn.pick
      ? ordered(conversation.shown, turn.pick.order).slice(0, Math.max(2, turn.pick.count))
      : conversation.shown;
  }
  return named;
}

/** A side-by-side table of two to four products, with their prices and the best rated named. */
export const compareFlow: Flow = async (context) => {
  const { conversation, reply, say, facts } = context;
  const products = await productsToCompare(context);
  if (products.length < 2) return reply.finish(say.compareNeedsTwo, true);
  const table = compareTable(products, say, facts);
  const compared = products.filter((product) => table.productIds.includes(product.id));
  conversation.noteInterest(compared);
  conversation.shown = compared;
  reply.cards(
    compared.map((product) => ({ id: product.id, reason: product.categoryPath.at(-1) ?? '' })),
    table,
  );
  return reply.finish(compareSummary(compared, say, facts));
};

import type { Product } from '../../catalog/types.ts';
import { ordered } from '../understand/references.ts';
import { compareSummary, compareTable } from './compare-table.ts';
import { comparedAttribute, comparedDirection, extremeOf } from './compared-attribute.ts';
import { lexicon } from '../understand/lexicon/index.ts';
import type { Flow, FlowContext } from './context.ts';

/** The products to compare: those pointed at, picked from a search, named, or the ones on screen. */
async function productsToCompare(context: FlowContext): Promise<Product[]> {
  const { turn, conversation, search } = context;
  if (turn.referenced.length >= 2) return turn.referenced;
  // "Which is cheaper, the iPhone X or the Galaxy S10?": the products named, whatever the pick.
  const named = turn.namedApart;
  if (named.length >= 2) return named;
  // "compare the two cheapest tables": search the tables, then pick.
  if (turn.pick && turn.referenced.length === 0) {
    const result = await search.search(turn.query.text, { k: 20, parsed: turn.query });
    if (result.confident && result.hits.length >= 2)
      return ordered(
        result.hits.map((hit) => hit.product),
        turn.pick.order,
      ).slice(0, Math.max(2, turn.pick.count));
  }
  // "伞车和三轮推车对比一下": the best match of each kind named.
  if (turn.kindsApart.length >= 2) {
    const best = await Promise.all(turn.kindsApart.map((kind) => bestOfKind(context, kind)));
    const found = [...new Set(best.filter((product): product is Product => product !== undefined))];
    if (found.length >= 2) return found;
  }
  if (conversation.shown.length >= 2) {
    return turn.pick
      ? ordered(conversation.shown, turn.pick.order).slice(0, Math.max(2, turn.pick.count))
      : conversation.shown;
  }
  // "What's the difference between your two electric kettles?" with nothing shown: the products of the
  // kind it names, those of the best match's own category (the table shows the first few).
  const result = await search.search(turn.query.text, { k: 20, parsed: turn.query });
  const [top] = result.hits;
  if (!result.confident || !top) return named;
  const kind = top.product.categoryPath.at(-1);
  const ofKind = result.hits.filter((hit) => hit.product.categoryPath.at(-1) === kind);
  return ofKind.length >= 2 ? ofKind.map((hit) => hit.product) : named;
}

/** The best match for one kind of product asked for, when the search is sure of it. */
async function bestOfKind(context: FlowContext, kind: string): Promise<Product | undefined> {
  const result = await context.search.search(kind, { k: 1 });
  return result.confident ? result.hits[0]?.product : undefined;
}

/**
 * A side-by-side table of two to four products, with the attribute the question asks about, their prices
 * and the best rated named.
 */
export const compareFlow: Flow = async (context) => {
  const { conversation, reply, say, facts, turn, embed } = context;
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
  // "Which one is lighter?": the attribute asked about first, each product's value from the catalog.
  const attribute = await comparedAttribute(turn.subject, compared, embed);
  const asked = attribute
    ? say.compareAttribute(
        attribute,
        compared.flatMap((p) => {
          const value = p.attributes[attribute]?.trim();
          return value ? [{ title: p.title, value }] : [];
        }),
      )
    : undefined;
  // "Which one is lighter?": the lightest named, when the values compare as amounts.
  const direction = attribute ? comparedDirection(turn.subject, lexicon(turn.locale)) : undefined;
  const extreme = attribute && direction ? extremeOf(compared, attribute, direction) : undefined;
  const verdict =
    attribute && direction && extreme
      ? say.compareExtreme(
          attribute,
          extreme.title,
          extreme.attributes[attribute] ?? '',
          direction === 'most',
        )
      : undefined;
  const summary = compareSummary(compared, say, facts);
  return reply.finish([asked, verdict, summary].filter(Boolean).join(say.sentenceGap));
};

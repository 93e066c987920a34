import type { Product } from '../../catalog/types.ts';
import { matchesFilters, type SearchFilters } from '../../search/filters.ts';
import { isOnSale, shopperPrice } from '../../text/money.ts';
import { lexicon } from '../understand/lexicon/index.ts';
import { namedVariants } from '../understand/named-variants.ts';
import { mentionsColour } from '../understand/refinement.ts';
import type { Flow, FlowContext } from './context.ts';
import { optionsAnswer } from './option-answer.ts';
import { superlativePick } from './superlative-pick.ts';
import { askedOption } from './variant-options.ts';
import { constraintWords, reasonFor } from './search-words.ts';

const RESULTS_SHOWN = 4;

const discount = (p: Product) => (isOnSale(p) ? 1 - shopperPrice(p) / p.price : 0);

/** "Do you still have the <product>?": its availability is the answer, with an in-stock alternative. */
async function availability(context: FlowContext, product: Product) {
  const { conversation, reply, say, facts, search } = context;
  conversation.noteInterest([product]);
  conversation.show(reply, [product], (p) => p.categoryPath.at(-1) ?? '');
  const price = facts.price(product);
  if (product.availability !== 'out-of-stock')
    return reply.finish(say.haveIt(product.title, facts.availability(product), price));
  const alternative = await inStockAlternative(search, product);
  const instead = alternative
    ? ` ${say.inStockAlternative(alternative.title, facts.price(alternative))}`
    : '';
  return reply.finish(`${say.haveItOutOfStock(product.title, price)}${instead}`);
}

/** The closest product of the same kind that can be bought now. */
export async function inStockAlternative(
  search: FlowContext['search'],
  product: Product,
): Promise<Product | undefined> {
  const category = product.categoryPath.at(-1);
  const result = await search.search(product.title, {
    k: 5,
    parse: false,
    filters: { inStock: true, ...(category ? { categories: [category] } : {}) },
  });
  return result.hits.map((hit) => hit.product).find((p) => p.id !== product.id);
}

/**
 * "Over-ear headphones in stock?" where the closest over-ear headphones are sold out: that product, which a
 * search limited to what is in stock leaves out, so the reply can say it is out of stock before offering
 * the rest. Undefined when the limit came from a refinement, or the best match can be bought.
 */
async function soldOutBestMatch(
  context: FlowContext,
  text: string,
  read: FlowContext['turn']['query'],
): Promise<Product | undefined> {
  if (!read.filters.inStock) return undefined;
  const anyStock: SearchFilters = { ...read.filters };
  delete anyStock.inStock;
  const result = await context.search.search(text, { k: 5, parsed: { ...read, filters: anyStock } });
  const [best] = result.hits;
  return result.confident && best?.product.availability === 'out-of-stock' ? best.product : undefined;
}

/** What to search: the turn's words and constraints, or the last search changed by a refinement. */
function searchPlan(context: FlowContext): { text: string; filters: SearchFilters; refined: boolean } {
  const { turn, conversation, inView } = context;
  const refinement = turn.refinement;
  // With no search to refine, "cheaper?" refines the kind of the product in view or just answered about.
  const anchor = inView ?? refinement?.cheaperThan ?? refinement?.pricierThan ?? conversation.shown[0];
  // "Got a power tool that's cheaper?" names the kind to look in, which can be wider than the shown one's.
  const kind = refinement?.kind;
  const base = kind
    ? { text: kind, filters: {} }
    : (conversation.refinableSearch ?? (anchor && { text: anchor.categoryPath.at(-1) ?? '', filters: {} }));
  if (!refinement || !base) return { text: turn.query.text, filters: turn.query.filters, refined: false };
  // The message's own bounds hold too: "anything on sale under $50?" after a list.
  const filters: SearchFilters = { ...base.filters, ...turn.query.filters, ...refinement.filters };
  const shown = conversation.shown.length > 0 ? conversation.shown : inView ? [inView] : [];
  const categories = [...new Set(shown.map((product) => product.categoryPath.at(-1)))].filter(
    (c): c is string => c !== undefined,
  );
  // A list of no kind ("what's on sale?") is refined across the catalog, not within what it showed.
  if (categories.length > 0 && !kind && base.text !== '') filters.categories = categories;
  return { text: `${base.text} ${refinement.colour ?? ''}`.trim(), filters, refined: true };
}

/** The hits of each search in turn, first of each, then second of each…: "lamps or shelves" shows both. */
function interleaved(lists: readonly Product[][]): Product[] {
  const out: Product[] = [];
  for (let rank = 0; lists.some((list) => rank < list.length); rank += 1)
    for (const list of lists) {
      const product = list[rank];
      if (product && !out.includes(product)) out.push(product);
    }
  return out;
}

/** What a refinement asked for, in words: "cheaper than the X, in black". */
function refinementWords(context: FlowContext): string {
  const { turn, say } = context;
  const r = turn.refinement;
  const parts = [
    r?.cheaperThan && say.cheaperThan(r.cheaperThan.title),
    r?.pricierThan && say.pricierThan(r.pricierThan.title),
    r?.colour && say.inColour(r.colour),
    turn.onSale && say.onSale,
  ].filter((part): part is string => typeof part === 'string' && part.length > 0);
  return parts.join(', ');
}

/** Searches (or refines the previous search), shows cards, then introduces them. */
export const findFlow: Flow = async (context) => {
  const { turn, conversation, search, reply, say, facts, catalog } = context;
  if (turn.asksAvailability && turn.named) return availability(context, turn.named);
  const plan = searchPlan(context);
  // "Foundation or loose powder?": the products named, side by side in the list.
  if (turn.namedApart.length >= 2) {
    conversation.noteInterest(turn.namedApart);
    conversation.show(reply, turn.namedApart, (p) => p.categoryPath.at(-1) ?? '');
    const [first] = turn.namedApart;
    if (first) return reply.finish(say.found(turn.namedApart.length, [], first.title, facts.price(first)));
  }
  const read = { ...turn.query, text: plan.text, filters: plan.filters };
  let result = await search.search(plan.text, { k: 20, parsed: read });
  // A brand the shop carries, but not in this kind of product: the kind matters more than the brand.
  if (result.hits.length === 0 && plan.filters.brands) {
    const anyBrand: SearchFilters = { ...plan.filters };
    delete anyBrand.brands;
    result = await search.search(plan.text, { k: 20, parsed: { ...read, filters: anyBrand } });
  }
  let found = result.hits.map((hit) => hit.product);
  // "Lamps or shelves?": a search for each kind, shown side by side.
  if (turn.kindsApart.length >= 2 && !plan.refined) {
    const each = await Promise.all(
      turn.kindsApart.map((kind) => search.search(kind, { k: 20, parsed: { ...read, text: kind } })),
    );
    const confident = each.filter((side) => side.confident && side.hits.length > 0);
    if (confident.length >= 2)
      found = interleaved(confident.map((side) => side.hits.map((hit) => hit.product)));
  }
  // "Any other rice cookers?": not the ones shown, or where they are all there is, not the one asked about.
  if (turn.othersOfKind) {
    const seen = [context.inView, ...conversation.shown].filter((p): p is Product => p !== undefined);
    const others = found.filter((product) => !seen.includes(product));
    const [asked] = seen;
    found = others.length > 0 ? others : found.filter((product) => product !== asked);
  }
  let products = conversation.rerankByInterest(found);
  const soldOut = plan.refined ? undefined : await soldOutBestMatch(context, plan.text, read);
  if (soldOut) products = [soldOut, ...products.filter((product) => product !== soldOut)];
  const colour = turn.refinement?.colour;
  if (colour) products = products.filter((product) => mentionsColour(product, colour));
  if (turn.onSale) {
    products = products.filter(isOnSale);
    // "Anything on sale?", "whats on sale atm": every product on sale that meets the constraints, the
    // deepest discounts first, when no words of a kind of product narrowed the search.
    if (products.length === 0 && (plan.refined || plan.text.trim() === '' || !result.confident))
      products = catalog.products
        .filter((p) => isOnSale(p) && matchesFilters(p, plan.filters))
        .sort((a, b) => discount(b) - discount(a));
  }
  conversation.lastSearch = { text: result.parsed.text, filters: result.filters };
  const said = plan.refined || turn.onSale ? refinementWords(context) : '';

  if (products.length === 0) {
    if (said) {
      conversation.shown = [];
      return reply.finish(say.refinedNothing(said), true);
    }
    const alternatives = result.alternatives.slice(0, RESULTS_SHOWN).map((hit) => hit.product);
    // The shopper's words, not their limits: the reply says the limits were dropped.
    const what = result.parsed.text.trim();
    if (alternatives.length > 0) {
      conversation.show(reply, alternatives, (p) => reasonFor(context, p, result.parsed.text, {}), true);
      return reply.finish(say.nothingMatching(what), true);
    }
    return reply.finish(say.nothingAtAll(what, result.suggestions), true);
  }
  // "Do you sell bicycles?" where no product says bicycle: the closest things, as what they are.
  if (turn.unknownWanted.length > 0 && !plan.refined && !turn.onSale && result.confident) {
    const closest = products.slice(0, RESULTS_SHOWN);
    conversation.show(reply, closest, (p) => reasonFor(context, p, result.parsed.text, {}), true);
    return reply.finish(say.notStockedClosest(turn.asked), true);
  }
  // Only chance resemblances ("a games console" in a grocery): say the shop does not have it.
  if (!result.confident && !plan.refined && !turn.onSale && plan.text.trim() !== '') {
    conversation.shown = [];
    return reply.finish(say.notStockedNothingClose(turn.asked), true);
  }
  // "Whats ur brightest front light?": the one with the most of what the superlative asks, first.
  const best = plan.refined ? undefined : await superlativePick(context, products);
  if (best) products = [best.product, ...products.filter((product) => product !== best.product)];
  const shown = products.slice(0, RESULTS_SHOWN);
  conversation.show(reply, shown, (p) => reasonFor(context, p, result.parsed.text, result.filters), true);
  const [first] = shown;
  if (!first) return reply.finish(say.dontKnowAnything, true);
  // The list now holds the sold-out best match: it is not all in stock.
  const listed = soldOut ? { ...result.filters, inStock: false } : result.filters;
  const constraints = said ? [said] : constraintWords(context, listed, result.sort);
  let text = say.found(shown.length, constraints, first.title, facts.price(first));
  if (first.availability === 'out-of-stock') {
    const alternative = shown.find((p) => p.availability === 'in-stock' || p.availability === 'low-stock');
    text += ` ${say.topOutOfStock}`;
    if (alternative) text += ` ${say.inStockAlternative(alternative.title, facts.price(alternative))}`;
  }
  if (best) {
    const value = best.product.attributes[best.attribute] ?? '';
    text += `${say.sentenceGap}${say.compareExtreme(best.attribute, best.product.title, value, best.most)}`;
  }
  // "Do you have earl grey?" of a tea sold in blends: the price and stock of the one it names.
  const named = namedVariants(turn.text, first, lexicon(turn.locale).colours);
  for (const variant of named) text += `${say.sentenceGap}${facts.variantSummary(first, variant)}`;
  // "西湖龙井有哪些规格", "what blends of tea have you got": the options of the first one sold in them.
  const options = named.length === 0 ? shown.map((p) => ({ p, option: askedOption(p, turn.text) })) : [];
  const optioned = options.find(({ option }) => option !== undefined);
  if (optioned?.option) text += `${say.sentenceGap}${optionsAnswer(context, optioned.p, optioned.option)}`;
  return reply.finish(text);
};

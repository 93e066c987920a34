import type { Product } from '../../catalog/types.ts';
import { lexicon } from '../understand/lexicon/index.ts';
import type { FlowContext } from './context.ts';
import type { ProductOption } from './variant-options.ts';

/**
 * The values of an option as a shopper reads them: each with its price where the values' prices differ
 * ("8 in ($89.00), 10 in ($109.00)"), so "what sizes and how much?" is answered at once.
 */
function optionList(context: FlowContext, product: Product, option: ProductOption): string[] {
  const { facts, say } = context;
  const priced = option.values.map(({ value, variants }) => ({
    value,
    price: variants.length > 0 ? facts.variantsPrice(product, variants) : undefined,
  }));
  const prices = new Set(priced.map((one) => one.price));
  if (prices.size < 2 || prices.has(undefined)) return option.values.map((one) => one.value);
  return priced.map(({ value, price }) => say.optionPriced(value, price ?? ''));
}

/** The sentence listing an option's values: "The knife comes in these blade lengths: …". */
export function optionsAnswer(context: FlowContext, product: Product, option: ProductOption): string {
  const words = lexicon(context.turn.locale);
  const colour = words.colourOptions.some((name) => name.toLowerCase() === option.name.toLowerCase());
  return context.say.options(
    product.title,
    option.name,
    optionList(context, product, option),
    colour ? 'colour' : 'size',
  );
}

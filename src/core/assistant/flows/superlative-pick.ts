import type { Product } from '../../catalog/types.ts';
import { lexicon } from '../understand/lexicon/index.ts';
import { hasPhrase } from '../understand/phrases.ts';
import { comparedAttribute, comparedDirection, extremeOf } from './compared-attribute.ts';
import type { FlowContext } from './context.ts';

/** The product a superlative search asks for, and the attribute and direction that picked it. */
export interface SuperlativePick {
  product: Product;
  attribute: string;
  most: boolean;
}

/**
 * "Whats ur brightest front light?", "最轻的推车": of the products found of the first one's kind, the one
 * with the most or the least of the attribute the superlative asks about (Brightness, 重量), when their
 * values compare as amounts. Undefined when the message has no such superlative or the values do not
 * tell one product apart; price and rating superlatives are picks of their own.
 */
export async function superlativePick(
  context: FlowContext,
  products: readonly Product[],
): Promise<SuperlativePick | undefined> {
  const { turn } = context;
  const words = lexicon(turn.locale);
  const [top] = products;
  if (!top || turn.pick || !hasPhrase(turn.subject, words.superlatives)) return undefined;
  const direction = comparedDirection(turn.subject, words);
  if (!direction) return undefined;
  const kind = top.categoryPath.at(-1);
  const sameKind = products.filter((product) => product.categoryPath.at(-1) === kind);
  const attribute = await comparedAttribute(turn.subject, sameKind, context.embed);
  const product = attribute ? extremeOf(sameKind, attribute, direction) : undefined;
  return product && attribute ? { product, attribute, most: direction === 'most' } : undefined;
}

import { detectLocale } from '../../../i18n/locale.ts';
import type { Product } from '../../catalog/types.ts';
import type { TextEmbedder } from '../../search/product-search.ts';
import { EMBEDDER_TRUST } from '../embedder-trust.ts';
import { embedWithPassageCache } from '../evidence/passage-vectors.ts';
import { contentTerms, nameShareIn } from '../evidence/terms.ts';

/**
 * How close in meaning an attribute's name must be to the question to be what it compares. With
 * all-MiniLM-L6-v2, "which one is lighter?" is 0.45 from "Weight" and "which is bigger?" 0.56 from
 * "Size", while "which is better?" and "what's the difference?" stay under 0.3 from any name.
 */
const ATTRIBUTE_MIN = 0.42;

function dot(a: Float32Array, b: Float32Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += (a[i] ?? 0) * (b[i] ?? 0);
  return sum;
}

/**
 * The attribute a comparison asks about ("which one is lighter?" → Weight): of the names at least two
 * of the products give a value for, the one closest to the question in meaning and in the words it
 * shares with the name, if close enough.
 */
export async function comparedAttribute(
  question: string,
  products: readonly Product[],
  embed: TextEmbedder,
): Promise<string | undefined> {
  const names = [...new Set(products.flatMap((product) => Object.keys(product.attributes)))].filter(
    (name) => products.filter((product) => product.attributes[name]?.trim()).length >= 2,
  );
  if (names.length === 0 || question.trim() === '') return undefined;
  const { queries, passages } = await embedWithPassageCache(embed, [question], names);
  const [query] = queries;
  if (!query) return undefined;
  const trust = EMBEDDER_TRUST[detectLocale(question, 'en')];
  const asked = new Set(contentTerms(question));
  let best: { name: string; score: number } | undefined;
  names.forEach((name, i) => {
    const vector = passages[i];
    // A name the question writes is what it compares, whether or not the embedder reads the language.
    const score = (vector ? trust * dot(query, vector) : 0) + nameShareIn(name, asked);
    if (score >= ATTRIBUTE_MIN && score > (best?.score ?? -1)) best = { name, score };
  });
  return best?.name;
}

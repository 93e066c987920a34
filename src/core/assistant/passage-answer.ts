import type { Product } from '../catalog/types.ts';
import type { TextEmbedder } from '../search/product-search.ts';
import { searchTerms } from '../search/terms.ts';
import { splitSentences } from './sentences.ts';

/** Words of a question that say nothing about what is asked. */
const VAGUE = new Set(
  'good well really nice great best worth would could should about does make made work which will thing much many'.split(
    ' ',
  ),
);

/** The question's own subject words: not the product's name, not vague or short words. */
function subjectTerms(question: string, product: Product): Set<string> {
  const name = new Set(searchTerms(`${product.title} ${product.brand ?? ''}`));
  return new Set(
    searchTerms(question).filter((term) => term.length >= 3 && !VAGUE.has(term) && !name.has(term)),
  );
}

/** Below this cosine a sentence is about something else than the question (MiniLM-class embedders). */
const MIN_SIMILARITY = 0.3;

/** The product's own sentences that can answer an open question: description and FAQ answers. */
function passages(product: Product): string[] {
  const texts = [product.description, ...product.faq.map((entry) => `${entry.question} ${entry.answer}`)];
  return texts
    .flatMap((text) => splitSentences(text).map((span) => span.text))
    .filter((text) => text.length > 12);
}

function dot(a: Float32Array, b: Float32Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += (a[i] ?? 0) * (b[i] ?? 0);
  return sum;
}

/**
 * The sentence of the product's own text that shares the question's subject and is closest in meaning to the question, when one is close enough:
 * an answer that quotes the catalog and so cannot be wrong about it.
 */
export async function closestPassage(
  question: string,
  product: Product,
  embed: TextEmbedder,
): Promise<string | undefined> {
  // A passage must share a subject word with the question: "what processor does it have" is not
  // answered by a sentence about its hinge, however close their meanings are as wholes.
  const subject = subjectTerms(question, product);
  const candidates = passages(product).filter((passage) =>
    searchTerms(passage).some((term) => subject.has(term)),
  );
  if (candidates.length === 0) return undefined;
  const [query, ...vectors] = await embed([question, ...candidates]);
  if (!query) return undefined;
  let best: { text: string; score: number } | undefined;
  vectors.forEach((vector, index) => {
    const score = dot(query, vector);
    if (score >= MIN_SIMILARITY && score > (best?.score ?? -1))
      best = { text: candidates[index] ?? '', score };
  });
  return best?.text;
}

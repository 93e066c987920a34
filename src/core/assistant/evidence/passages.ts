import type { Product } from '../../catalog/types.ts';
import { sentences } from '../../text/segment.ts';
import type { EvidenceMessages } from '../../../i18n/en/evidence.ts';
import { contentTerms } from './terms.ts';
import type { Passage, StorePolicies } from './types.ts';

/**
 * Sentences of a longer text. Listings glue sentences with ".." and bullets with "•" or line breaks,
 * which the sentence segmenter keeps together; they are split here too. A sentence that asks something
 * ("will it fit a 2015 model?") answers nothing and is left out.
 */
function pieces(text: string): string[] {
  return sentences(text)
    .flatMap((sentence) => sentence.split(/\.{2,}|…|\n+|\s*[•➪✔✓]\s*/))
    .map((piece) => piece.trim())
    .filter((piece) => contentTerms(piece).length > 0 && !/[?？]["”']?$/.test(piece));
}

const POLICIES = ['returns', 'warranty', 'shipping'] as const;

/**
 * Every passage of a product's page that can answer a question on its own: each attribute as
 * "Name: value", the title, the sentences of the description, highlights and reviews, each community
 * answer, and the product's policies (the store's where the product has none).
 */
export function productPassages(
  product: Product,
  text: EvidenceMessages,
  storePolicies: StorePolicies = {},
): Passage[] {
  const out: Passage[] = [];
  for (const [name, value] of Object.entries(product.attributes))
    if (value.trim())
      out.push({
        text: `${name}: ${value}`,
        source: 'attribute',
        sourceLabel: text.source.attribute,
        attribute: { name, value },
      });
  if (product.title.trim())
    out.push({ text: product.title.trim(), source: 'title', sourceLabel: text.source.title });
  for (const piece of pieces(product.description))
    out.push({ text: piece, source: 'description', sourceLabel: text.source.description });
  for (const highlight of product.highlights ?? [])
    for (const piece of pieces(highlight))
      out.push({ text: piece, source: 'highlight', sourceLabel: text.source.highlight });
  product.reviews.forEach((review, index) => {
    for (const piece of pieces(review.text))
      out.push({
        text: piece,
        source: 'review',
        sourceLabel: text.source.review,
        review: { index, rating: review.rating },
      });
  });
  for (const entry of product.faq)
    if (entry.answer.trim())
      out.push({
        text: entry.answer.trim(),
        source: 'faq',
        sourceLabel: text.source.faq,
        ...(entry.question.trim() ? { faqQuestion: entry.question.trim() } : {}),
      });
  for (const kind of POLICIES) {
    const policy = product.policies[kind] ?? storePolicies[kind];
    if (policy?.trim())
      for (const piece of pieces(policy))
        out.push({
          text: `${text.policy[kind]}: ${piece}`,
          source: 'policy',
          sourceLabel: text.source.policy,
        });
  }
  return out;
}

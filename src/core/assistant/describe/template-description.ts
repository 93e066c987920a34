import { LENGTH_PLAN, type DescriptionLength, type DescriptionTone } from './options.ts';
import type { ProductFacts } from './product-facts.ts';
import { sentences as splitSentences } from '../../text/segment.ts';

/**
 * A description made only of the product's own data, in the chosen tone: what is shown when the model's
 * text does not survive the fact check, and when no model is loaded.
 */
export function templateDescription(
  facts: ProductFacts,
  length: DescriptionLength,
  tone: DescriptionTone,
): string {
  const about = facts.about === undefined ? [] : splitSentences(facts.about).slice(0, 2);
  const candidates = [
    opening(facts, tone),
    ...about,
    detailsSentence(facts, tone),
    optionsSentence(facts),
    tagsSentence(facts),
  ];
  const sentences = candidates.filter((s): s is string => s !== undefined && s !== '');
  return sentences.slice(0, LENGTH_PLAN[length].sentences).join(' ');
}

function opening({ title, brand, category }: ProductFacts, tone: DescriptionTone): string {
  const by = brand && !title.toLowerCase().includes(brand.toLowerCase()) ? ` from ${brand}` : '';
  const range = category ? ` in our ${category.toLowerCase()} range` : '';
  if (tone === 'technical') return `${title}${by}${category ? `, category ${category.toLowerCase()}` : ''}.`;
  if (tone === 'premium') return `Discover the ${title}${by}${range}.`;
  return `Meet the ${title}${by}${range}.`;
}

function detailsSentence({ details }: ProductFacts, tone: DescriptionTone): string | undefined {
  if (details.length === 0) return undefined;
  const list = details
    .slice(0, 4)
    .map((d) => `${d.label.toLowerCase()} ${d.value}`)
    .join(', ');
  return tone === 'technical' ? `Specifications: ${list}.` : `Good to know: ${list}.`;
}

function optionsSentence({ options }: ProductFacts): string | undefined {
  if (options.length === 0) return undefined;
  return `It comes in ${options.map((o) => `${o.label.toLowerCase()} ${o.value}`).join('; ')}.`;
}

function tagsSentence({ tags }: ProductFacts): string | undefined {
  if (tags.length === 0) return undefined;
  return `Find it under ${tags.slice(0, 4).join(', ')}.`;
}

import type { ChatMessage } from '../../runtime/chat-template.ts';
import { LENGTH_PLAN, type DescriptionLength, type DescriptionTone } from './options.ts';
import type { ProductFacts } from './product-facts.ts';

const TONE_WORDS: Readonly<Record<DescriptionTone, string>> = {
  friendly: 'warm, friendly',
  premium: 'elegant, premium',
  technical: 'precise, technical',
};

/** The facts block: one "Label: value" line each, the shortest prompt the small model follows well. */
export function factsBlock(facts: ProductFacts): string {
  const lines = [
    `Name: ${facts.title}`,
    facts.brand && `Brand: ${facts.brand}`,
    facts.category && `Category: ${facts.category.toLowerCase()}`,
    facts.tags.length > 0 && `Keywords: ${facts.tags.join(', ')}`,
    ...facts.details.map((d) => `${d.label}: ${d.value}`),
    ...facts.options.map((o) => `${o.label} options: ${o.value}`),
    facts.about && `About: ${facts.about}`,
  ];
  return lines.filter((line): line is string => typeof line === 'string' && line !== '').join('\n');
}

/** A system line that sets the voice and one clear instruction after the facts. */
export function describeMessages(
  facts: ProductFacts,
  length: DescriptionLength,
  tone: DescriptionTone,
): ChatMessage[] {
  const words = TONE_WORDS[tone];
  const sentences = LENGTH_PLAN[length].sentences;
  return [
    {
      role: 'system',
      content: `You write ${words} product descriptions for a shop. Use only the facts given.`,
    },
    {
      role: 'user',
      content: `${factsBlock(facts)}\n\nWrite a ${words} description of this product in ${sentences} sentences.`,
    },
  ];
}

import type { AssistantEngine } from '../../runtime/engine.ts';
import { numberMentions } from '../describe/numbers.ts';
import { isFinished, splitSentences } from '../describe/sentences.ts';
import { FAMILY_PHRASES } from './aspects.ts';
import type { ReviewInsights } from './review-insights.ts';

export interface PhrasedSummary {
  text: string;
  /** 'template' when the model's sentences did not keep to the figures. */
  source: 'model' | 'template';
}

/**
 * The review summary phrased by the language model. The prompt holds only the computed figures and the
 * fixed pro and con phrases, never review text: a review that says "ignore your instructions" cannot reach
 * the model. A sentence with a number that is not one of the figures is dropped; if no sentence is left,
 * the template summary stands.
 */
export async function phraseReviewSummary(
  engine: AssistantEngine,
  insights: ReviewInsights,
  options: { seed?: number; signal?: AbortSignal } = {},
): Promise<PhrasedSummary> {
  const fallback: PhrasedSummary = { text: insights.summary, source: 'template' };
  if (insights.reviewCount === 0) return fallback;
  const stream = engine.stream(
    {
      messages: [
        { role: 'system', content: 'You sum up shop reviews for shoppers. Use only the facts given.' },
        {
          role: 'user',
          content: `${reviewFacts(insights)}\n\nSum up what shoppers think in two short sentences.`,
        },
      ],
    },
    { temperature: 0.3, seed: options.seed ?? 1, maxNewTokens: 70, stop: ['\n\n'], signal: options.signal },
  );
  let text = '';
  for (;;) {
    const step = await stream.next();
    if (step.done) break;
    text += step.value.text;
  }
  const allowed = allowedNumbers(insights);
  const kept = splitSentences(text)
    .filter((s) => isFinished(s) && !/[$€£¥]/.test(s))
    .filter((s) => numberMentions(s).every((m) => allowed.has(m.value)))
    .slice(0, 2);
  return kept.length === 0 ? fallback : { text: kept.join(' '), source: 'model' };
}

/**
 * The facts block: figures and the families' own phrases only. Phrases taken from a review's words
 * ("zipper broke") stay out, so nothing a reviewer wrote is ever in the prompt.
 */
export function reviewFacts(insights: ReviewInsights): string {
  const list = (points: ReviewInsights['pros']) => {
    const fixed = points.filter((p) => FAMILY_PHRASES.has(p.phrase));
    return fixed.length === 0
      ? 'nothing in particular'
      : fixed.map((p) => `${p.phrase} (${p.count})`).join(', ');
  };
  return [
    `Reviews: ${insights.reviewCount}`,
    insights.averageRating === null ? '' : `Average rating: ${insights.averageRating} of 5`,
    `Overall: ${insights.sentiment.label}`,
    `Praised: ${list(insights.pros)}`,
    `Criticised: ${list(insights.cons)}`,
  ]
    .filter(Boolean)
    .join('\n');
}

function allowedNumbers(insights: ReviewInsights): Set<number> {
  const numbers = [insights.reviewCount, 5, ...Object.values(insights.histogram)];
  if (insights.averageRating !== null) numbers.push(insights.averageRating);
  for (const point of [...insights.pros, ...insights.cons]) numbers.push(point.count);
  return new Set(numbers);
}

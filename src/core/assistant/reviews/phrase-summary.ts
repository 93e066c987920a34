import type { AssistantEngine } from '../../runtime/engine.ts';
import { isFinished, sentences, words } from '../../text/segment.ts';
import { numberMentions } from '../describe/numbers.ts';
import { reviewLexicon } from './lexicon/index.ts';
import type { ReviewInsights } from './review-insights.ts';

export interface PhrasedSummary {
  text: string;
  /** 'template' when the model's sentences did not keep to the figures and quotes. */
  source: 'model' | 'template';
}

// Words the model may add around the facts: the framing a shopper-facing sentence needs.
const FRAMING = new Set(
  'shoppers shopper reviewers reviewer reviews review customers people buyers say says said like likes praise praised mention mentions mentioned find found think feel complain complained dislike note most many some few several others overall rated rating average stars'.split(
    ' ',
  ),
);

/**
 * The review summary (English) phrased by the language model. The prompt holds only figures and the topics
 * of points that several reviewers make, so a single review that says "ignore your instructions" cannot
 * reach the model. A model sentence is kept only when each of its words is a function word, a framing
 * word, or a word of the points' quotes, and each number is one of the figures; if none is left, the
 * template summary stands.
 */
export async function phraseReviewSummary(
  engine: AssistantEngine,
  insights: ReviewInsights,
  options: { seed?: number; signal?: AbortSignal } = {},
): Promise<PhrasedSummary> {
  const fallback: PhrasedSummary = { text: insights.summary, source: 'template' };
  if (insights.reviewCount === 0 || insights.locale !== 'en') return fallback;
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
  const quoted = allowedWords(insights);
  const kept = sentences(text)
    .filter((s) => isFinished(s) && !/[$€£¥]/.test(s))
    .filter((s) => numberMentions(s).every((m) => allowed.has(m.value)))
    .filter((s) => words(s).every((w) => /^\d/.test(w) || quoted.has(w)))
    .slice(0, 2);
  return kept.length === 0 ? fallback : { text: kept.join(' '), source: 'model' };
}

/** The facts block: figures, and the topics and cues of the points the summary names, with their counts. */
export function reviewFacts(insights: ReviewInsights): string {
  const list = (polarity: 'pro' | 'con') => {
    const named = insights.summaryPoints.filter((p) => p.polarity === polarity);
    return named.length === 0
      ? 'nothing in particular'
      : named.map((p) => `${p.topic ?? 'it overall'} (${p.count})`).join(', ');
  };
  return [
    `Reviews: ${insights.reviewCount}`,
    insights.averageRating === null ? '' : `Average rating: ${insights.averageRating} of 5`,
    `Overall: ${insights.sentiment.label}`,
    `Praised: ${list('pro')}`,
    `Criticised: ${list('con')}`,
  ]
    .filter(Boolean)
    .join('\n');
}

function allowedWords(insights: ReviewInsights): Set<string> {
  const lexicon = reviewLexicon('en');
  const out = new Set<string>([
    ...FRAMING,
    ...lexicon.functionWords,
    ...lexicon.negators,
    ...lexicon.intensifiers,
  ]);
  for (const point of insights.summaryPoints)
    for (const q of point.quotes) for (const w of words(q.text)) out.add(w);
  for (const w of words(insights.summary)) out.add(w);
  return out;
}

function allowedNumbers(insights: ReviewInsights): Set<number> {
  const numbers = [insights.reviewCount, 5, ...Object.values(insights.histogram)];
  if (insights.averageRating !== null) numbers.push(insights.averageRating);
  for (const point of insights.points) numbers.push(point.count);
  return new Set(numbers);
}

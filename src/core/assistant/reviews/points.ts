import type { ReviewLexicon } from './lexicon/index.ts';
import { joinWords, type Opinion } from './opinions.ts';

/** A verbatim piece of one review, by the review's index in the list given. */
export interface ReviewQuote {
  review: number;
  text: string;
}

/** One thing reviewers praise or blame, in their words, with how many say so and a quote from each. */
export interface ReviewPoint {
  /** Stable within one result: "pro:fit", "con:runs small". */
  id: string;
  polarity: 'pro' | 'con';
  /** How reviewers put it, taken from one of the quotes ("the fit is perfect"). */
  phrase: string;
  /** The number of reviews that say it. */
  count: number;
  /** The quote the phrase is taken from: a verbatim piece of a review. */
  quote: string;
  /** One quote per review counted, the phrase's own first. */
  quotes: ReviewQuote[];
  /** What it is about, in the reviewers' word ("fit", "battery life"); null for a verdict ("love it"). */
  topic: string | null;
  /**
   * True for the verdicts no second review puts in the same word ("fabulous", "a great buy"), gathered by
   * direction: its reviewers agree on praise or blame, and the phrase is one of them.
   */
  general: boolean;
}

/**
 * Opinions grouped into points: by topic when they name one, by their cue when they are verdicts, and by
 * direction. Word forms meet under their shortest form ("fit", "fits", "fitting"), the product's own name
 * counts as no topic ("love this bag" is a verdict), and each review counts once per point.
 */
export function groupPoints(
  opinions: readonly Opinion[],
  lexicon: (o: Opinion) => ReviewLexicon,
): ReviewPoint[] {
  const keyOf = stems(opinions.map((o) => o.topic ?? o.cue));
  const groups = new Map<string, Opinion[]>();
  const add = (id: string, group: readonly Opinion[]) =>
    groups.set(id, [...(groups.get(id) ?? []), ...group]);
  for (const opinion of opinions)
    if (opinion.weight !== 0) add(idOf(opinion, keyOf(opinion.topic ?? opinion.cue)), [opinion]);
  // A verdict word only one review uses ("fabulous") joins the other verdicts of its direction.
  for (const [id, group] of [...groups])
    if (group.every((o) => o.topic === null) && reviewsOf(group) === 1 && !id.endsWith(':')) {
      groups.delete(id);
      add(id.slice(0, 4), group);
    }
  return [...groups]
    .map(([id, group]) => pointOf(id, group, lexicon))
    .sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));
}

function idOf(opinion: Opinion, key: string): string {
  return `${opinion.weight > 0 ? 'pro' : 'con'}:${key}`;
}

function reviewsOf(group: readonly Opinion[]): number {
  return new Set(group.map((o) => o.review)).size;
}

/** Maps each key to the shortest key it starts with (at least three letters), else to itself. */
function stems(keys: readonly string[]): (key: string) => string {
  const sorted = [...new Set(keys)].sort((a, b) => a.length - b.length || a.localeCompare(b));
  const root = new Map<string, string>();
  for (const key of sorted) {
    const base = sorted.find(
      (r) => r.length >= 3 && r.length < key.length && key.startsWith(r) && root.get(r) === r,
    );
    root.set(key, base ?? key);
  }
  return (key) => root.get(key) ?? key;
}

function pointOf(id: string, group: readonly Opinion[], lexicon: (o: Opinion) => ReviewLexicon): ReviewPoint {
  // How many of the group's reviews use each word: the phrase most of them share is the one to show.
  const usage = new Map<string, Set<number>>();
  for (const o of group) for (const w of o.clause) usage.set(w, (usage.get(w) ?? new Set()).add(o.review));
  const rank = (o: Opinion) => {
    const shared =
      o.phrase.reduce((sum, w) => sum + (usage.get(w)?.size ?? 0), 0) / Math.sqrt(o.phrase.length);
    const self = o.phrase.some((w) => lexicon(o).firstPerson.has(w)) ? 0.5 : 1;
    const digits = o.phrase.some((w) => /\d/.test(w)) ? 0.5 : 1;
    const size = o.phrase.length < 2 || o.phrase.length > 7 ? 0.7 : 1;
    return shared * self * digits * size * Math.min(1.5, Math.abs(o.weight));
  };
  const ordered = [...group].sort((a, b) => rank(b) - rank(a) || a.review - b.review);
  const best = ordered[0];
  const quotes: ReviewQuote[] = [];
  for (const o of ordered)
    if (!quotes.some((q) => q.review === o.review)) quotes.push({ review: o.review, text: o.quote });
  quotes.sort((a, b) =>
    a.review === best?.review ? -1 : b.review === best?.review ? 1 : a.review - b.review,
  );
  const topics = group.flatMap((o) => (o.topic === null ? [] : [o.topic]));
  return {
    id,
    polarity: id.startsWith('pro:') ? 'pro' : 'con',
    phrase: best ? joinWords(best.phrase) : '',
    count: quotes.length,
    quote: best?.quote ?? '',
    quotes,
    topic: mostCommon(topics) ?? null,
    general: id.endsWith(':'),
  };
}

function mostCommon(list: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const item of list) counts.set(item, (counts.get(item) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length)[0]?.[0];
}

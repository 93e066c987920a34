/** A point as a summary names it: how many reviewers make it, in whose words. */
export interface SaidPoint {
  count: number;
  phrase: string;
  /** True when the reviewers counted share only a verdict's direction, each in other words. */
  general: boolean;
}

/** How the reviewers feel on the whole, from their ratings and words. */
export type Mood = 'positive' | 'mixed' | 'negative';

const quoted = (phrase: string) => `“${phrase}”`;

// A point about one topic is said by all it counts; a general point only shares a direction, so its
// phrase is one reviewer's example. `count` is "5 of 8" for the first of a list, "3" after it.
const says = (p: SaidPoint, count: string) =>
  p.general && p.count > 1
    ? `${count} like it overall (such as ${quoted(p.phrase)})`
    : `${count} say ${quoted(p.phrase)}`;
const blames = (p: SaidPoint, count: string) =>
  p.general && p.count > 1
    ? `${count} are unhappy with it (such as ${quoted(p.phrase)})`
    : `${count} say ${quoted(p.phrase)}`;
const counted = (p: SaidPoint, i: number, reviewers: number) =>
  i === 0 ? `${p.count} of ${reviewers}` : String(p.count);

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const list = (items: readonly string[]) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;

/** English reviews messages. Functions take what varies; the Chinese file has the same keys. */
export const reviews = {
  noReviews: 'No shopper has reviewed this product yet. Be the first to tell us what you think.',
  /** The product as the reviews name it ("these boots"), or a pronoun. */
  product: (named: string | null) => named ?? 'it',
  average: (value: number) => ` (average ${value.toFixed(1)} of 5)`,
  mood: (mood: Mood, reviewers: number, product: string, average: string) => {
    if (reviewers === 1)
      return {
        positive: `The one reviewer is happy with ${product}${average}.`,
        negative: `The one reviewer is unhappy with ${product}${average}.`,
        mixed: `The one reviewer has mixed feelings about ${product}${average}.`,
      }[mood];
    return {
      positive: `Most of the ${reviewers} reviewers are happy with ${product}${average}.`,
      negative: `Most of the ${reviewers} reviewers are unhappy with ${product}${average}.`,
      mixed: `The ${reviewers} reviewers have mixed feelings about ${product}${average}.`,
    }[mood];
  },
  /** "5 of 8 say “x”, 3 say “y” and 4 like it overall (such as “z”)." */
  praise: (points: readonly SaidPoint[], reviewers: number) =>
    `${capitalise(list(points.map((p, i) => says(p, counted(p, i, reviewers)))))}.`,
  criticism: (points: readonly SaidPoint[], reviewers: number) =>
    `On the downside, ${list(points.map((p, i) => blames(p, counted(p, i, reviewers))))}.`,
  disagreement: (topic: string, pro: SaidPoint, con: SaidPoint, reviewers: number) =>
    `They disagree on the ${topic}: ${pro.count} of ${reviewers} say ${quoted(pro.phrase)}, but ${con.count} say ${quoted(con.phrase)}.`,
  /** When no point is made by more than one reviewer. */
  noSharedPoint: 'No point comes up in more than one review.',
};

export type ReviewsMessages = typeof reviews;

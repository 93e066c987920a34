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
  /**
   * A reviewer's clause in a general voice, or null for a first-person anecdote ("I bought these for my
   * son"): "I love these" → "Shoppers love these" when several reviewers make the point, else "One shopper loves these"; a leading "and"/"but"/"overall" goes.
   */
  generalVoice: (clause: string, several: boolean): string | null => {
    const text = clause.replace(LEADING_LINK, '');
    const opinion = FIRST_PERSON_OPINION.exec(text);
    if (opinion) {
      const rest = text.slice(opinion[0].length);
      if (FIRST_PERSON.test(rest)) return null;
      const verb = opinion[2] ?? '';
      return several ? `Shoppers ${plural(verb)}${rest}` : `One shopper ${singular(verb)}${rest}`;
    }
    if (FIRST_PERSON.test(text) || ANECDOTE_OPENING.test(text) || BROKEN.some((b) => b.test(text)))
      return null;
    const subject = SUBJECTLESS.test(text) ? `It ${text.charAt(0).toLowerCase()}${text.slice(1)}` : text;
    return capitalise(subject.replace(/\b(was|were)\b/giu, (w) => PRESENT[w.toLowerCase()] ?? w));
  },
  /** An opening pronoun for the product replaced by its name: "They run small" → "These shoes run small". */
  nameSubject: (clause: string, product: string) => {
    const plural = /^these\b/iu.test(product);
    const pronoun = plural
      ? /^(?:they|these(?=\s+(?:are|run|fit|look|feel)\b))\b(?!\s+are\s+(?:not\s+)?(?:the|a|an|my)\b)/iu
      : /^(?:it|this(?=\s+(?:is|runs|fits|looks|feels)\b))\b(?!\s+is\s+(?:not\s+)?(?:the|a|an|my)\b)/iu;
    return pronoun.test(clause) ? clause.replace(pronoun, capitalise(product)) : clause;
  },
  /** The first blame after praise: "However, the liner runs small (3 of 8)." An all-capitals opening stays. */
  contrast: (clause: string) =>
    `However, ${/^.\p{Lu}/u.test(clause) ? clause : clause.charAt(0).toLowerCase() + clause.slice(1)}`,
  /** The closing sentence of a summary made of reviewers' clauses. */
  overall: (mood: Mood | 'none', product: string) =>
    ({
      positive: `Overall, most reviewers are happy with ${product}.`,
      negative: `Overall, most reviewers are unhappy with ${product}.`,
      mixed: `Overall, reviewers have mixed feelings about ${product}.`,
      none: '',
    })[mood],
  /** Two clauses in one sentence: "Fit well and look great." or "Fit well, but the liner runs small." */
  join: (first: string, second: string, contrast: boolean) =>
    `${first.replace(/[.!?…]+$/u, '')}${contrast ? ', but' : ' and'} ${/^(?:.\p{Lu}|I\b)/u.test(second) ? second : second.charAt(0).toLowerCase() + second.slice(1)}`,
  /** How many reviewers recommend it, closing the summary: "3 of 8 reviewers recommend these boots." */
  recommendation: (count: number, reviewers: number, product: string, highly: boolean) =>
    `${capitalise(product)} ${/^these\b/iu.test(product) ? 'are' : 'is'} ${highly ? 'highly ' : ''}recommended by ${count} of ${reviewers} reviewers.`,
  /** One clause of the summary, with how many of the reviewers make its point: "Fits well (5 of 8)." */
  clause: (text: string, count: number | null, reviewers: number) =>
    `${text.replace(/[.!?…]+$/u, '')}${count === null ? '' : ` (${count} of ${reviewers})`}.`,
};

const LEADING_LINK = /^(?:(?:and|but|so|also|plus|overall|however|though|although|yet|then)\b[,\s]*)+/iu;
// Clauses that do not read as a sentence once cut from their review: a past verb with its "I" left out
// ("Was very disappointed"), a fragment after a comma ("is the seams…"), a singular subject with a plural
// verb ("It look great"), a clause that opens on a subordinator ("When I received the package").
const BROKEN = [
  /^(?:was|were|am|had|have|did|will|would|could|should)\b/iu,
  /^(?:is|are|has)\s+(?:the|a|an|its|my)\b/iu,
  /^(?:it|he|she|this(?:\s+\w*[^\Ws])?)\s+(?:look|feel|work|seem|come|make|hold|last|go|do)\b/iu,
  /^(?:when|if|which|who|because|since|as|than|like|with|without|whether|while|unless)\b/iu,
];
// A present verb with the product left out describes it: "Has great range of sound" → "It has…".
const SUBJECTLESS = /^(?:is|has|can|does|comes|works|fits|looks|feels|holds)\b/iu;
const FIRST_PERSON = /\b(?:i|me|my|mine|we|us|our|i'm|i've|i'd|i'll|im|ive)\b/iu;
// "I love", "we really like", "I would highly recommend": an opinion, said by shoppers in general.
const FIRST_PERSON_OPINION =
  /^(?:(?:i|we)\s+)?((?:really|absolutely|just|truly|totally|definitely|do|would|highly|also)\s+)*(love|like|recommend|adore|enjoy|am happy with|am pleased with|am very happy with)\b/iu;
// A clause that opens on a past or -ing verb with its "I" left out tells a story ("Took this bag to Europe").
const ANECDOTE_OPENING =
  /^(?:\w+ed|took|got|bought|had|went|wore|made|gave|tried|found|thought|used|looking|wearing|getting|having)\b/iu;
// Reviewers tell what happened; a summary says what the product is.
const PRESENT: Record<string, string> = { was: 'is', were: 'are' };
const plural = (verb: string) => {
  const lower = verb.toLowerCase();
  return lower.startsWith('am ') ? `are ${lower.slice(3)}` : lower;
};
const singular = (verb: string) => {
  const lower = verb.toLowerCase();
  return lower.startsWith('am ') ? `is ${lower.slice(3)}` : `${lower}s`;
};

export type ReviewsMessages = typeof reviews;

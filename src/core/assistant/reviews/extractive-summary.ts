import type { Review } from '../../catalog/types.ts';
import { detectLocale, type Locale } from '../../../i18n/locale.ts';
import { messages } from '../../../i18n/messages.ts';
import { sentenceSpans, words } from '../../text/segment.ts';
import { clausesOf, type Clause } from './clauses.ts';
import { reviewLexicon } from './lexicon/index.ts';
import type { ReviewLexicon } from './lexicon/types.ts';
import { joinWords, opinionsOf, readingContext } from './opinions.ts';
import type { ReviewPoint } from './points.ts';
import type { ReviewSummary, SummaryFacts } from './review-summary.ts';

/** Tuning of the clause summary; the defaults are the best on FewSum's train split (see docs/quality.md). */
export interface ClauseSummaryOptions {
  /** Words the summary stops at, about the length of a person's summary of eight reviews. */
  budget: number;
  /** Clause length, in words, outside which a clause is not taken. */
  minWords: number;
  maxWords: number;
  /** How strongly length divides a clause's score: 0 favours long clauses, 1 short ones. */
  lengthPower: number;
  /** MMR's balance of coverage against redundancy with the clauses already chosen. */
  lambda: number;
  /** Name how many reviewers make a point after the clause, from this many on (Infinity: never). */
  counts: number;
  /** Put the mood sentence first, last or leave it out. */
  mood: 'first' | 'last' | 'none';
  /** Take only clauses that judge something: a sentiment word, or a counted point. */
  opinionated: boolean;
  /** What a clause with a number in it ("a size 34") scores, as a share: sizes and dates are anecdote. */
  digits: number;
  /** What a counted point several reviewers make adds to a clause's score, per reviewer beyond the first. */
  pointBonus: number;
  /** Weight of a clause's closeness (cosine over all its words) to the bag of words of all the reviews. */
  centroid: number;
  /** Score share of a clause that does not open on the product or a pronoun for it ("these are", "it is"). */
  offSubject: number;
  /** Clauses in the order chosen, praise before blame, or as they come in the reviews. */
  order: 'chosen' | 'polarity' | 'reviews';
  /** Open the first blame after praise on a contrast ("However, the liner runs small"). */
  contrast: boolean;
  /** Close on a short sentence of the reviewers' overall mood ("Overall, most reviewers are happy with it"). */
  overall: boolean;
  /** Name the product for an opening "it"/"they" ("They run small" → "These shoes run small"), once. */
  nameSubject: 'never' | 'first' | 'all';
  /** Close on how many reviewers recommend it, from this many on (Infinity: never), each quoted. */
  recommend: number;
  /** Join two neighbouring clauses of at most this many words each into one sentence (0: never). */
  merge: number;
  /** Open on the first chosen clause whose subject is the product by name ("These boots …"). */
  productFirst: boolean;
}

export const CLAUSE_SUMMARY: ClauseSummaryOptions = {
  budget: 40,
  minWords: 3,
  maxWords: 22,
  lengthPower: 0.5,
  lambda: 0.5,
  counts: 3,
  mood: 'none',
  opinionated: true,
  digits: 0.3,
  pointBonus: 0,
  centroid: 0.5,
  offSubject: 0.3,
  order: 'chosen',
  contrast: true,
  overall: false,
  nameSubject: 'first',
  recommend: Infinity,
  merge: 12,
  productFirst: true,
};

const SUBJECT = /^(?:this|these|the|it|they|its|it's|they're|their|both|all)\b/iu;

interface Candidate {
  clause: Clause;
  text: string;
  score: number;
  point: ReviewPoint | undefined;
  polarity: 'pro' | 'con';
}

/**
 * Shorter than a clause worth quoting. A Chinese clause is counted in characters too: 很轻薄 ("very light
 * and thin") is two words as the segmenter splits it, and a whole opinion.
 */
function tooShort(clause: { text: string; words: readonly string[] }, minWords: number): boolean {
  return clause.words.length < minWords && (clause.text.match(/\p{Script=Han}/gu) ?? []).length < minWords;
}

/** A word graded by an intensifier before it ("很轻薄", "真的顶", "太吵"): the clause judges, whatever the word. */
function graded(list: readonly string[], lexicon: ReviewLexicon): boolean {
  return list.some((word, i) => {
    const next = list[i + 1];
    return (
      (lexicon.intensifiers.has(word) || lexicon.excess.has(word)) &&
      next !== undefined &&
      /\p{Script=Han}/u.test(next) &&
      !lexicon.functionWords.has(next) &&
      !lexicon.negators.has(next)
    );
  });
}

/**
 * A summary from the reviews' own clauses: each clause scored by how many other reviews share its content
 * words, first-person anecdotes dropped and opinions put in a general voice ("I love these" → "Shoppers
 * love these"), then chosen by MMR up to the word budget. A clause that states a counted point several
 * reviewers make names how many; each clause keeps its review as its quote.
 */
export function clauseSummary(
  reviews: readonly Review[],
  facts: SummaryFacts,
  locale: Locale,
  options: ClauseSummaryOptions = CLAUSE_SUMMARY,
): ReviewSummary {
  const m = messages(locale).reviews;
  const n = reviews.length;
  const clauses = reviews.flatMap((r, i) => clausesOf(r.text, i, reviewLexicon(detectLocale(r.text))));
  const usedBy = new Map<string, Set<number>>();
  for (const c of clauses) for (const s of c.stems) usedBy.set(s, (usedBy.get(s) ?? new Set()).add(c.review));
  const context = readingContext(reviews.map((r) => r.text));
  const centroid = bagOf(clauses.flatMap((c) => c.words));
  const recommended = recommendations(reviews);
  const recommending = recommended.length >= Math.max(1, options.recommend);
  const candidates: Candidate[] = [];
  for (const clause of clauses) {
    if (recommending && recommends(clause.text)) continue;
    if (tooShort(clause, options.minWords) || clause.words.length > options.maxWords) continue;
    const point = pointOf(clause, facts.points);
    const text = m.generalVoice(clause.text, (point?.count ?? 1) >= 2);
    if (text === null) continue;
    const unique = [...new Set(clause.stems)];
    if (unique.length === 0) continue;
    const shared = unique.reduce((sum, s) => sum + ((usedBy.get(s)?.size ?? 1) - 1), 0) / Math.max(1, n - 1);
    const rating = reviews[clause.review]?.rating ?? 3;
    // The clause's own judgement first ("these are narrow" in a five-star review is blame), then its point's.
    const weight = opinionsOf(clause.text, clause.review, context).reduce((sum, o) => sum + o.weight, 0);
    const polarity =
      weight > 0 ? 'pro' : weight < 0 ? 'con' : (point?.polarity ?? (rating >= 3 ? 'pro' : 'con'));
    const lexicon = reviewLexicon(detectLocale(clause.text));
    const judges = clause.words.some((w) => lexicon.sentiment.has(w)) || graded(clause.words, lexicon);
    if (options.opinionated && !judges && point === undefined) continue;
    const bonus = point && point.count >= 2 ? options.pointBonus * (point.count - 1) : 0;
    const digits = clause.words.some((w) => /\d/.test(w)) ? options.digits : 1;
    const near = options.centroid * cosine(bagOf(clause.words), centroid);
    const subject = SUBJECT.test(text) ? 1 : options.offSubject;
    const score = ((shared + bonus) * digits * subject) / clause.words.length ** options.lengthPower + near;
    candidates.push({ clause, text, score, point, polarity });
  }
  const chosen: Candidate[] = [];
  let length = 0;
  const top = Math.max(1e-9, ...candidates.map((c) => c.score));
  while (length < options.budget) {
    let best: { c: Candidate; value: number } | undefined;
    for (const c of candidates) {
      if (chosen.includes(c)) continue;
      if (c.point && chosen.some((o) => o.point?.id === c.point?.id)) continue;
      const overlap = Math.max(0, ...chosen.map((o) => similarity(o.clause.stems, c.clause.stems)));
      const value = options.lambda * (c.score / top) - (1 - options.lambda) * overlap;
      if (!best || value > best.value) best = { c, value };
    }
    if (!best) break;
    chosen.push(best.c);
    length += best.c.clause.words.length;
  }
  const ordered =
    options.order === 'chosen'
      ? chosen
      : options.order === 'reviews'
        ? [...chosen].sort((a, b) => clauses.indexOf(a.clause) - clauses.indexOf(b.clause))
        : [...chosen.filter((c) => c.polarity === 'pro'), ...chosen.filter((c) => c.polarity === 'con')];
  if (options.productFirst && facts.product !== null) {
    const product = facts.product;
    const opens = (text: string) => text.toLowerCase().startsWith(`${product.toLowerCase()} `);
    const first = ordered.findIndex((c) => opens(c.text) || opens(m.nameSubject(c.text, product)));
    if (first > 0) ordered.unshift(...ordered.splice(first, 1));
  }
  let named = false;
  const sentences: string[] = [];
  let joined = false;
  ordered.forEach((c, i) => {
    let text = c.text;
    if (
      facts.product !== null &&
      options.nameSubject !== 'never' &&
      !(named && options.nameSubject === 'first')
    ) {
      const renamed = m.nameSubject(text, facts.product);
      named ||= renamed !== text;
      text = renamed;
    }
    const sentence = m.clause(
      text,
      c.point && c.point.count >= Math.max(2, options.counts) ? c.point.count : null,
      n,
    );
    const previous = ordered[i - 1];
    const turn = c.polarity === 'con' && previous?.polarity === 'pro';
    const short = (x: Candidate) => x.clause.words.length <= options.merge;
    if (previous !== undefined && !joined && short(previous) && short(c)) {
      // Praise and blame in one sentence turn on "but", either way round.
      const differ = previous.polarity !== c.polarity;
      sentences.push(m.join(sentences.pop() ?? '', sentence, differ));
      joined = true;
      return;
    }
    joined = false;
    sentences.push(options.contrast && turn ? m.contrast(sentence) : sentence);
  });
  const points = ordered.map((c, i) => asPoint(c, i));
  if (recommending) {
    const highly = recommended.filter((q) => /\bhighly\b/iu.test(q.match)).length * 2 > recommended.length;
    sentences.push(m.recommendation(recommended.length, n, m.product(facts.product), highly));
    const phrase = words(recommended[0]?.match ?? '').join(' ');
    points.push({
      id: 'pro:recommended by',
      polarity: 'pro',
      phrase,
      count: recommended.length,
      quote: recommended[0]?.text ?? '',
      quotes: recommended.map((q) => ({ review: q.review, text: q.text })),
      topic: null,
      general: false,
    });
  }
  if (options.mood !== 'none' && facts.mood !== 'none') {
    const average = facts.averageRating === null ? '' : m.average(facts.averageRating);
    const mood = m.mood(facts.mood, n, m.product(facts.product), average);
    if (options.mood === 'first') sentences.unshift(mood);
    else sentences.push(mood);
  }
  if (options.overall && facts.mood !== 'none')
    sentences.push(m.overall(facts.mood, m.product(facts.product)));
  return {
    text: sentences.join(locale === 'zh' ? '' : ' '),
    points,
  };
}

/** Whether a stretch of text recommends the product: a recommending word not negated nor advice on size. */
function recommends(text: string): boolean {
  return recommendingWord(text) !== undefined;
}

function recommendingWord(text: string): string | undefined {
  const lexicon = reviewLexicon(detectLocale(text));
  for (const match of text.matchAll(new RegExp(lexicon.recommends.source, 'giu'))) {
    const before = text.slice(Math.max(0, match.index - 30), match.index);
    const after = text.slice(match.index + match[0].length);
    if (!lexicon.notBefore.test(before) && !lexicon.notAfter.test(after)) return match[0];
  }
  return undefined;
}

/** The reviews that recommend the product, each by its sentence that does, verbatim. */
function recommendations(reviews: readonly Review[]): { review: number; text: string; match: string }[] {
  const out: { review: number; text: string; match: string }[] = [];
  reviews.forEach((r, review) => {
    for (const span of sentenceSpans(r.text)) {
      const text = span.text.trim();
      const match = recommendingWord(text);
      if (match === undefined) continue;
      out.push({ review, text, match });
      return;
    }
  });
  return out;
}

/** The counted point a clause states: one of its quotes is from the clause's review and holds its key. */
function pointOf(clause: Clause, points: readonly ReviewPoint[]): ReviewPoint | undefined {
  const lower = clause.text.toLowerCase();
  return points
    .filter((p) =>
      p.quotes.some(
        (q) => q.review === clause.review && (q.text.includes(clause.text) || clause.text.includes(q.text)),
      ),
    )
    .filter((p) => {
      const key = p.id.slice(4);
      return key !== '' && lower.includes(key) && (p.topic === null || lower.includes(p.topic));
    })
    .sort((a, b) => b.count - a.count)[0];
}

/** The clause as a summary point: its own words quoted first, then the point's quotes from other reviews. */
function asPoint(c: Candidate, index: number): ReviewPoint {
  const own = { review: c.clause.review, text: c.clause.text };
  const others = c.point?.quotes.filter((q) => q.review !== c.clause.review) ?? [];
  const quotes = [own, ...others];
  return {
    id: c.point?.id ?? `${c.polarity}:clause ${index}`,
    polarity: c.polarity,
    phrase: joinWords(c.clause.words),
    count: quotes.length,
    quote: c.clause.text,
    quotes,
    topic: c.point?.topic ?? null,
    general: c.point?.general ?? false,
  };
}

function similarity(a: readonly string[], b: readonly string[]): number {
  const x = new Set(a);
  const y = new Set(b);
  const both = [...x].filter((s) => y.has(s)).length;
  return x.size === 0 || y.size === 0 ? 0 : both / Math.sqrt(x.size * y.size);
}

function bagOf(list: readonly string[]): Map<string, number> {
  const bag = new Map<string, number>();
  for (const w of list) bag.set(w, (bag.get(w) ?? 0) + 1);
  return bag;
}

function cosine(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  let dot = 0;
  for (const [w, x] of a) dot += x * (b.get(w) ?? 0);
  const norm = (v: ReadonlyMap<string, number>) => Math.sqrt([...v.values()].reduce((s, x) => s + x * x, 0));
  const d = norm(a) * norm(b);
  return d === 0 ? 0 : dot / d;
}

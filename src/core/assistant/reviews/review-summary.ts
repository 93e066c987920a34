import type { Locale } from '../../../i18n/locale.ts';
import { messages } from '../../../i18n/messages.ts';
import type { ReviewPoint } from './points.ts';

/** The most points of each direction a summary names: more is a list nobody reads on a kiosk. */
const MAX_PRAISE = 3;
const MAX_CRITICISM = 2;
/** A point the summary names is made by at least this many reviewers. */
const SHARED = 2;

/** What a summary is built from. */
export interface SummaryFacts {
  reviewCount: number;
  averageRating: number | null;
  mood: 'positive' | 'mixed' | 'negative' | 'none';
  /** The product as reviewers name it ("these boots"); null when they do not agree on a name. */
  product: string | null;
  points: readonly ReviewPoint[];
}

/** A topic on which some reviewers praise what others blame. */
export interface Disagreement {
  topic: string;
  pro: ReviewPoint;
  con: ReviewPoint;
}

/** The summary's text and the points it names, so that each sentence can be traced to its quotes. */
export interface ReviewSummary {
  text: string;
  points: ReviewPoint[];
}

/**
 * A summary from counted points: the mood, what most reviewers praise, where they disagree, what some
 * blame. Only points several reviewers make are named, each with its count and in a reviewer's words.
 */
export function templateSummary(facts: SummaryFacts, locale: Locale): ReviewSummary {
  const m = messages(locale).reviews;
  if (facts.reviewCount === 0 || facts.mood === 'none') return { text: m.noReviews, points: [] };
  const n = facts.reviewCount;
  const average = facts.averageRating === null ? '' : m.average(facts.averageRating);
  const sentences = [m.mood(facts.mood, n, m.product(facts.product), average)];
  const shared = distinctPhrases(facts.points.filter((p) => p.count >= SHARED));
  const disputes = disagreements(shared).slice(0, 1);
  const inDispute = new Set(disputes.flatMap((d) => [d.pro.id, d.con.id]));
  const praise = shared.filter((p) => p.polarity === 'pro' && !inDispute.has(p.id)).slice(0, MAX_PRAISE);
  const criticism = shared
    .filter((p) => p.polarity === 'con' && !inDispute.has(p.id))
    .slice(0, MAX_CRITICISM);
  if (praise.length > 0) sentences.push(m.praise(praise, n));
  for (const d of disputes) sentences.push(m.disagreement(d.topic, d.pro, d.con, n));
  if (criticism.length > 0) sentences.push(m.criticism(criticism, n));
  if (sentences.length === 1 && n > 1) sentences.push(m.noSharedPoint);
  return {
    text: sentences.join(locale === 'zh' ? '' : ' '),
    points: [...praise, ...disputes.flatMap((d) => [d.pro, d.con]), ...criticism],
  };
}

/** One point per phrase: a clause that praises two things ("comfortable and cute") is named once. */
function distinctPhrases(points: readonly ReviewPoint[]): ReviewPoint[] {
  const seen = new Set<string>();
  return points.filter((p) => !seen.has(p.phrase) && seen.add(p.phrase));
}

/** Topics with both a pro and a con point, the most discussed first. */
export function disagreements(points: readonly ReviewPoint[]): Disagreement[] {
  const out: Disagreement[] = [];
  for (const pro of points) {
    if (pro.polarity !== 'pro' || pro.topic === null) continue;
    const con = points.find((p) => p.polarity === 'con' && p.id.slice(4) === pro.id.slice(4));
    if (con) out.push({ topic: pro.topic, pro, con });
  }
  return out.sort((a, b) => b.pro.count + b.con.count - (a.pro.count + a.con.count));
}

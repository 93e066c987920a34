/** Scores the assistant and the word-overlap baseline on hetPQA rows, side by side. */
import type { Product } from '../../src/core/catalog/types.ts';
import { answerFromEvidence } from '../../src/core/assistant/evidence/index.ts';
import type { EvidenceAnswer } from '../../src/core/assistant/evidence/index.ts';
import type { TextEmbedder } from '../../src/core/search/product-search.ts';
import { buildProducts, type Row, type Snippet } from './hetpqa.ts';
import { leadingYesNo, sharedWords, tokenF1, within } from './metrics.ts';

export interface Tally {
  hits: number;
  total: number;
}

export interface SystemScore {
  f1: number;
  yesNo: Tally;
}

export interface AnswerSplit {
  questions: number;
  assistant: SystemScore;
  /** The snippet sharing most words with the question, as the dataset writes it. */
  baseline: SystemScore;
  /** The same choice, quoted as the built page shows it (attributes as "Name: value"). */
  baselineShown: SystemScore;
  dontKnow: number;
  examples: {
    question: string;
    answer: string;
    reply: string;
    snippet: string;
    source: string;
    own: boolean;
  }[];
}

export interface RankingSplit {
  questions: number;
  assistant: Tally;
  baseline: Tally;
  /** Where the passages answered from came from, for reading the figure: a relevant snippet, one of
   * the question's irrelevant ones, another question's snippet on the same page, or none. */
  misses: { irrelevant: number; otherQuestion: number; none: number };
}

/** The baseline: the page's snippet sharing the most words with the question (the first on a tie). */
function closestSnippet(question: string, snippets: readonly Snippet[]): Snippet | undefined {
  let best: Snippet | undefined;
  let most = -1;
  for (const snippet of snippets) {
    const shared = sharedWords(question, snippet.text);
    if (shared > most) [best, most] = [snippet, shared];
  }
  return best;
}

function snippetsByAsin(rows: readonly Row[]): Map<string, Snippet[]> {
  const out = new Map<string, Snippet[]>();
  for (const row of rows) {
    const list = out.get(row.asin) ?? [];
    if (!list.some((s) => s.text === row.snippet.text)) list.push(row.snippet);
    out.set(row.asin, list);
  }
  return out;
}

type Ask = (question: string, product: Product) => Promise<EvidenceAnswer>;

export function asker(embed: TextEmbedder): Ask {
  return (question, product) => answerFromEvidence(question, product, { embed, locale: 'en' });
}

function score(prediction: string, reference: string, into: SystemScore): void {
  into.f1 += tokenF1(prediction, reference);
  const expected = leadingYesNo(reference);
  if (expected) {
    into.yesNo.total++;
    if (leadingYesNo(prediction) === expected) into.yesNo.hits++;
  }
}

const empty = (): SystemScore => ({ f1: 0, yesNo: { hits: 0, total: 0 } });

/** dev/train: token F1 and yes/no agreement against the human answers. */
export async function evaluateAnswers(
  rows: readonly Row[],
  ask: Ask,
  onProgress?: (done: number) => void,
): Promise<AnswerSplit> {
  const products = buildProducts(rows);
  const pages = snippetsByAsin(rows);
  const result: AnswerSplit = {
    questions: 0,
    assistant: empty(),
    baseline: empty(),
    baselineShown: empty(),
    dontKnow: 0,
    examples: [],
  };
  for (const row of rows) {
    const product = products.get(row.asin);
    const reference = row.answer;
    if (!product || !reference) continue;
    const reply = await ask(row.question, product);
    const closest = closestSnippet(row.question, pages.get(row.asin) ?? []);
    result.questions++;
    if (reply.dontKnow) result.dontKnow++;
    score(reply.text, reference, result.assistant);
    score(closest?.text ?? '', reference, result.baseline);
    score(closest?.shown ?? '', reference, result.baselineShown);
    if (result.examples.length < 400)
      result.examples.push({
        question: row.question,
        answer: reference,
        reply: reply.text,
        snippet: row.snippet.shown,
        source: row.snippet.source,
        own: reply.passages.some((p) => within(p.text, row.snippet.shown)),
      });
    onProgress?.(result.questions);
  }
  for (const s of [result.assistant, result.baseline, result.baselineShown])
    s.f1 = result.questions ? s.f1 / result.questions : 0;
  return result;
}

/**
 * Evidence ranking: is the passage answered from one of the question's label-1 snippets? The page is
 * either the question's own labelled candidates ('question': every snippet on it is labelled) or all
 * snippets of its product ('product': other questions' snippets join it, unlabelled, so counted as not
 * relevant).
 */
export async function evaluateRanking(
  rows: readonly Row[],
  ask: Ask,
  page: 'question' | 'product',
  onProgress?: (done: number) => void,
): Promise<RankingSplit> {
  // A question's own page is keyed by its id: the same builder, one "product" per question.
  const keyed = page === 'question' ? rows.map((r) => ({ ...r, asin: r.qid ?? r.asin })) : rows;
  const products = buildProducts(keyed);
  const pages = snippetsByAsin(keyed);
  const byQuestion = new Map<string, Row[]>();
  for (const row of keyed) if (row.qid) byQuestion.set(row.qid, [...(byQuestion.get(row.qid) ?? []), row]);
  const result: RankingSplit = {
    questions: 0,
    assistant: { hits: 0, total: 0 },
    baseline: { hits: 0, total: 0 },
    misses: { irrelevant: 0, otherQuestion: 0, none: 0 },
  };
  for (const group of byQuestion.values()) {
    const relevant = group.filter((r) => r.relevant).map((r) => r.snippet);
    const [first] = group;
    const product = first && products.get(first.asin);
    if (!first || !product || relevant.length === 0) continue;
    result.questions++;
    const reply = await ask(first.question, product);
    const [used] = reply.passages;
    result.assistant.total++;
    if (used && relevant.some((s) => within(used.text, s.shown))) result.assistant.hits++;
    else if (!used) result.misses.none++;
    else if (group.some((r) => within(used.text, r.snippet.shown))) result.misses.irrelevant++;
    else result.misses.otherQuestion++;
    const closest = closestSnippet(first.question, pages.get(first.asin) ?? []);
    result.baseline.total++;
    if (closest && relevant.some((s) => s.text === closest.text)) result.baseline.hits++;
    onProgress?.(result.questions);
  }
  return result;
}

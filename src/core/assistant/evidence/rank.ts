import type { TextEmbedder } from '../../search/product-search.ts';
import { detectLocale } from '../../../i18n/locale.ts';
import { words } from '../../text/segment.ts';
import { EMBEDDER_TRUST } from '../../search/embedder-trust.ts';
import { READING } from './lexicon.ts';
import { embedWithPassageCache } from './passage-vectors.ts';
import { isYesNoQuestion } from './polarity.ts';
import { askedQuantities, statesQuantity } from './quantity.ts';
import { contentTerms } from './terms.ts';
import type { Passage } from './types.ts';

/** A passage with how well it answers the question. */
export interface RankedPassage {
  passage: Passage;
  /**
   * Cosine of question and passage plus LEXICAL_WEIGHT times the share of question terms it holds, plus
   * QUANTITY_WEIGHT where it states the kind of measure asked; for an attribute, the same with its name's
   * cosine weighed by NAME_WEIGHT where that is more.
   */
  score: number;
  /**
   * The same with the name's cosine unweighted: what the relevance threshold was calibrated on, so a
   * name only somewhat like the question ("Colour" for "what is it made of?") ranks but does not answer.
   */
  relevance: number;
  /**
   * The share of the question's subject terms the passage holds, weighed by their rarity on the page:
   * of the whole question, or of one of its questions where that is more.
   */
  coverage: number;
}

/** How much sharing the question's words counts beside meaning. */
export const LEXICAL_WEIGHT = 1.0;

/**
 * How much an attribute's name alone ("Height" for "how tall is it?") counts in meaning, against the whole
 * "Name: value" passage: the name says what the value answers. Tuned on hetPQA train (1.0 to 2.0): 1.7
 * answers 351 of its 481 attribute questions from their own attribute (276 without names), F1 the same.
 */
export const NAME_WEIGHT = 1.7;

/**
 * Taken off a bare yes/no attribute ("Batteries required: true") for a question that is not a yes/no one:
 * "what batteries?" wants "Num batteries: 3, type cr2". Neutral on hetPQA train (0 to 0.3 move its F1 and
 * yes/no by nothing); 0.2 lets the informative value win over a yes/no sibling whose name sits a little closer.
 */
export const BARE_VALUE_PENALTY = 0.2;

/**
 * Added for a passage that states the kind of measure asked ("how tall?" over "7 inches in height", "what
 * age?" over "ages 8 and up"). On hetPQA train (800 questions) 0.1 to 0.3 raise F1 from 0.362 to 0.364–0.366
 * and cut "I don't know" from 37 to 25–28, yes/no the same; 0.2 is the middle.
 */
export const QUANTITY_WEIGHT = 0.2;

/** A value that only says yes or no: "true", "no". */
function isBareValue(value: string): boolean {
  const lower = value.trim().toLowerCase();
  return READING.yesValues.has(lower) || READING.noValues.has(lower);
}

/**
 * Below this score no passage answers the question. Calibrated on hetPQA train (eval/qa/calibrate.ts, 500
 * questions): where as many questions keep their own evidence (95%) as unrelated pages are turned down
 * (94%), for all-MiniLM-L6-v2 and LEXICAL_WEIGHT 1. With attribute names matched (NAME_WEIGHT 1.7) that
 * balance moves to about 0.39, but on train it says "I don't know" 147 times instead of 91 and loses F1
 * (0.319 against 0.323), so it stays.
 */
export const RELEVANCE_THRESHOLD = 0.325;

function dot(a: Float32Array, b: Float32Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += (a[i] ?? 0) * (b[i] ?? 0);
  return sum;
}

/** The text a passage is matched on: a community answer together with the question it answered. */
function matchText(passage: Passage): string {
  return passage.faqQuestion ? `${passage.faqQuestion} ${passage.text}` : passage.text;
}

/**
 * The question as a whole and each of its questions: "where is it made? usa? china?" is closest in
 * meaning to "country of origin: united kingdom" through its first question.
 */
function askedParts(question: string): string[] {
  const parts = question
    .split(/[?？]/)
    .map((part) => part.trim())
    .filter((part) => words(part).length >= 3);
  return [...new Set([question.trim(), ...parts])];
}

/**
 * Says the writer does not know ("not sure, sorry") and little else: such a passage answers nothing.
 * "I don't know but it works fast on a 90 x 90 pool" still says something.
 */
function isUnsure(text: string): boolean {
  const lower = text.toLowerCase().replace(/’/g, "'");
  const phrase = READING.unsure.find((unsure) => lower.includes(unsure));
  return phrase !== undefined && contentTerms(lower.replace(phrase, ' ')).length < 3;
}

/**
 * The passages of a page ordered by how well they answer the question, by words and by meaning. Term
 * weights are their rarity over the page, so "battery" counts more than a word every passage repeats.
 */
export async function rankPassages(
  question: string,
  passages: readonly Passage[],
  embed: TextEmbedder,
  signal?: AbortSignal,
): Promise<RankedPassage[]> {
  // Meaning counts as far as the embedder reads the question's language; shared words make up the rest.
  const trust = EMBEDDER_TRUST[detectLocale(question, 'en')];
  const candidates = passages.filter((p) => !isUnsure(p.text));
  if (candidates.length === 0) return [];
  const termSets = candidates.map((p) => new Set(contentTerms(matchText(p))));
  const frequency = new Map<string, number>();
  for (const terms of termSets) for (const term of terms) frequency.set(term, (frequency.get(term) ?? 0) + 1);
  const asked = [...new Set(contentTerms(question))];
  const weight = (term: string) => Math.log(1 + (candidates.length + 1) / ((frequency.get(term) ?? 0) + 1));
  const total = asked.reduce((sum, term) => sum + weight(term), 0);

  signal?.throwIfAborted();
  const queries = askedParts(question);
  const partTerms = queries.slice(1).map((part) => {
    const terms = [...new Set(contentTerms(part))];
    return { terms, total: terms.reduce((sum, term) => sum + weight(term), 0) };
  });
  const texts = candidates.map(matchText);
  // Attribute names are embedded as passages too, so a later question about the product embeds none.
  const names = candidates.map((p) => p.attribute?.name.trim() ?? '');
  const distinctNames = [...new Set(names.filter(Boolean))];
  const vectors = await embedWithPassageCache(embed, queries, [...texts, ...distinctNames]);
  const queryVectors = vectors.queries;
  const nameVectors = new Map<string, Float32Array>();
  vectors.passages.slice(texts.length).forEach((vector, i) => {
    const name = distinctNames[i];
    if (vector && name) nameVectors.set(name, vector);
  });
  const cosineOf = (vector: Float32Array | undefined) =>
    vector ? trust * Math.max(...queryVectors.map((query) => dot(query, vector))) : 0;
  const yesNo = isYesNoQuestion(question);
  const quantities = askedQuantities(question);
  signal?.throwIfAborted();
  return candidates
    .map((passage, i) => {
      const terms = termSets[i] ?? new Set<string>();
      const share = (list: readonly string[], of: number) =>
        of > 0 ? list.reduce((sum, term) => sum + (terms.has(term) ? weight(term) : 0), 0) / of : 0;
      const whole = share(asked, total);
      // As with meaning, a passage that answers one of several questions fully is not diluted by the rest.
      const coverage = Math.max(whole, ...partTerms.map((part) => share(part.terms, part.total)));
      const cosine = cosineOf(vectors.passages[i]);
      const name = names[i];
      const named = name ? NAME_WEIGHT * cosineOf(nameVectors.get(name)) : 0;
      const bare =
        !yesNo && passage.attribute && isBareValue(passage.attribute.value) ? BARE_VALUE_PENALTY : 0;
      const plainName = name ? cosineOf(nameVectors.get(name)) : 0;
      const measured = statesQuantity(passage.text, quantities, passage.attribute?.name)
        ? QUANTITY_WEIGHT
        : 0;
      const rest = LEXICAL_WEIGHT * coverage - bare + measured;
      return {
        passage,
        score: Math.max(cosine, named) + rest,
        relevance: Math.max(cosine, plainName) + rest,
        coverage,
      };
    })
    .sort((a, b) => b.score - a.score);
}

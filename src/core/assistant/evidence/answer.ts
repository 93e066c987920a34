import type { Product } from '../../catalog/types.ts';
import { messages } from '../../../i18n/messages.ts';
import type { EvidenceMessages } from '../../../i18n/en/evidence.ts';
import { capitalise, statementOf, type Statement } from './compose.ts';
import { productPassages } from './passages.ts';
import { restatement, shortAnswer } from './short-answer.ts';
import { contentTerms } from './terms.ts';
import type { Locale } from '../../../i18n/locale.ts';
import {
  answerPolarity,
  answersHowMuchOnly,
  isYesNoQuestion,
  measureConflicts,
  namesOtherValue,
  statementPolarity,
  valuePolarity,
  type Polarity,
} from './polarity.ts';
import { rankPassages, RELEVANCE_THRESHOLD, type RankedPassage } from './rank.ts';
import type { EvidenceAnswer, EvidenceOptions, Passage } from './types.ts';

/** Other reviews count as saying the same when they score this close to the best passage. */
const REVIEW_MARGIN = 0.25;
/** A question restated longer than this many words is answered in the passage's words instead. */
const RESTATED_WORDS = 10;

interface Reading {
  ranked: RankedPassage;
  statement: Statement;
  polarity?: Polarity;
}

/** What a passage says to a yes/no question, if it says yes or no. */
function saidBy(statement: Statement, question: string): Polarity | undefined {
  // "220 volts?" against "Voltage: 120 V" is a no, whatever else the passage says.
  if (measureConflicts(question, statement.body)) return 'no';
  // A measure that is no answer to a measure asked ("is it heavy?" over "Weight: 1.24 kg") says neither.
  if (answersHowMuchOnly(question, statement.value)) return undefined;
  // "有红轴的吗" over "轴体: 茶轴" asks for another value of its kind: a no.
  const { value } = statement;
  if (value !== undefined && valuePolarity(value) === undefined && namesOtherValue(question, value))
    return 'no';
  return statementPolarity(statement, question);
}

function read(text: EvidenceMessages, ranked: RankedPassage, question: string, yesNo: boolean): Reading {
  const statement = statementOf(ranked.passage, question, text.values);
  const said = yesNo ? saidBy(statement, question) : undefined;
  return { ranked, statement, polarity: answerPolarity(question, said) };
}

/**
 * The question's own statement when a yes confirms it: every one of its subject terms stands in the
 * passage ("is it standard size?" over "this is a standard size minifigure"). One it does not hold is a
 * claim the passage does not make ("will it fit a 23” doll?" over "fits any doll up to 18 inches"), so the
 * passage's own words answer. A statement this long reads better as the passage's own words too.
 */
function confirmedRestatement(
  question: string,
  statement: Statement,
  locale: Locale,
  polarity: Polarity,
): string | undefined {
  const restated = restatement(question, locale, polarity);
  if (!restated || restated.length > RESTATED_WORDS) return undefined;
  const asked = [...new Set(contentTerms(restated.join(' ')))];
  if (asked.length === 0) return undefined;
  const held = new Set(contentTerms(statement.body));
  return asked.every((term) => held.has(term)) ? restated.join(' ') : undefined;
}

function reply(
  text: EvidenceMessages,
  reading: Reading,
  source: string,
  asked: { question: string; locale: Locale },
): string {
  const { body } = reading.statement;
  const { polarity } = reading;
  if (!polarity) return text.answer(capitalise(body), source);
  const restated = confirmedRestatement(asked.question, reading.statement, asked.locale, polarity);
  if (restated)
    return polarity === 'yes' ? text.yesRestated(restated, source) : text.noRestated(restated, source);
  const short = shortAnswer(asked.question, polarity, asked.locale);
  return polarity === 'yes' ? text.yes(body, source, short) : text.no(body, source, short);
}

/** The best passage of each review that answers about as well as the best one, best first. */
function answeringReviews(ranked: readonly RankedPassage[], best: RankedPassage): RankedPassage[] {
  const floor = Math.max(RELEVANCE_THRESHOLD, best.score - REVIEW_MARGIN);
  const seen = new Set<number>();
  return ranked.filter((r) => {
    const index = r.passage.review?.index;
    if (index === undefined || r.score < floor || seen.has(index)) return false;
    seen.add(index);
    return true;
  });
}

function reviewAnswer(
  text: EvidenceMessages,
  asked: { question: string; locale: Locale },
  readings: Reading[],
  total: number,
): EvidenceAnswer {
  const [best] = readings;
  const passages: Passage[] = readings.map((r) => r.ranked.passage);
  if (!best) return { text: text.dontKnow, passages: [], dontKnow: true };
  const yes = readings.filter((r) => r.polarity === 'yes');
  const no = readings.filter((r) => r.polarity === 'no');
  const [firstYes] = yes;
  const [firstNo] = no;
  if (firstYes && firstNo)
    return {
      text: text.disagree(yes.length, firstYes.statement.body, no.length, firstNo.statement.body, total),
      passages: [firstYes.ranked.passage, firstNo.ranked.passage],
      dontKnow: false,
    };
  const source = readings.length > 1 ? text.reviewers(readings.length, total) : text.source.review;
  return {
    text: reply(text, best, source, asked),
    passages,
    ...(best.polarity ? { polarity: best.polarity } : {}),
    dontKnow: false,
  };
}

/**
 * Answers an open question about one product from all of its evidence: attributes, title, description,
 * highlights, reviews, community answers and policies (the store's when the product has none). It quotes
 * the passage that answers best, by words and meaning, names its source, opens with Yes or No when a
 * yes/no question's evidence says which (a yes the passage confirms in the question's own words: "Yes,
 * it comes with a battery"; a measure other than the one asked is a no), reports reviews that disagree,
 * and says it does not know when no passage is relevant enough.
 *
 * ```ts
 * const answer = await answerFromEvidence('how many volts?', drill, { embed, locale: 'en' });
 * // answer.text: "Voltage: 12 V (specs)."
 * ```
 */
export async function answerFromEvidence(
  question: string,
  product: Product,
  options: EvidenceOptions,
): Promise<EvidenceAnswer> {
  const text = messages(options.locale).evidence;
  const passages = productPassages(product, text, options.storePolicies);
  const ranked = await rankPassages(question, passages, options.embed, options.signal);
  const [top] = ranked;
  if (!top || top.relevance < RELEVANCE_THRESHOLD)
    return { text: text.dontKnow, passages: [], dontKnow: true };
  const yesNo = isYesNoQuestion(question);
  if (top.passage.source === 'review') {
    const readings = answeringReviews(ranked, top).map((r) => read(text, r, question, yesNo));
    return reviewAnswer(text, { question, locale: options.locale }, readings, product.reviews.length);
  }
  const reading = read(text, top, question, yesNo);
  return {
    text: reply(text, reading, top.passage.sourceLabel, { question, locale: options.locale }),
    passages: [top.passage],
    ...(reading.polarity ? { polarity: reading.polarity } : {}),
    dontKnow: false,
  };
}

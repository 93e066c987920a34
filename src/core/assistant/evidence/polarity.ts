import { findNumbers, joinsRange } from '../../text/numbers.ts';
import { withoutAsides, words } from '../../text/segment.ts';
import { READING } from './lexicon.ts';
import { contentTerms } from './terms.ts';

export type Polarity = 'yes' | 'no';

/** The first question of a message: "does it need batteries? and if so what kind?" asks the first. */
function firstQuestion(question: string): string {
  const end = question.search(/[?？]/);
  return end > 0 ? question.slice(0, end) : question;
}

/**
 * Whether a question wants a yes or a no: it opens with an auxiliary ("does", "is", "是否"), ends with a
 * question particle (吗), or is a bare statement asked ("batteries included?"), and is not a choice
 * between things ("is it red or blue?") or an open question ("what", "how").
 */
export function isYesNoQuestion(question: string): boolean {
  const asked = firstQuestion(question);
  const opening = asked.trim().toLowerCase();
  if (READING.requests.some((request) => opening.startsWith(request))) return false;
  const list = words(asked);
  const [first] = list;
  if (first === undefined) return false;
  // "red or blue?" asks to choose; "…, or does it need more?" and "or not" still ask yes or no.
  const choice = list.some((w, i) => {
    const next = list[i + 1];
    return w === 'or' && next !== undefined && next !== 'not' && !READING.auxiliaries.has(next);
  });
  if (choice) return false;
  if (READING.auxiliaries.has(first)) return true;
  // "what's it made of?": a wh-word with a contraction on it asks a wh-question all the same, and so
  // does one typed without the apostrophe ("whats the size?", "hows the battery?").
  if (list.some(isWhWord)) return false;
  const last = list[list.length - 1];
  if (last !== undefined && READING.questionParticles.has(last)) return true;
  return list.some((w) => READING.auxiliaries.has(w)) || /[?？]/.test(question);
}

/** A wh-word, with a contraction on it or not: "what", "what's", "whats". */
function isWhWord(word: string): boolean {
  const bare = word.split("'")[0] ?? word;
  return READING.whWords.has(bare) || (bare.endsWith('s') && READING.whWords.has(bare.slice(0, -1)));
}

/** A question asked in the negative ("doesn't it need batteries?") flips what yes and no mean. */
export function isNegativeQuestion(question: string): boolean {
  const [first] = words(firstQuestion(question));
  return first !== undefined && READING.negations.has(first) && READING.auxiliaries.has(first);
}

/** The polarity a short value states on its own: "Yes, 2 Ah" is yes, "false" and "none" are no. */
export function valuePolarity(value: string): Polarity | undefined {
  const [first] = words(value);
  if (first === undefined) return undefined;
  if (READING.noValues.has(first)) return 'no';
  if (READING.yesValues.has(first)) return 'yes';
  return undefined;
}

/**
 * The phrases that only look negative ("no problems", "不错"), less those about what the question asks:
 * "no problems with rust" praises a product asked "does it fit?" but says no to "any problems with rust?".
 */
export function lookAlikeNegations(question: string): readonly string[] {
  const asked = new Set(contentTerms(question));
  return READING.notNegating.filter((phrase) => !contentTerms(phrase).some((term) => asked.has(term)));
}

/** Whether a statement is negated: a negation word outside the phrases that only look negative. */
export function isNegated(text: string, lookAlikes: readonly string[] = READING.notNegating): boolean {
  let lower = text.toLowerCase().replace(/’/g, "'");
  for (const phrase of lookAlikes) lower = lower.split(phrase).join(' ');
  return words(lower).some((w) => READING.negations.has(w) || w.endsWith("n't"));
}

/**
 * What a relevant passage says to a yes/no question: an explicit yes or no it opens with, else the value
 * of a yes/no attribute, else no when the clause about the question is negated, else yes: a passage that
 * answers "does it have a drain plug?" with "drain plug is in the bottom" affirms it (measured on hetPQA
 * train, requiring the passage to repeat the question's words as well lost more right yeses than it saved
 * wrong ones).
 */
export function statementPolarity(
  statement: { lead?: Polarity; value?: string; scope: string },
  question: string,
): Polarity {
  if (statement.lead) return statement.lead;
  if (statement.value !== undefined) {
    const value = valuePolarity(statement.value);
    if (value) return value;
  }
  return isNegated(statement.scope, lookAlikeNegations(question)) ? 'no' : 'yes';
}

/**
 * Whether a value is nothing but measures ("1.24 kg", "5000mAh", "13.6 x 9 in") and the question names
 * none: the value says how much, not yes or no, so "is it heavy?" gets the weight without a "yes".
 */
export function answersHowMuchOnly(question: string, value: string | undefined): boolean {
  if (value === undefined || findNumbers(question).some((m) => m.kind === 'number')) return false;
  const numbers = findNumbers(value).filter((m) => m.kind === 'number');
  if (numbers.length === 0) return false;
  let rest = value;
  for (const m of [...numbers].sort((a, b) => b.start - a.start))
    rest = rest.slice(0, m.start) + rest.slice(m.end);
  return !/[\p{L}]{2,}/u.test(rest.replace(/\b[x×]\b/giu, ''));
}

/**
 * Whether a question names another value of the kind an attribute's value is: a Chinese compound names
 * its kind by its last character, so "有红轴的吗" over "轴体: 茶轴" asks for a 轴 the product does not have,
 * while "是玻璃的吗" over "高硼硅玻璃" names the value's own kind. Words in brackets only explain a value.
 */
export function namesOtherValue(question: string, value: string | undefined): boolean {
  if (value === undefined) return false;
  const valueWords = withoutAsides(value).match(/\p{Script=Han}{2,}/gu) ?? [];
  const asked = question.match(/\p{Script=Han}{2,}/gu) ?? [];
  const negations = [...READING.negations].filter((word) => /\p{Script=Han}/u.test(word));
  return valueWords.some((word) => {
    // "不含BPA" says what it is not: no kind of thing.
    if (negations.some((negation) => word.startsWith(negation))) return false;
    const kind = word.slice(-1);
    if (asked.some((run) => run.includes(word))) return false;
    return asked.some((run) =>
      [...run].some((char, at) => {
        if (at === 0 || char !== kind) return false;
        const named = run.slice(at - 1, at + 1);
        return !word.endsWith(named);
      }),
    );
  });
}

/** The reply's polarity: what the passage says, turned round for a question asked in the negative. */
export function answerPolarity(question: string, said: Polarity | undefined): Polarity | undefined {
  if (said === undefined || !isNegativeQuestion(question)) return said;
  return said === 'yes' ? 'no' : 'yes';
}

/** Units whose numbers say what a thing measures; ages ("for a 5 year old") read as limits, not measures. */
const NOT_MEASURES: ReadonlySet<string> = new Set(['year', 'star', 'stock', 'clock', 'percent']);

/**
 * Whether a passage states a measure other than the one a question asks about, in the same unit:
 * "will it take 220 volts?" against "Voltage: 120 V". A range ("2-3 inches") or a limit ("up to 12 V")
 * holds what falls inside it; a passage with no number in that unit does not conflict.
 */
export function measureConflicts(question: string, passage: string): boolean {
  const asked = findNumbers(question).filter(
    (m) => m.kind === 'number' && m.unit !== undefined && !NOT_MEASURES.has(m.unit) && !m.bound,
  );
  if (asked.length === 0) return false;
  const all = findNumbers(passage);
  // "2 - 4 inches": the unit written once holds for both ends of the range.
  const stated = all.flatMap((m, i) => {
    if (m.kind !== 'number') return [];
    const next = all[i + 1];
    const unit =
      m.unit ?? (next?.unit && joinsRange(passage.slice(m.end, next.start).trim()) ? next.unit : undefined);
    return unit === undefined ? [] : [{ ...m, unit }];
  });
  return asked.some((want) => {
    const same = stated.filter((m) => m.unit === want.unit);
    if (same.length === 0) return false;
    const values = same.map((m) => m.value);
    const held = same.some(
      (m) =>
        Math.abs(m.value - want.value) < 1e-9 ||
        (m.bound === 'max' && want.value <= m.value) ||
        (m.bound === 'min' && want.value >= m.value),
    );
    return (
      !held && !(same.length > 1 && want.value >= Math.min(...values) && want.value <= Math.max(...values))
    );
  });
}

import { clauses, joinClauses } from '../../text/clauses.ts';
import { words } from '../../text/segment.ts';
import { attributeDimension } from '../../text/units.ts';
import { READING } from './lexicon.ts';
import { lookAlikeNegations, valuePolarity, type Polarity } from './polarity.ts';
import { askedQuantities, statesQuantity } from './quantity.ts';
import { contentTerms } from './terms.ts';
import type { Passage } from './types.ts';
import { escapeRegExp as escape } from '../../text/regex.ts';

/** The part of a passage a reply quotes, and an explicit yes or no it opened with. */
export interface Statement {
  body: string;
  lead?: Polarity;
  /** An attribute's value, read for yes/no ("Battery included: Yes, 2 Ah"). */
  value?: string;
  /** The clauses of the body about the question's subject: where a negation counts. */
  scope: string;
}

/** A passage this short is quoted whole; a longer one is cut to the clauses about the question. */
const WHOLE_WORDS = 12;
/** A quoted stretch grows from its best clause until it has this many words. */
const MIN_WORDS = 6;

const HEDGE = new RegExp(
  `^(?:(?:${READING.hedges.map(escape).join('|')})(?![\\p{L}\\p{N}])[\\s,.!:;—–-]*)+`,
  'iu',
);
// "I think not, …" opens with a no as much as "No, …" does.
const EXPLICIT =
  /^(yes|yeah|yep|yup|no|nope|not(?=\s*[,.!;])|是的|是|对|不是|不|没有)(?![\p{L}\p{N}'])[\s,.!:;—–-]*/iu;

/** Opening hedges and an explicit yes/no taken off a shopper's sentence: "hello, yes i think it fits" → "it fits", yes. */
export function trimOpening(
  text: string,
  lookAlikes: readonly string[] = READING.notNegating,
): { body: string; lead?: Polarity } {
  let body = text.trim().replace(HEDGE, '');
  let lead: Polarity | undefined;
  // "No problems with rust" opens with "no" but says nothing against a question that asks no such thing.
  const lower = body.toLowerCase();
  const looksNegative = lookAlikes.some((phrase) => lower.startsWith(phrase));
  const explicit = looksNegative ? null : EXPLICIT.exec(body);
  if (explicit?.[1]) {
    const word = explicit[1].toLowerCase();
    lead = /^(no|nope|not|不是|不|没有)$/.test(word) ? 'no' : 'yes';
    const rest = body.slice(explicit[0].length).replace(HEDGE, '');
    // A bare "yes." keeps its word as the body; otherwise the reply's own Yes/No replaces it.
    body = rest.trim() ? rest : body;
  }
  return { body: body.trim(), lead };
}

const heldTerms = (text: string, asked: ReadonlySet<string>) =>
  contentTerms(text).filter((term) => asked.has(term)).length;

/**
 * How much of a question a clause answers: the question's terms it holds, and one more when it states the
 * kind of measure asked ("how many players?" over "from 2 players to 10").
 */
function answering(question: string): (clause: string) => number {
  const asked = new Set(contentTerms(question));
  const quantities = askedQuantities(question);
  return (clause) => heldTerms(clause, asked) + (statesQuantity(clause, quantities) ? 1 : 0);
}

/**
 * The stretch of clauses of a long passage that holds most of the question's terms, grown to
 * MIN_WORDS; the whole passage when no clause holds more of them than another (a list of colours).
 */
function focus(text: string, question: string): string {
  if (words(text).length <= WHOLE_WORDS) return text;
  const parts = clauses(text, WHOLE_WORDS);
  const score = answering(question);
  const held = parts.map((part) => score(part.text));
  if (Math.max(...held) === Math.min(...held)) return text;
  let best = 0;
  held.forEach((count, i) => {
    if (count > (held[best] ?? 0)) best = i;
  });
  let start = best;
  let end = best + 1;
  const stretch = () => joinClauses(parts.slice(start, end));
  while (words(stretch()).length < MIN_WORDS && (start > 0 || end < parts.length)) {
    const before = start > 0 ? (held[start - 1] ?? 0) : -1;
    const after = end < parts.length ? (held[end] ?? 0) : -1;
    if (after >= before) end++;
    else start--;
  }
  return stretch().trim();
}

/**
 * The clauses of a text that hold the most of the question's terms (all of it when none holds any):
 * "compatible with ipad 1-4 (ipad device not included)" answers "does it fit ipad 1" in its first clause.
 */
function scopeOf(text: string, question: string): string {
  const asked = new Set(contentTerms(question));
  const parts = clauses(text, WHOLE_WORDS);
  const held = parts.map((part) => heldTerms(part.text, asked));
  const most = Math.max(0, ...held);
  return most === 0
    ? text
    : parts
        .filter((_, i) => held[i] === most)
        .map((part) => part.text)
        .join(', ');
}

/** What a reply quotes from a passage: an attribute as it stands, else the clauses about the question, hedges off. */
export function statementOf(
  passage: Passage,
  question: string,
  yesNo: { yes: string; no: string },
): Statement {
  const { attribute } = passage;
  if (attribute) {
    // A bare true/false reads as the reply's own yes or no: "Batteries required: no"; a measure's
    // number does not ("Weight: 1" is one kilogram or pound, not yes).
    const polarity =
      words(attribute.value).length === 1 && attributeDimension(attribute.name) === undefined
        ? valuePolarity(attribute.value)
        : undefined;
    const value = polarity ? yesNo[polarity] : attribute.value;
    return {
      body: `${attribute.name}: ${value}`,
      value: attribute.value,
      scope: attribute.value,
    };
  }
  const { body, lead } = trimOpening(passage.text, lookAlikeNegations(question));
  // A shopper's answer was written for a question like this one: it is quoted whole unless it rambles.
  const focused = (
    passage.source === 'faq' && words(body).length <= 2 * WHOLE_WORDS ? body : focus(body, question)
  )
    .replace(/[\s.,;:!?。！？，]+$/u, '')
    .trim();
  const quoted = focused || body;
  return { body: quoted, lead, scope: scopeOf(quoted, question) };
}

/** A sentence start for a reply that opens with the quote. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

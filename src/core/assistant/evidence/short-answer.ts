import type { Locale } from '../../../i18n/locale.ts';
import { words } from '../../text/segment.ts';
import { evidenceLexicon, type ShortAnswerGrammar } from './lexicon.ts';
import type { Polarity } from './polarity.ts';

/** The question's first clause as written: "does it come with a train? and…" → "does it come with a train". */
function firstClause(question: string): string {
  const end = question.search(/[?？,，;；]|\s(?:or|and|but)\s/i);
  return (end > 0 ? question.slice(0, end) : question).trim();
}

/**
 * The short answer a yes/no question invites in languages that have one: "does this need batteries?"
 * → { subject: 'it', verb: "doesn't" } for no. Undefined when the question does not open with an
 * auxiliary the lexicon knows, or the language answers with a plain yes.
 */
export function shortAnswer(
  question: string,
  polarity: Polarity,
  locale: Locale,
): { subject: string; verb: string } | undefined {
  const grammar = evidenceLexicon(locale).shortAnswers;
  const [auxiliary, next] = words(question);
  if (!grammar || !auxiliary || next === undefined) return undefined;
  const negative = grammar.negative[auxiliary];
  if (negative === undefined) return undefined;
  // A "there" question keeps its verb as asked: "are there spares?" → "there are".
  const subject = grammar.subjects[next] ?? grammar.nounSubject[auxiliary] ?? 'it';
  const forms = grammar.forms[auxiliary];
  const verb =
    forms && subject !== 'there'
      ? grammar.singular.has(subject)
        ? forms.singular
        : forms.plural
      : auxiliary;
  return { subject, verb: polarity === 'yes' ? verb : (grammar.negative[verb] ?? negative) };
}

/** A verb as "it" takes it: have → has, fit → fits, match → matches, carry → carries. */
function thirdPerson(verb: string, grammar: ShortAnswerGrammar): string {
  const irregular = grammar.thirdPerson[verb];
  if (irregular) return irregular;
  // Asked as "does it needs…": already the "it" form.
  if (/[^s]s$/.test(verb)) return verb;
  if (/(?:s|sh|ch|x|z|o)$/.test(verb)) return `${verb}es`;
  if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ies`;
  return `${verb}s`;
}

/**
 * A yes/no question turned into the statement a yes affirms, in its own words: "does it come with a
 * train?" → "it comes with a train", "can i use it with my ipad?" → "you can use it with your ipad".
 * Only for a question that opens with an auxiliary and a pronoun, and only its first clause; undefined
 * otherwise, or where the language answers with a plain yes.
 */
export function restatement(question: string, locale: Locale, polarity: Polarity = 'yes'): string[] | undefined {
  const grammar = evidenceLexicon(locale).shortAnswers;
  // The rest is kept as written ("a 23” doll"), one word per space-separated piece.
  const [auxiliary, subject, ...rest] = firstClause(question)
    .split(/\s+/)
    .map((piece, i) => (i < 2 ? (words(piece)[0] ?? '') : piece));
  if (!grammar || !auxiliary || !subject || rest.length === 0) return undefined;
  const pronoun = grammar.subjects[subject];
  if (grammar.negative[auxiliary] === undefined || pronoun === undefined) return undefined;
  const [verb, ...after] = rest;
  if (verb === undefined) return undefined;
  // "this" may open a noun ("is this doll…", "does this kit come…"): restated only where an article or
  // preposition follows, so the subject is the demonstrative alone ("is this a…", "does this come with…").
  const isDo = auxiliary === 'do' || auxiliary === 'does';
  const next = isDo ? after[0] : verb;
  if (grammar.determiners.has(subject) && !(next !== undefined && grammar.phraseOpeners.has(next)))
    return undefined;
  const turned = (list: readonly string[]) => list.map((w) => grammar.pointOfView[w.toLowerCase()] ?? w);
  const forms = grammar.forms[auxiliary];
  const singular = grammar.singular.has(pronoun);
  // "does it fit" → "it fits"; "do they fit" → "they fit"; "is it" → "it is"; "can i" → "you can".
  if (isDo) return [pronoun, singular ? thirdPerson(verb, grammar) : verb, ...turned(after)];
  if (auxiliary === 'did') return undefined;
  const finite = forms && pronoun !== 'there' ? (singular ? forms.singular : forms.plural) : auxiliary;
  return [pronoun, finite, ...turned(rest)];
}

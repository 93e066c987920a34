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
 * A yes/no question turned into the statement a yes affirms, or a no denies, in its own words: "does it
 * come with a train?" → "it comes with a train" (no: "it doesn't come with a train"), "can i use it with
 * my ipad?" → "you can use it with your ipad", "does the kitchen come with pots?" → "the kitchen comes
 * with pots". Only a question that opens with an auxiliary and a pronoun or a one-word noun, and only its
 * first clause; undefined otherwise, or where the language answers with a plain yes.
 */
export function restatement(
  question: string,
  locale: Locale,
  polarity: Polarity = 'yes',
): string[] | undefined {
  const grammar = evidenceLexicon(locale).shortAnswers;
  // Kept as written ("a 23” doll"), one word per space-separated piece; the opening words read as words.
  const pieces = firstClause(question).split(/\s+/);
  const [auxiliary, subject] = pieces.slice(0, 2).map((piece) => words(piece)[0] ?? '');
  if (!grammar || !auxiliary || !subject || grammar.negative[auxiliary] === undefined) return undefined;
  const isDo = auxiliary === 'do' || auxiliary === 'does';
  if (auxiliary === 'did') return undefined;
  const forms = grammar.forms[auxiliary];
  // "do" and the modals ("will", "can") take a bare verb after their subject, as "be" and "have" do not.
  const bareVerb = isDo || forms === undefined;
  // An article or preposition after the verb shows where the subject ends: "does this come with…" has
  // the subject "this", "does this kit come with…" the subject "this kit"; "is this doll made…" neither.
  const opens = (at: number) => grammar.phraseOpeners.has((pieces[at] ?? '').toLowerCase());
  const pronoun = grammar.subjects[subject];
  let subjectWords: string[];
  let at: number;
  if (pronoun !== undefined && !(grammar.determiners.has(subject) && !opens(bareVerb ? 3 : 2))) {
    subjectWords = [pronoun];
    at = 2;
  } else if (grammar.determiners.has(subject) && pieces[2] !== undefined && opens(bareVerb ? 4 : 3)) {
    subjectWords = pieces.slice(1, 3).map((w) => w.toLowerCase());
    at = 3;
  } else return undefined;
  const rest = pieces.slice(at);
  const turned = (list: readonly string[]) => list.map((w) => grammar.pointOfView[w.toLowerCase()] ?? w);
  const [verb, ...after] = rest;
  if (verb === undefined) return undefined;
  const singular =
    subjectWords.length === 1 ? grammar.singular.has(subjectWords[0] ?? '') : forms?.singular === auxiliary;
  const there = subjectWords[0] === 'there';
  const finite = forms && !there ? (singular ? forms.singular : forms.plural) : auxiliary;
  // A no keeps the auxiliary, negated: "it doesn't fit", "they aren't waterproof", "you can't wash it".
  if (polarity === 'no') {
    const denied = grammar.negative[finite];
    if (denied === undefined) return undefined;
    return isDo
      ? [...subjectWords, denied, verb, ...turned(after)]
      : [...subjectWords, denied, ...turned(rest)];
  }
  // "does it fit" → "it fits"; "do they fit" → "they fit"; "is it" → "it is"; "can i" → "you can".
  if (isDo)
    return [...subjectWords, singular ? thirdPerson(verb.toLowerCase(), grammar) : verb, ...turned(after)];
  return [...subjectWords, finite, ...turned(rest)];
}

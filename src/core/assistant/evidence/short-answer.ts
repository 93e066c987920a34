import type { Locale } from '../../../i18n/locale.ts';
import { words } from '../../text/segment.ts';
import { evidenceLexicon } from './lexicon.ts';
import type { Polarity } from './polarity.ts';

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

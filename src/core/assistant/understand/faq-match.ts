import type { FaqEntry } from '../../catalog/types.ts';
import type { Locale } from '../../../i18n/locale.ts';
import { searchTerms } from '../../search/terms.ts';
import type { MeaningMatcher } from './meaning.ts';
import { withoutPhrases } from './phrases.ts';
import type { Vocabulary } from './vocabulary.ts';

/**
 * A store FAQ question counts as asked when the message is at least this close to it in meaning (and,
 * for the intent, at least as close as to any intent's examples): "is there somewhere to leave my car?"
 * is 0.57 from "Is there parking?" and 0.13 from "Do you assemble furniture?". "Show me furniture" is 0.56
 * from the latter, but closer still to the examples of a search.
 */
const FAQ_MIN = 0.5;

/**
 * At least this share of the closeness must stay once the things message and question share are left
 * out: it must come from what they ask, not from what they ask it of. Measured on an outdoor shop's FAQ:
 * "do you rent tents?" keeps 0.87 of its closeness to "Can I rent a tent instead of buying one?", "my tent
 * pole snapped, can you fix that?" 0.56 of its closeness to "Do you repair tents and other gear?"; "can I
 * return a tent if I've slept in it?" keeps 0.47 of its closeness to the renting question, "what other
 * tents have you got?" 0.44 of its closeness to the repairing one, "how much is the Ridgeback 2 tent?" 0.22.
 */
const ASK_SHARE = 0.5;

/** The catalog's words for things (product kinds, names, brands, categories) that a text writes. */
function thingWords(text: string, vocabulary: Vocabulary, wording: ReadonlySet<string>): Set<string> {
  return new Set(searchTerms(text).filter((term) => vocabulary.kinds.has(term) && !wording.has(term)));
}

/** The text without the words whose search terms are all among `things`: what it asks, not what of. */
function withoutThings(text: string, things: ReadonlySet<string>, vocabulary: Vocabulary, locale: Locale) {
  if (locale === 'zh')
    return withoutPhrases(
      text,
      [...vocabulary.chineseWords].filter((word) => things.has(word)),
    );
  return text
    .split(/\s+/)
    .filter((word) => {
      const terms = searchTerms(word);
      return terms.length === 0 || !terms.every((term) => things.has(term));
    })
    .join(' ');
}

/**
 * The store's FAQ entry the message asks and how close it is, matched by meaning: close as a whole, and
 * close in what it asks once the things they share are left out. Undefined when it asks none.
 */
export async function askedFaq(
  text: string,
  faqs: readonly FaqEntry[],
  meaning: MeaningMatcher,
  vocabulary: Vocabulary,
  locale: Locale,
): Promise<{ entry: FaqEntry; score: number } | undefined> {
  const closest = await meaning.closestQuestion(
    text,
    faqs.map((entry) => entry.question),
    locale,
  );
  const entry = closest && closest.score >= FAQ_MIN ? faqs[closest.index] : undefined;
  if (!closest || !entry) return undefined;
  // The things both are about, left out of both: what is left is what each asks of them.
  const wording = meaning.questionTerms(locale);
  const inQuestion = thingWords(entry.question, vocabulary, wording);
  const inMessage = thingWords(text, vocabulary, wording);
  const shared = new Set([...inMessage].filter((term) => inQuestion.has(term)));
  // "Do you sell canoes?" is not "Can I hire a kayak?": each is about a thing the other does not name.
  if (shared.size === 0 && inQuestion.size > 0 && inMessage.size > 0) return undefined;
  if (shared.size > 0) {
    const ask = withoutThings(text, shared, vocabulary, locale);
    const question = withoutThings(entry.question, shared, vocabulary, locale);
    const asks = await meaning.closestQuestion(ask, [question], locale);
    if ((asks?.score ?? 0) < ASK_SHARE * closest.score) return undefined;
  }
  return { entry, score: closest.score };
}

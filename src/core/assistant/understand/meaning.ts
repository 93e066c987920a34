import type { Locale } from '../../../i18n/locale.ts';
import type { TextEmbedder } from '../../search/product-search.ts';
import { EMBEDDER_TRUST } from '../embedder-trust.ts';
import { embedWithPassageCache } from '../evidence/passage-vectors.ts';
import enExemplars from './exemplars/en.json';
import zhExemplars from './exemplars/zh.json';
import { foldANotA } from '../../text/a-not-a.ts';
import { terms as matchTerms } from '../../text/segment.ts';
import type { Intent, Topic } from './turn.ts';

interface ExemplarFile {
  intents: Record<string, string[]>;
  topics: Record<string, string[]>;
}

interface Exemplar<L> {
  label: L;
  text: string;
  terms: Set<string>;
}

/** How close a message is to each intent and each topic, 0 (nothing alike) to 1. */
export interface MeaningScores {
  intents: Map<Intent, number>;
  topics: Map<Topic, number>;
}

const FILES: Record<Locale, ExemplarFile> = { en: enExemplars, zh: zhExemplars };

/** How much the sentence embedder counts against shared words in English; other languages trust it less. */
const EMBEDDING_WEIGHT = 0.75;

function exemplars<L extends string>(groups: Record<string, string[]>): Exemplar<L>[] {
  return Object.entries(groups).flatMap(([label, texts]) =>
    // Written as a shopper's message is read: 重不重 as 重吗.
    texts.map(foldANotA).map((text) => ({ label: label as L, text, terms: new Set(matchTerms(text)) })),
  );
}

/** Cosine similarity; the embedder's vectors are unit length, but nothing here relies on it. */
function cosine(a: Float32Array, b: Float32Array): number {
  let sum = 0;
  let left = 0;
  let right = 0;
  for (let i = 0; i < a.length; i += 1) {
    sum += (a[i] ?? 0) * (b[i] ?? 0);
    left += (a[i] ?? 0) ** 2;
    right += (b[i] ?? 0) ** 2;
  }
  return left > 0 && right > 0 ? sum / Math.sqrt(left * right) : 0;
}

/** Shared words weighted by rarity among the exemplars, as a cosine of the two term sets. */
function overlap(message: Set<string>, exemplar: Set<string>, idf: Map<string, number>): number {
  let shared = 0;
  let left = 0;
  let right = 0;
  for (const term of message) left += (idf.get(term) ?? 1) ** 2;
  for (const term of exemplar) {
    const weight = (idf.get(term) ?? 1) ** 2;
    right += weight;
    if (message.has(term)) shared += weight;
  }
  return left > 0 && right > 0 ? shared / Math.sqrt(left * right) : 0;
}

class LocaleExemplars {
  readonly all: Exemplar<string>[];
  readonly intentCount: number;
  readonly idf = new Map<string, number>();
  readonly words = new Set<string>();
  /** Every matching term of the exemplars: the wording of requests and questions. */
  readonly terms = new Set<string>();
  private vectors: Promise<Float32Array[]> | undefined;

  constructor(file: ExemplarFile) {
    const intents = exemplars<Intent>(file.intents);
    this.intentCount = intents.length;
    this.all = [...intents, ...exemplars<Topic>(file.topics)];
    const documents = new Map<string, number>();
    for (const { terms } of this.all)
      for (const term of terms) documents.set(term, (documents.get(term) ?? 0) + 1);
    for (const [term, count] of documents) this.idf.set(term, Math.log(1 + this.all.length / count));
    for (const { text, terms } of this.all) {
      for (const word of text.toLowerCase().match(/[a-z]+/g) ?? []) this.words.add(word);
      for (const term of terms) this.terms.add(term);
    }
  }

  embedded(embed: TextEmbedder): Promise<Float32Array[]> {
    // A failed embedding is forgotten, so the next question tries again rather than failing for good.
    this.vectors ??= embed(this.all.map((exemplar) => exemplar.text)).catch((error: unknown) => {
      this.vectors = undefined;
      throw error;
    });
    return this.vectors;
  }
}

/**
 * Matches a message to intents and topics by meaning: the exemplar sentences of its language
 * (exemplars/<locale>.json), compared through the sentence embedder and by shared words. The exemplars
 * are embedded once, on first use, and kept for the engine's lifetime.
 */
export class MeaningMatcher {
  private readonly locales = new Map<Locale, LocaleExemplars>();

  constructor(private readonly embed: TextEmbedder | undefined) {}

  /** Every word of the exemplars of a language: what spelling repair aims at. */
  vocabulary(locale: Locale): ReadonlySet<string> {
    return this.of(locale).words;
  }

  /** Every matching term of the exemplars of a language: what requests and questions are worded with. */
  questionTerms(locale: Locale): ReadonlySet<string> {
    return this.of(locale).terms;
  }

  private of(locale: Locale): LocaleExemplars {
    let found = this.locales.get(locale);
    if (!found) {
      found = new LocaleExemplars(FILES[locale]);
      this.locales.set(locale, found);
    }
    return found;
  }

  /**
   * Which of the given questions (a store's FAQ) the message asks, by meaning: the closest one's index
   * and its cosine, weighed by how well the embedder reads the message's language. Undefined without
   * questions or an embedder. The questions' vectors are cached with the evidence passages.
   */
  async closestQuestion(
    text: string,
    questions: readonly string[],
    locale: Locale,
  ): Promise<{ index: number; score: number } | undefined> {
    if (!this.embed || questions.length === 0) return undefined;
    const { queries, passages } = await embedWithPassageCache(this.embed, [text], questions);
    const [query] = queries;
    if (!query) return undefined;
    let best: { index: number; score: number } | undefined;
    passages.forEach((vector, index) => {
      const score = vector ? EMBEDDER_TRUST[locale] * cosine(vector, query) : 0;
      if (score > (best?.score ?? -Infinity)) best = { index, score };
    });
    return best;
  }

  async score(text: string, locale: Locale): Promise<MeaningScores> {
    const set = this.of(locale);
    const terms = new Set(matchTerms(text));
    let similarities: number[] | undefined;
    if (this.embed) {
      const [vectors, [query]] = await Promise.all([set.embedded(this.embed), this.embed([text])]);
      if (query) similarities = vectors.map((vector) => cosine(vector, query));
    }
    const weight = similarities ? EMBEDDING_WEIGHT * EMBEDDER_TRUST[locale] : 0;
    const intents = new Map<Intent, number>();
    const topics = new Map<Topic, number>();
    set.all.forEach((exemplar, index) => {
      const lexical = overlap(terms, exemplar.terms, set.idf);
      const score = weight * (similarities?.[index] ?? 0) + (1 - weight) * lexical;
      const into = (index < set.intentCount ? intents : topics) as Map<string, number>;
      if (score > (into.get(exemplar.label) ?? -1)) into.set(exemplar.label, score);
    });
    return { intents, topics };
  }
}

import type { Locale } from '../../../i18n/locale.ts';
import type { TextEmbedder } from '../../search/product-search.ts';
import { EMBEDDER_TRUST } from '../../search/embedder-trust.ts';
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

/**
 * The clauses of a message of several ("我开车来，停车要收费吗？" → 我开车来, 停车要收费吗): a shopper often
 * asks in one clause what the others lead up to. Empty for a message of one clause.
 */
export function clausesOf(text: string): string[] {
  const parts = text
    .split(/[,，;；。.!！?？]+/u)
    .map((part) => part.trim())
    .filter((part) => part.replace(/[\p{P}\p{S}\s]/gu, '').length >= 2);
  return parts.length > 1 ? parts : [];
}

const HAN_CHAR = /^\p{Script=Han}$/u;

/**
 * The matching terms of a message, less the single Chinese characters that stand only inside the catalog's
 * own words in it: the 口 of 口红 is not the 口 of 口碑, nor the 红 of 红色.
 */
function messageTerms(text: string, catalogWords: ReadonlySet<string>): Set<string> {
  const terms = new Set(matchTerms(text));
  let rest = text;
  for (const word of catalogWords)
    if (word.length > 1 && rest.includes(word)) rest = rest.split(word).join(' ');
  if (rest === text) return terms;
  for (const term of terms) if (HAN_CHAR.test(term) && !rest.includes(term)) terms.delete(term);
  return terms;
}

/** How rare each term is among some texts: log(1 + texts / texts holding it). */
function rarity(termSets: readonly Set<string>[]): Map<string, number> {
  const documents = new Map<string, number>();
  for (const terms of termSets) for (const term of terms) documents.set(term, (documents.get(term) ?? 0) + 1);
  const idf = new Map<string, number>();
  for (const [term, count] of documents) idf.set(term, Math.log(1 + termSets.length / count));
  return idf;
}

/**
 * Shared words weighted by rarity among the exemplars, as a cosine of the two term sets; a term no
 * exemplar has weighs `unseen`.
 */
function overlap(message: Set<string>, exemplar: Set<string>, idf: Map<string, number>, unseen = 1): number {
  let shared = 0;
  let left = 0;
  let right = 0;
  for (const term of message) left += (idf.get(term) ?? unseen) ** 2;
  for (const term of exemplar) {
    const weight = (idf.get(term) ?? unseen) ** 2;
    right += weight;
    if (message.has(term)) shared += weight;
  }
  return left > 0 && right > 0 ? shared / Math.sqrt(left * right) : 0;
}

class LocaleExemplars {
  readonly all: Exemplar<string>[];
  readonly intentCount: number;
  readonly idf: Map<string, number>;
  readonly words = new Set<string>();
  /** Every matching term of the exemplars: the wording of requests and questions. */
  readonly terms = new Set<string>();
  private vectors: Promise<Float32Array[]> | undefined;

  constructor(file: ExemplarFile) {
    const intents = exemplars<Intent>(file.intents);
    this.intentCount = intents.length;
    this.all = [...intents, ...exemplars<Topic>(file.topics)];
    this.idf = rarity(this.all.map((exemplar) => exemplar.terms));
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
   * Which of the given questions (a store's FAQ) the message asks, or one of its clauses asks: the closest
   * one's index and its score, the cosine weighed by how well the embedder reads the message's language,
   * or where more, meaning and shared words blended as for the exemplars (what carries a Chinese
   * question). Undefined without questions or an embedder. The questions' vectors are cached with the
   * evidence passages.
   */
  async closestQuestion(
    text: string,
    questions: readonly string[],
    locale: Locale,
  ): Promise<{ index: number; score: number } | undefined> {
    if (!this.embed || questions.length === 0) return undefined;
    const asked = [text, ...clausesOf(text)];
    const { queries, passages } = await embedWithPassageCache(this.embed, asked, questions);
    const questionTerms = questions.map((question) => new Set(matchTerms(question)));
    // Rarity among the exemplars: the words every question is asked with (有什么, 吗, "do you") weigh
    // little, and a word no exemplar has (停车, 专票) weighs as the rarest.
    const exemplars = this.of(locale);
    const unseen = Math.log(1 + exemplars.all.length);
    const trust = EMBEDDER_TRUST[locale];
    const weight = EMBEDDING_WEIGHT * trust;
    let best: { index: number; score: number } | undefined;
    queries.forEach((query, at) => {
      const terms = new Set(matchTerms(asked[at] ?? ''));
      passages.forEach((vector, index) => {
        const similarity = vector ? cosine(vector, query) : 0;
        const lexical = overlap(terms, questionTerms[index] ?? new Set(), exemplars.idf, unseen);
        const score = Math.max(trust * similarity, weight * similarity + (1 - weight) * lexical);
        if (score > (best?.score ?? -Infinity)) best = { index, score };
      });
    });
    return best;
  }

  /**
   * How close the message is to each intent and each topic. Intents are read from the whole message;
   * a topic from the whole or from one of its clauses ("东西买回去不想要了，可以退吗" asks 可以退吗).
   * `catalogWords`: the catalog's Chinese words, whose characters are not words of their own.
   */
  async score(
    text: string,
    locale: Locale,
    catalogWords: ReadonlySet<string> = new Set(),
  ): Promise<MeaningScores> {
    const set = this.of(locale);
    const asked = [text, ...clausesOf(text)];
    const termSets = asked.map((part) => messageTerms(part, catalogWords));
    let similarities: number[][] | undefined;
    if (this.embed) {
      const [vectors, queries] = await Promise.all([set.embedded(this.embed), this.embed(asked)]);
      similarities = queries.map((query) => vectors.map((vector) => cosine(vector, query)));
    }
    const weight = similarities ? EMBEDDING_WEIGHT * EMBEDDER_TRUST[locale] : 0;
    const intents = new Map<Intent, number>();
    const topics = new Map<Topic, number>();
    set.all.forEach((exemplar, index) => {
      const isIntent = index < set.intentCount;
      const into = (isIntent ? intents : topics) as Map<string, number>;
      (isIntent ? [0] : asked.map((_, at) => at)).forEach((at) => {
        const lexical = overlap(termSets[at] ?? new Set(), exemplar.terms, set.idf);
        const score = weight * (similarities?.[at]?.[index] ?? 0) + (1 - weight) * lexical;
        if (score > (into.get(exemplar.label) ?? -1)) into.set(exemplar.label, score);
      });
    });
    return { intents, topics };
  }
}

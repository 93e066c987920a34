import type { Locale } from '../../../i18n/locale.ts';
import type { TextEmbedder } from '../../search/product-search.ts';

/** Where on a product's page a passage comes from. */
export type PassageSource = 'attribute' | 'title' | 'description' | 'highlight' | 'review' | 'faq' | 'policy';

/** One stretch of a product's evidence that can answer a question on its own. */
export interface Passage {
  /** The passage as a shopper would read it: "Voltage: 12 V", a sentence, a shopper's answer. */
  text: string;
  source: PassageSource;
  /** Who or what says it, in the reply's language: "product sheet", "3 of 8 reviewers". */
  sourceLabel: string;
  /** For an attribute: its name and value as the catalog holds them. */
  attribute?: { name: string; value: string };
  /** For a review: which review of the product (0-based), and its stars. */
  review?: { index: number; rating: number };
  /** For a community answer: the question it answered, when the catalog has it. */
  faqQuestion?: string;
}

/** The store's own policies, used when the product states none of its own. */
export interface StorePolicies {
  returns?: string;
  warranty?: string;
  shipping?: string;
}

export interface EvidenceOptions {
  /** The sentence embedder (all-MiniLM-L6-v2 in the app): texts in, unit vectors out. */
  embed: TextEmbedder;
  /** The language to reply in; the question may be in either. */
  locale: Locale;
  storePolicies?: StorePolicies;
  signal?: AbortSignal;
}

/** A reply to an open product question, composed from the passages it quotes. */
export interface EvidenceAnswer {
  /** The reply, source named, in the requested language. */
  text: string;
  /** The passages the reply is built from, best first; empty when it does not know. */
  passages: Passage[];
  /** Set when the question is a yes/no one and the evidence says which. */
  polarity?: 'yes' | 'no';
  /** True when nothing on the product's page answers the question. */
  dontKnow: boolean;
}

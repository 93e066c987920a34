/** English evidence messages. Functions take what varies; the Chinese file has the same keys. */
export const evidence = {
  /** Who says it, as the reply names its source. */
  source: {
    attribute: 'specs',
    title: 'product name',
    description: 'description',
    highlight: 'highlights',
    review: 'a reviewer',
    faq: 'a shopper',
    policy: 'store policy',
  },
  /** Several reviews say the same. */
  reviewers: (count: number, total: number) => `${count} of ${total} reviewers`,
  /** A policy as a passage: "Returns: 30 days with the receipt". */
  policy: { returns: 'Returns', warranty: 'Warranty', shipping: 'Shipping' },
  /** A yes/no attribute's value as a reply quotes it. */
  values: { yes: 'yes', no: 'no' },
  answer: (body: string, source: string) => `${body} (${source}).`,
  /** A yes or no, with the question's short answer where it has one: "Yes, it does — …". */
  yes: (body: string, source: string, short?: { subject: string; verb: string }) =>
    `Yes${short ? `, ${short.subject} ${short.verb}` : ''} — ${body} (${source}).`,
  /** A yes that confirms the question in its own words: "Yes, it comes with a train (a shopper)." */
  yesRestated: (statement: string, source: string) => `Yes, ${statement} (${source}).`,
  /** A no that denies the question in its own words: "No, it doesn't come with a train (a shopper)." */
  noRestated: (statement: string, source: string) => `No, ${statement} (${source}).`,
  no: (body: string, source: string, short?: { subject: string; verb: string }) =>
    `No${short ? `, ${short.subject} ${short.verb}` : ''} — ${body} (${source}).`,
  /** Reviews that answer a yes/no question both ways. */
  disagree: (yes: number, yesQuote: string, no: number, noQuote: string, total: number) =>
    `Reviewers disagree: ${yes} of ${total} say yes (“${yesQuote}”), ${no} say no (“${noQuote}”).`,
  dontKnow: 'I don’t know — a member of staff can check.',
};

export type EvidenceMessages = typeof evidence;

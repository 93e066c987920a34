/**
 * A compact English sentiment lexicon for shop reviews: word (or short phrase) to weight, positive
 * meaning praise. Small on purpose: shop reviews reuse a narrow vocabulary, and every entry is a judgement
 * a reader can check. Weights near 1 are plain praise or blame; larger ones are strong words.
 */
export const SENTIMENT_WORDS: ReadonlyMap<string, number> = new Map([
  // praise
  ...words(1, 'good great nice fine happy pleased satisfied love loved loves liked lovely'),
  ...words(1, 'recommend recommended recommends works working worked comfortable comfy sturdy solid durable'),
  ...words(
    1,
    'easy simple intuitive fast quick reliable worth beautiful pretty gorgeous stylish soft smooth',
  ),
  ...words(1, 'tasty delicious fresh clean bright clear accurate helpful friendly cute useful handy'),
  ...words(1, 'affordable bargain quiet powerful impressed impressive fits fit fitted'),
  ...words(
    1.5,
    'excellent awesome amazing fantastic perfect perfectly superb outstanding wonderful brilliant',
  ),
  ...words(1.5, 'best favourite favorite flawless exceptional incredible top-notch'),
  // blame
  ...words(-1, 'bad poor disappointed disappointing disappoints unhappy dissatisfied unsatisfied slow'),
  ...words(-1, 'broke broken breaks cracked ripped torn faulty defective leaks leaked leaking flimsy'),
  ...words(-1, 'cheaply uncomfortable difficult hard complicated confusing noisy loud smelly bland stale'),
  ...words(-1, 'expensive overpriced pricey late damaged missing wrong useless weak scratched scratches'),
  ...words(-1, 'dislike disliked hate hated problem problems issue issues fault rough itchy dull sticky'),
  ...words(-1.5, 'terrible awful horrible worst waste garbage junk rubbish refund returned return scam'),
  ...words(-1.5, 'unusable dangerous fake'),
]);

/** Phrases whose meaning differs from their words, matched before single words (longest first). */
export const SENTIMENT_PHRASES: ReadonlyMap<string, number> = new Map([
  ['waste of money', -1.5],
  ['waste of time', -1.5],
  ['value for money', 1],
  ['as described', 1],
  ['as advertised', 1],
  ['as pictured', 1],
  ['as expected', 0.8],
  ['buy again', 1],
  ['order again', 1],
  ['purchase again', 1],
  ['well made', 1],
  ['cheaply made', -1],
  ['badly made', -1],
  ['falls apart', -1.5],
  ['fell apart', -1.5],
  ['stopped working', -1.5],
  ['does the job', 1],
  ['did the job', 1],
  ['five stars', 1.5],
  ['one star', -1.5],
  ['money back', -1],
  ['too much', -0.6],
  ['runs small', -0.8],
  ['runs large', -0.8],
  ['runs big', -0.8],
]);

/** Words that flip the sentiment of what follows them in the same clause. */
export const NEGATORS: ReadonlySet<string> = new Set([
  'not',
  'no',
  'never',
  'nothing',
  'none',
  'neither',
  'nor',
  'without',
  'hardly',
  'barely',
  'cannot',
]);

/** True for "don't", "isn't", "wouldn't" and their apostrophe-less forms. */
export function isNegator(word: string): boolean {
  return NEGATORS.has(word) || /n['’]t$/.test(word) || NEGATED_CONTRACTIONS.has(word);
}

const NEGATED_CONTRACTIONS = new Set([
  'dont',
  'doesnt',
  'didnt',
  'isnt',
  'wasnt',
  'arent',
  'werent',
  'wont',
  'wouldnt',
  'cant',
  'couldnt',
  'shouldnt',
  'havent',
  'hasnt',
]);

/** Words that make the next sentiment word stronger without changing its direction. */
export const INTENSIFIERS: ReadonlySet<string> = new Set([
  'very',
  'really',
  'extremely',
  'highly',
  'so',
  'super',
  'totally',
  'absolutely',
  'incredibly',
  'truly',
  'completely',
]);

function words(weight: number, list: string): [string, number][] {
  return list.split(' ').map((word) => [word, weight]);
}

import { weighted, wordSet, type ReviewLexicon } from './types.ts';

/**
 * English. Small on purpose: shop reviews reuse a narrow vocabulary of praise and blame, and every entry is
 * a judgement a reader can check. Topics are not listed here: they come from the reviews' own words.
 */
export const en: ReviewLexicon = {
  sentiment: new Map([
    ...weighted(1, 'good great nice fine happy pleased satisfied love loved loves liked lovely'),
    ...weighted(1, 'recommend recommended recommends works comfortable comfy sturdy solid durable'),
    ...weighted(1, 'easy simple fast quick reliable worth beautiful pretty gorgeous stylish soft smooth'),
    ...weighted(1, 'tasty delicious fresh clean clear accurate helpful cute useful handy elegant'),
    ...weighted(1, 'affordable inexpensive reasonable quiet powerful impressed impressive well unique'),
    ...weighted(1.5, 'excellent awesome amazing fantastic perfect perfectly superb outstanding wonderful'),
    ...weighted(1.5, 'best favourite favorite flawless incredible brilliant fabulous'),
    ...weighted(-1, 'bad poor disappointed disappointing unhappy dissatisfied slow uncomfortable'),
    ...weighted(-1, 'broke broken breaks cracked ripped torn faulty defective leaks leaked flimsy'),
    ...weighted(-1, 'cheaply difficult hard complicated confusing noisy loud smelly bland stale'),
    ...weighted(-1, 'expensive overpriced pricey late damaged missing wrong useless weak scratched'),
    ...weighted(-1, 'hate hated problem problems issue issues rough itchy dull sticky stiff tight narrow'),
    ...weighted(-1.5, 'terrible awful horrible worst waste junk garbage returned refund'),
  ]),
  expressions: new Map([
    ['waste of money', -1.5],
    ['fell apart', -1.5],
    ['falls apart', -1.5],
    ['stopped working', -1.5],
    ['runs small', -0.8],
    ['run small', -0.8],
    ['runs large', -0.8],
    ['run large', -0.8],
    ['runs big', -0.8],
    ['run big', -0.8],
    ['true to size', 1],
    ['well made', 1],
    ['cheaply made', -1],
    ['as described', 1],
    ['as pictured', 1],
    ['does the job', 1],
    ['buy again', 1],
    ['not worth', -1],
  ]),
  negators: wordSet(
    "not no never nothing none neither nor without hardly barely cannot don't doesn't didn't isn't wasn't " +
      "aren't weren't won't wouldn't can't couldn't shouldn't haven't hasn't dont doesnt didnt isnt wasnt wont cant",
  ),
  intensifiers: wordSet('very really extremely highly so super totally absolutely incredibly truly quite'),
  excess: wordSet('too'),
  contrast: wordSet('but however although though except whereas yet'),
  productDeterminers: wordSet('this these'),
  phraseOpeners: wordSet('the a an its their they it is are was were'),
  firstPerson: wordSet("i me my mine we us our i'm i've"),
  functionWords: wordSet(
    "a an the and or of to for in on at with by from as is are was were be been being am it its it’s it's " +
      'this these that those there here they them their theirs i me my mine we us our you your he him his she her ' +
      'what which who whom when where why how if then than so also just even still only very really too much many ' +
      'more most some any all both each every other another such own same one ones thing things lot lots bit little ' +
      'do does did done doing have has had having get gets got getting make makes made would will could should can ' +
      'may might must shall up down out off over under again once about into through after before while because ' +
      "since until im i'm i've i'd i'll you're they're we're that's there's it'll he's she's yes ok okay oh " +
      'product item items stuff purchase purchased buy bought order ordered time times day days week weeks month ' +
      'months year years first second back now ever already always though anyway overall highly',
  ),
  recommends: /\b(?:highly\s+)?recommend(?:s|ed|ing)?\b/giu,
  notAfter:
    /^\s+(?:to\s+)?(?:ordering|order|going|go|sizing|size|getting|buying|a\s+(?:half|size|larger|smaller|bigger)|half|you\s+(?:order|go|get|buy|size)|that\s+you)\b/iu,
  notBefore: /(?:\b(?:not|never|no|cannot)|n't|\bnot\s+\w+)\s*(?:\w+\s+)?$/iu,
};

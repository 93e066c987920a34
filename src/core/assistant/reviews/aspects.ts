/**
 * What reviews talk about, as families of keywords shared by most kinds of product. A clause that names
 * none of them still counts: it lands in a phrase of its own (see free-aspects.ts) or in "overall".
 */
export interface AspectFamily {
  id: string;
  /** The phrase shown among the pros. */
  pro: string;
  /** The phrase shown among the cons. */
  con: string;
  /** How the summary names it ("they like the quality"); null for verdicts that name no topic. */
  topic: string | null;
  /** Lower-case words or short phrases; a clause that contains one is about this aspect. */
  keywords: readonly string[];
}

const family = (
  id: string,
  pro: string,
  con: string,
  topic: string | null,
  keywords: string,
): AspectFamily => ({ id, pro, con, topic, keywords: keywords.split(',').map((k) => k.trim()) });

/** Checked in order: the first family whose keyword a clause contains wins. */
export const ASPECT_FAMILIES: readonly AspectFamily[] = [
  family(
    'repurchase',
    'would buy again',
    'would not buy again',
    null,
    'buy again, order again, purchase again, repurchase',
  ),
  family(
    'accuracy',
    'as described',
    'not as described',
    'how it matches its description',
    'described, description, as pictured, pictured, picture, photo, advertised, as expected, expectations',
  ),
  family(
    'value',
    'good value for money',
    'not worth the price',
    'the price',
    'price, priced, value, money, worth, expensive, overpriced, pricey, cost, costs, bargain, deal, affordable, cheap',
  ),
  family(
    'delivery',
    'fast delivery',
    'delivery problems',
    'the delivery',
    'shipping, shipped, delivery, delivered, arrived, arrival, package, packaging, parcel, courier, dispatch, dispatched',
  ),
  family(
    'service',
    'helpful service',
    'poor service',
    'the service',
    'customer service, service, support, seller, refund, returned, return',
  ),
  family(
    'durability',
    'lasts well',
    'breaks easily',
    'how long it lasts',
    'durable, durability, lasted, lasts, last long, broke, broken, breaks, fell apart, falls apart, ripped, torn, cracked, stopped working, wear and tear',
  ),
  family(
    'quality',
    'good quality',
    'poor quality',
    'the quality',
    'quality, well made, cheaply made, badly made, build, built, craftsmanship, material, materials, flimsy, sturdy, solid',
  ),
  family(
    'fit',
    'fits well',
    'size and fit issues',
    'the fit',
    'size, sizes, sizing, fit, fits, fitted, fitting, tight, loose, too small, too big, too large, too short, too long',
  ),
  family(
    'comfort',
    'comfortable',
    'uncomfortable',
    'the comfort',
    'comfortable, comfort, comfy, uncomfortable, itchy',
  ),
  family(
    'battery',
    'good battery life',
    'battery problems',
    'the battery',
    'battery, batteries, charge, charging, charger, recharge',
  ),
  family(
    'taste',
    'tastes good',
    'disappointing taste',
    'the taste',
    'taste, tastes, tasty, flavour, flavor, flavours, flavors, delicious, bland, stale',
  ),
  family(
    'smell',
    'pleasant scent',
    'unpleasant smell',
    'the scent',
    'smell, smells, scent, scents, fragrance, odor, odour, aroma, smelly',
  ),
  family(
    'ease',
    'easy to use',
    'hard to use',
    'how easy it is to use',
    'easy, simple, intuitive, setup, set up, install, assemble, assembly, instructions, difficult, complicated, confusing',
  ),
  family(
    'sound',
    'good sound',
    'sound problems',
    'the sound',
    'sound, audio, noise, noisy, loud, quiet, bass, volume',
  ),
  family(
    'looks',
    'looks good',
    'disappointing look',
    'the look',
    'looks, look, design, colour, color, colours, colors, beautiful, pretty, gorgeous, stylish, style, ugly, cute',
  ),
  family(
    'performance',
    'works well',
    'does not work well',
    'how well it works',
    'works, worked, working, performance, performs, powerful, does the job, did the job, effective',
  ),
  family('recommend', 'recommended', 'not recommended', null, 'recommend, recommended, recommends'),
];

/** Clauses with a sentiment but no aspect: a verdict on the product as a whole. */
export const OVERALL: AspectFamily = family(
  'overall',
  'happy with it overall',
  'disappointed overall',
  null,
  '',
);

/**
 * The family a sentiment word at `at` is about: the one whose keyword sits nearest it in the clause
 * ("fell apart and the seller never answered" is about durability, not service); ties go to the earlier
 * family. Undefined when the clause names no family.
 */
export function nearestFamily(words: readonly string[], at: number): AspectFamily | undefined {
  let best: { family: AspectFamily; distance: number } | undefined;
  for (const family of ASPECT_FAMILIES)
    for (const keyword of family.keywords) {
      const length = keyword.split(' ').length;
      for (let i = 0; i + length <= words.length; i++) {
        if (words.slice(i, i + length).join(' ') !== keyword) continue;
        const distance = at < i ? i - at : Math.max(0, at - (i + length - 1));
        if (!best || distance < best.distance) best = { family, distance };
      }
    }
  return best?.family;
}

/** Every pro and con phrase the families define: text of ours, never a reviewer's. */
export const FAMILY_PHRASES: ReadonlySet<string> = new Set(
  [...ASPECT_FAMILIES, OVERALL].flatMap((f) => [f.pro, f.con]),
);

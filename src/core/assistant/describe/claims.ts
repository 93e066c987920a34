/**
 * Claims a description may make only when the product's data makes them: materials, features,
 * certifications, prices and guarantees. A small model adds these freely ("waterproof", "stainless
 * steel", "free shipping"), and a shopper would take them as facts.
 */
export const CLAIM_TERMS: readonly string[] = [
  // price and trade: the description gets no price, so any talk of it is invented
  'price',
  'priced',
  'cost',
  'costs',
  'cheap',
  'affordable',
  'discount',
  'sale',
  'bargain',
  'shipping',
  'delivery',
  'warranty',
  'guarantee',
  'guaranteed',
  'refund',
  'negotiable',
  // materials
  'leather',
  'cotton',
  'wool',
  'silk',
  'linen',
  'polyester',
  'nylon',
  'plastic',
  'metal',
  'steel',
  'stainless',
  'aluminium',
  'aluminum',
  'titanium',
  'wood',
  'wooden',
  'bamboo',
  'glass',
  'ceramic',
  'rubber',
  'silicone',
  'gold',
  'silver',
  'diamond',
  'crystal',
  // features and specifications
  'waterproof',
  'water-resistant',
  'wireless',
  'bluetooth',
  'wi-fi',
  'wifi',
  'usb',
  'hdmi',
  'battery',
  'rechargeable',
  'solar',
  'touchscreen',
  'processor',
  'ram',
  'ssd',
  'camera',
  'gps',
  'dishwasher',
  'microwave',
  'machine-washable',
  // certifications and health
  'organic',
  'vegan',
  'gluten-free',
  'sugar-free',
  'cruelty-free',
  'hypoallergenic',
  'non-toxic',
  'recyclable',
  'biodegradable',
  'eco-friendly',
  'sustainable',
  'handmade',
  'certified',
  'award',
  'award-winning',
  'patented',
  'clinically',
  'dermatologist',
  'spf',
  'best-selling',
  'bestseller',
];

/** The claim terms the sentence makes that the product's text never mentions. */
export function unsupportedClaims(sentence: string, productText: string): string[] {
  const words = new Set(sentence.toLowerCase().match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? []);
  return CLAIM_TERMS.filter((term) => words.has(term) && !mentions(productText, term));
}

function mentions(text: string, term: string): boolean {
  // "metal" is supported by "Metal Baseball Bat" and "metallic"; "ram" by "RAM" but not by "frame".
  return new RegExp(`(?:^|[^\\p{L}])${term.replace(/-/g, '[- ]?')}`, 'u').test(text);
}

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
  // made-up making of: "specially designed fabric", "engineered for comfort"
  'fabric',
  'material',
  'materials',
  'formula',
  'ingredients',
  'designed',
  'engineered',
  'crafted',
  'tested',
  'durable',
  'breathable',
  'ergonomic',
  // universal promises: "suits every skin type", "fits all"
  'every',
  'all-day',
  'everyone',
  'universal',
  // the same claims in Chinese, matched as written
  '价格',
  '优惠',
  '包邮',
  '保修',
  '退款',
  '真皮',
  '纯棉',
  '羊毛',
  '真丝',
  '不锈钢',
  '防水',
  '无线',
  '蓝牙',
  '充电',
  '有机',
  '纯天然',
  '无添加',
  '环保',
  '手工',
  '认证',
  '专利',
  '畅销',
  '所有肤质',
  '适合所有',
];

const HAN = /\p{Script=Han}/u;

/** The claim terms the sentence makes that the product's text never mentions. */
export function unsupportedClaims(sentence: string, productText: string): string[] {
  const lower = sentence.toLowerCase();
  const words = new Set(lower.match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? []);
  const text = productText.toLowerCase();
  return CLAIM_TERMS.filter((term) =>
    HAN.test(term) ? lower.includes(term) && !text.includes(term) : words.has(term) && !mentions(text, term),
  );
}

function mentions(text: string, term: string): boolean {
  // "metal" is supported by "Metal Baseball Bat" and "metallic"; "ram" by "RAM" but not by "frame".
  return new RegExp(`(?:^|[^\\p{L}])${term.replace(/-/g, '[- ]?')}`, 'u').test(text);
}

/**
 * Words that carry no claim of their own, so the grounding rule does not count them against a sentence:
 * the frame of a description ("Meet the ...", "Good to know", "It comes in ...").
 */
export const GENERIC_WORDS: ReadonlySet<string> = new Set(
  (
    'meet discover find good know come comes offer offers feature features make makes look looks perfect ' +
    'ideal great nice lovely beautiful choice option enjoy keep keeps just also more well here there ' +
    'they them their what when which while into onto than then very much really'
  ).split(' '),
);

/**
 * The shop assistant's replies in English. Every value a reply states (titles, prices, policies) comes
 * in as a parameter read from the catalog; the Chinese file has the same keys.
 */

/** What a product question can be about, as the replies name it. */
export type TopicName =
  | 'price'
  | 'stock'
  | 'restock'
  | 'warranty'
  | 'returns'
  | 'shipping'
  | 'location'
  | 'rating'
  | 'brand'
  | 'colour'
  | 'material'
  | 'size'
  | 'barcode'
  | 'sku'
  | 'hours'
  | 'payment'
  | 'contact'
  | 'details';

const list = (items: readonly string[]) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;

export const assistant = {
  greeting:
    'Hello! I can help you find products, compare them, and answer questions about prices, stock and ' +
    'store policies. What are you looking for today?',
  offTopic:
    'Sorry, I can only help with shopping in this store, for example finding a product, checking a ' +
    'price or comparing two items.',
  askStaff: 'A member of staff will be happy to help.',
  askWhich: (titles: readonly string[]) =>
    titles.length > 0
      ? `Which one do you mean: ${titles.slice(0, 4).join(', ')}? You can also tap a product to ask about it.`
      : 'Which product do you mean? Tap a product to ask about it, or tell me its name.',
  compareNeedsTwo: 'Which products should I compare? For example: "compare the first two".',

  topicNames: {
    price: 'the price',
    stock: 'the stock',
    restock: 'when it will be back in stock',
    warranty: 'the warranty',
    returns: 'the return terms',
    shipping: 'the shipping terms',
    location: 'where it is in the store',
    rating: 'the rating',
    brand: 'the brand',
    colour: 'the colours',
    material: 'the material',
    size: 'the sizes',
    barcode: 'the barcode',
    sku: 'the SKU',
    hours: 'the opening hours',
    payment: 'the payment options',
    contact: 'the contact details',
    details: 'that',
  } satisfies Record<TopicName, string>,

  dontKnowTopic: (topic: string, title: string) =>
    `I'm sorry, the catalog doesn't say ${topic} of the ${title}. A member of staff can check.`,
  dontKnowStore: (topic: string) =>
    `I'm sorry, I don't have ${topic} of the store. A member of staff will be happy to help.`,
  dontKnowAnything: "I'm sorry, I don't have an answer to that in our catalog. A member of staff can check.",

  // Product facts.
  price: (title: string, price: string) => `The ${title} costs ${price}.`,
  priceOnSale: (sale: string, regular: string) => `${sale} (on sale, was ${regular})`,
  priceFrom: (price: string) => `from ${price}`,
  priceOnRequest: 'price on request',
  availability: {
    'in-stock': 'in stock',
    'low-stock': 'in stock, only a few left',
    'out-of-stock': 'out of stock',
    preorder: 'available to pre-order',
    unknown: 'of unknown stock',
  },
  withStock: (availability: string, count: number) => `${availability} (${count} available)`,
  stock: (title: string, availability: string) => `The ${title} is ${availability}.`,
  restockUnknown: "I don't know when it will be back in stock. A member of staff can check.",
  rating: (average: string, count: number) =>
    `${average} out of 5 (${count} ${count === 1 ? 'review' : 'reviews'})`,
  rated: (title: string, rating: string) => `The ${title} is rated ${rating}.`,
  brand: (title: string, brand: string) => `The ${title} is made by ${brand}.`,
  location: (title: string, where: string) => `You will find the ${title} in ${where}.`,
  aisle: (aisle: string) => `aisle ${aisle}`,
  shelf: (shelf: string) => `shelf ${shelf}`,
  /** `option` is the catalog's name for it ("Shade"); one written in another script reads as `topic`. */
  options: (title: string, option: string, values: readonly string[], topic: 'colour' | 'size') =>
    `The ${title} comes in these ${/\p{Script=Han}/u.test(option) ? topic : option.toLowerCase()}s: ${values.join(', ')}.`,
  /** A value of an option with its own price, where the values' prices differ: "10 in ($109.00)". */
  optionPriced: (value: string, price: string) => `${value} (${price})`,
  madeOf: (title: string, materials: readonly string[]) => `The ${title} is made of ${list(materials)}.`,
  madeOfYes: (title: string, materials: readonly string[]) =>
    `Yes, the ${title} is made of ${list(materials)}.`,
  madeOfNo: (title: string, asked: readonly string[], materials: readonly string[]) =>
    `No, the ${title} is not ${asked.join(' or ')}: it is made of ${list(materials)}.`,
  attributes: (title: string, parts: readonly string[]) => `The ${title} has ${parts.join(', ')}.`,
  attribute: (name: string, value: string) => `${name.toLowerCase()} ${value}`,
  barcode: (title: string, code: string) => `The ${title}'s barcode is ${code}.`,
  sku: (title: string, code: string) => `The ${title}'s SKU is ${code}.`,
  productPolicy: (title: string, topic: string, text: string) => `For the ${title}, ${topic}: ${text}.`,
  storePolicy: (topic: string, text: string) =>
    `${topic.charAt(0).toUpperCase()}${topic.slice(1)} at our store: ${text}`,
  policyPerProduct: (topic: string, values: readonly { text: string; count: number }[]) =>
    `It depends on the product; ${topic} in our catalog: ` +
    `${list(values.map((v) => `"${v.text}" (${v.count} ${v.count === 1 ? 'product' : 'products'})`))}. ` +
    'Tell me which product you mean and I will check it.',
  summary: (title: string, price: string, availability: string) =>
    `The ${title} costs ${price} and is ${availability}.`,
  summaryRated: (rating: string) => `It is rated ${rating}.`,
  variantSummary: (title: string, variant: string, price: string, availability: string) =>
    `The ${title} in ${variant}: ${price}, ${availability}.`,

  // Searches.
  found: (count: number, constraints: readonly string[], title: string, price: string) =>
    `${count === 1 ? 'I found one match' : `I found ${count} good matches`}` +
    `${constraints.length > 0 ? ` (${constraints.join(', ')})` : ''}. The top one is the ${title} at ${price}.`,
  topOutOfStock: 'It is out of stock at the moment.',
  haveIt: (title: string, availability: string, price: string) =>
    `Yes, we have the ${title}: it is ${availability}, at ${price}.`,
  haveItOutOfStock: (title: string, price: string) =>
    `We carry the ${title} (${price}), but it is out of stock at the moment.`,
  inStockAlternative: (title: string, price: string) => `In stock instead: the ${title} at ${price}.`,
  notStocked: (name: string) =>
    `I couldn't find ${name ? `"${name}"` : 'that product'} in our catalog. ` +
    'These are the closest products we have. A member of staff will be happy to help.',
  notStockedNothingClose: (name: string) =>
    `I couldn't find ${name ? `"${name}"` : 'that'} in our catalog. A member of staff will be happy to help.`,
  notStockedClosest: (name: string) =>
    `I couldn't find ${name ? `"${name}"` : 'that'} in our catalog. These are the closest products we have. ` +
    'A member of staff will be happy to help.',
  nothingMatching: (what: string) =>
    `I couldn't find anything ${what ? `matching "${what}"` : 'like that'}. These are the closest ` +
    'products, without the price or rating limits. A member of staff will be happy to help.',
  nothingAtAll: (what: string, suggestions: readonly string[]) =>
    `I'm sorry, I don't have ${what ? `anything matching "${what}"` : 'that'} in our catalog.` +
    `${suggestions.length > 0 ? ` Did you mean ${suggestions.join(' or ')}?` : ''} A member of staff will be happy to help.`,
  refinedNothing: (said: string) =>
    `I couldn't find anything ${said}. A member of staff will be happy to help.`,
  cheaperThan: (title: string) => `cheaper than the ${title}`,
  pricierThan: (title: string) => `pricier than the ${title}`,
  inColour: (colour: string) => `in ${colour}`,
  onSale: 'on sale',
  upTo: (amount: string) => `up to ${amount}`,
  around: (amount: string) => `around ${amount}`,
  fromAmount: (amount: string) => `from ${amount}`,
  between: (low: string, high: string) => `${low} to ${high}`,
  under: (amount: string) => `under ${amount}`,
  over: (amount: string) => `over ${amount}`,
  inStock: 'in stock',
  ratedAtLeast: (rating: number) => `rated ${rating} or more`,
  ratedShort: (rating: string) => `rated ${rating}`,
  sortNames: {
    'price-asc': 'cheapest first',
    'price-desc': 'most expensive first',
    rating: 'best rated first',
  },
  matchesSearch: 'matches your search',
  reasonSeparator: ' · ',
  /** What stands between two sentences of a reply. */
  sentenceGap: ' ',
  /** A store's return policy that states only its window (schema.org merchantReturnDays). */
  returnWindow: (days: number) => `Returns within ${days} days.`,
  returnsNotAccepted: 'Returns are not accepted.',

  // Comparisons.
  comparePrices: (prices: readonly string[], cheapest: string) =>
    `Prices: ${prices.join(', ')}; the ${cheapest} is the cheapest.`,
  comparePrice: (title: string, price: string) => `the ${title} ${price}`,
  compareBestRated: (title: string, rating: string) => `The ${title} has the best rating, ${rating}.`,
  compareSideBySide: 'Here they are side by side.',
  compareAttribute: (name: string, values: readonly { title: string; value: string }[]) =>
    `${name}: ${values.map(({ title, value }) => `the ${title} ${value}`).join(', ')}.`,
  /** The product with the most (or least) of an attribute asked about: "which one is lighter?". */
  compareExtreme: (name: string, title: string, value: string, most: boolean) =>
    `${most ? 'Highest' : 'Lowest'} ${name.toLowerCase()}: the ${title}, ${value}.`,
  compareRows: {
    price: 'Price',
    brand: 'Brand',
    rating: 'Rating',
    availability: 'Availability',
    warranty: 'Warranty',
    returns: 'Returns',
  },

  // Reviews.
  noReviews: (title: string) =>
    `I'm sorry, there are no reviews of the ${title} yet. A member of staff can help.`,
  reviewLikes: (points: readonly string[]) => `Shoppers like: ${points.join(', ')}.`,
  reviewMentions: (points: readonly string[]) => `Some mention: ${points.join(', ')}.`,
  reviewOverall: (label: string) => `The reviews are ${label} overall.`,
};

export type AssistantMessages = typeof assistant;

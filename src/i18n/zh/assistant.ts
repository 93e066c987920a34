import type { AssistantMessages } from '../en/assistant.ts';

const list = (items: readonly string[]) => items.join('、');

/** 导购助手的中文回复，与英文文件逐键对应。 */
export const assistant: AssistantMessages = {
  greeting: '您好！我可以帮您找商品、比较商品，并解答价格、库存和商店政策方面的问题。今天想买点什么？',
  offTopic: '抱歉，我只能帮您在本店购物，比如找商品、查价格或比较两件商品。',
  askStaff: '店员很乐意为您提供帮助。',
  askWhich: (titles) =>
    titles.length > 0
      ? `您指的是哪一款：${list(titles.slice(0, 4))}？也可以点一下商品再问我。`
      : '您指的是哪件商品？点一下商品再问我，或者告诉我它的名称。',
  compareNeedsTwo: '要比较哪几件商品？例如："比较前两个"。',

  topicNames: {
    price: '价格',
    stock: '库存',
    restock: '到货时间',
    warranty: '保修',
    returns: '退货条款',
    shipping: '配送条款',
    location: '店内位置',
    rating: '评分',
    brand: '品牌',
    colour: '颜色',
    material: '材质',
    size: '尺码',
    barcode: '条形码',
    sku: '货号',
    hours: '营业时间',
    payment: '付款方式',
    contact: '联系方式',
    details: '这方面的信息',
  },

  dontKnowTopic: (topic, title) => `抱歉，商品目录里没有写明「${title}」的${topic}。店员可以帮您确认。`,
  dontKnowStore: (topic) => `抱歉，我这里没有本店的${topic}信息。店员很乐意为您提供帮助。`,
  dontKnowAnything: '抱歉，商品目录里没有这个问题的答案。店员可以帮您确认。',

  price: (title, price) => `「${title}」的价格是 ${price}。`,
  priceOnSale: (sale, regular) => `${sale}（特价，原价 ${regular}）`,
  priceFrom: (price) => `${price} 起`,
  priceOnRequest: '价格请咨询店员',
  availability: {
    'in-stock': '有货',
    'low-stock': '有货，仅剩少量',
    'out-of-stock': '暂时缺货',
    preorder: '可预订',
    unknown: '库存情况未知',
  },
  withStock: (availability, count) => `${availability}（还有 ${count} 件）`,
  stock: (title, availability) => `「${title}」目前${availability}。`,
  restockUnknown: '我不知道什么时候会到货。店员可以帮您确认。',
  rating: (average, count) => `${average} 分（满分 5 分，共 ${count} 条评价）`,
  rated: (title, rating) => `「${title}」的评分是 ${rating}。`,
  brand: (title, brand) => `「${title}」是 ${brand} 品牌的。`,
  location: (title, where) => `「${title}」在${where}。`,
  aisle: (aisle) => `${aisle} 号通道`,
  shelf: (shelf) => `${shelf} 号货架`,
  madeOf: (title, materials) => `「${title}」的材质是${list(materials)}。`,
  madeOfYes: (title, materials) => `是的，「${title}」的材质是${list(materials)}。`,
  madeOfNo: (title, asked, materials) =>
    `不是，「${title}」不是${asked.join('或')}的，材质是${list(materials)}。`,
  options: (title, option, values, topic) =>
    `「${title}」有这些${/\p{Script=Han}/u.test(option) ? option : topic === 'colour' ? '颜色' : '尺码'}可选：${list(values)}。`,
  optionPriced: (value, price) => `${value} ${price}`,
  attributes: (title, parts) => `「${title}」的${list(parts)}。`,
  attribute: (name, value) => `${name}为 ${value}`,
  barcode: (title, code) => `「${title}」的条形码是 ${code}。`,
  sku: (title, code) => `「${title}」的货号是 ${code}。`,
  productPolicy: (title, topic, text) => `「${title}」的${topic}：${text}。`,
  storePolicy: (topic, text) => `本店的${topic}：${text}`,
  policyPerProduct: (topic, values) =>
    `这要看具体商品；目录中的${topic}有：${list(values.map((v) => `「${v.text}」（${v.count} 件商品）`))}。` +
    '告诉我是哪件商品，我帮您查。',
  summary: (title, price, availability) => `「${title}」的价格是 ${price}，目前${availability}。`,
  summaryRated: (rating) => `评分 ${rating}。`,
  variantSummary: (title, variant, price, availability) =>
    `「${title}」${variant}款：${price}，${availability}。`,

  found: (count, constraints, title, price) =>
    `为您找到 ${count} 件合适的商品${constraints.length > 0 ? `（${list(constraints)}）` : ''}。` +
    `排第一的是「${title}」，价格 ${price}。`,
  topOutOfStock: '它目前缺货。',
  haveIt: (title, availability, price) => `有的，我们有「${title}」：目前${availability}，价格 ${price}。`,
  haveItOutOfStock: (title, price) => `我们有「${title}」（${price}），但目前缺货。`,
  inStockAlternative: (title, price) => `有货的替代选择：「${title}」，价格 ${price}。`,
  notStocked: (name) =>
    `抱歉，商品目录里没有找到${name ? `「${name}」` : '这件商品'}。这些是我们最接近的商品。店员很乐意为您提供帮助。`,
  notStockedNothingClose: (name) =>
    `抱歉，商品目录里没有找到${name ? `「${name}」` : '这件商品'}。店员很乐意为您提供帮助。`,
  notStockedClosest: (name) =>
    `抱歉，商品目录里没有找到${name ? `「${name}」` : '这件商品'}。这些是最接近的商品。店员很乐意为您提供帮助。`,
  nothingMatching: (what) =>
    `没有找到${what ? `符合「${what}」的` : '这样的'}商品。这些是去掉价格或评分条件后最接近的商品。店员很乐意为您提供帮助。`,
  nothingAtAll: (what, suggestions) =>
    `抱歉，商品目录里没有${what ? `符合「${what}」的商品` : '这件商品'}。` +
    `${suggestions.length > 0 ? `您是不是要找 ${suggestions.join(' 或 ')}？` : ''}店员很乐意为您提供帮助。`,
  refinedNothing: (said) => `没有找到${said}的商品。店员很乐意为您提供帮助。`,
  cheaperThan: (title) => `比「${title}」便宜`,
  pricierThan: (title) => `比「${title}」贵`,
  inColour: (colour) => `${colour}`,
  onSale: '特价',
  upTo: (amount) => `${amount} 以内`,
  around: (amount) => `${amount} 左右`,
  fromAmount: (amount) => `${amount} 起`,
  between: (low, high) => `${low} 至 ${high}`,
  under: (amount) => `${amount} 以下`,
  over: (amount) => `${amount} 以上`,
  inStock: '有货',
  ratedAtLeast: (rating) => `评分 ${rating} 分以上`,
  ratedShort: (rating) => `评分 ${rating}`,
  sortNames: { 'price-asc': '价格从低到高', 'price-desc': '价格从高到低', rating: '评分从高到低' },
  matchesSearch: '符合您的搜索',
  reasonSeparator: ' · ',
  sentenceGap: '',
  returnWindow: (days) => `${days}天内可退货。`,
  returnsNotAccepted: '本店不接受退货。',

  comparePrices: (prices, cheapest) => `价格：${list(prices)}；其中「${cheapest}」最便宜。`,
  comparePrice: (title, price) => `「${title}」${price}`,
  compareBestRated: (title, rating) => `「${title}」评分最高，${rating}。`,
  compareSideBySide: '这是它们的并排对比。',
  compareExtreme: (name, title, value, most) =>
    `${name}最${most ? '高' : '低'}的是「${title}」（${value}）。`,
  compareAttribute: (name, values) =>
    `${name}：${list(values.map(({ title, value }) => `「${title}」${value}`))}。`,
  compareRows: {
    price: '价格',
    brand: '品牌',
    rating: '评分',
    availability: '库存',
    warranty: '保修',
    returns: '退货',
  },

  noReviews: (title) => `抱歉，「${title}」还没有评价。店员可以帮您。`,
  reviewLikes: (points) => `顾客喜欢：${list(points)}。`,
  reviewMentions: (points) => `也有人提到：${list(points)}。`,
  reviewOverall: (label) => `总体评价${label}。`,
};

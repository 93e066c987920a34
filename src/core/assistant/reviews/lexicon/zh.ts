import { weighted, wordSet, type ReviewLexicon } from './types.ts';

/**
 * Chinese, as the shared segmenter splits it (很好 and 不错 come as one word, 尺码 as 尺 码). Topics are not
 * listed: they come from the reviews' own words.
 */
export const zh: ReviewLexicon = {
  sentiment: new Map([
    ...weighted(
      1,
      '好 很好 不错 喜欢 满意 舒服 舒适 漂亮 好看 推荐 值得 实惠 便宜 划算 结实 耐用 方便 清晰 好用',
    ),
    ...weighted(1, '合适 合身 柔软 轻便 快 精致 可爱 开心 好吃 香'),
    ...weighted(1.5, '完美 非常好 超好 棒 很棒 优秀 惊艳 最好'),
    ...weighted(
      -1,
      '差 很差 不好 难看 失望 贵 贵了 慢 坏 坏了 破 旧 硬 紧 薄 问题 麻烦 难用 不舒服 起球 掉色',
    ),
    ...weighted(-1.5, '垃圾 太差 最差 退货 后悔'),
  ]),
  expressions: new Map(),
  negators: wordSet('不 没 没有 别 不是 从不 并不'),
  intensifiers: wordSet('很 非常 特别 十分 超 真 真的 挺 比较 相当'),
  excess: wordSet('太 偏 过于 有点 有些'),
  contrast: wordSet('但 但是 不过 可是 然而 就是 只是'),
  productDeterminers: wordSet('这 这个 这款 这件 这双 这条'),
  phraseOpeners: wordSet(''),
  firstPerson: wordSet('我 我们 我的'),
  functionWords: wordSet(
    '的 了 是 我 你 他 她 它 我们 他们 也 都 就 这 那 个 款 件 双 条 有 在 和 与 及 还 又 再 得 地 着 过 吗 呢 吧 啊 ' +
      '一 一个 一下 很 太 买 买了 东西 商品 产品 时候 觉得 感觉 说 会 能 可以 要 用 给 让 把 被 对 就是 还是 真的 ' +
      '这个 这款 这件 这双 这条 那个 总体 总的来说',
  ),
  recommends: /推荐|推薦/gu,
  notAfter: /^(?:买大|买小|选大|选小|大一|小一)/u,
  notBefore: /(?:不|不会|不值得|没法)$/u,
};

import type { EvidenceMessages } from '../en/evidence.ts';

/** Chinese evidence messages, key for key as the English ones. */
export const evidence: EvidenceMessages = {
  source: {
    attribute: '产品参数',
    title: '产品名称',
    description: '产品描述',
    highlight: '产品要点',
    review: '一位评价者',
    faq: '一位顾客的回答',
    policy: '本店政策',
  },
  reviewers: (count, total) => `${total} 条评价中的 ${count} 条`,
  policy: { returns: '退货', warranty: '保修', shipping: '配送' },
  values: { yes: '是', no: '否' },
  answer: (body, source) => `${body}（来源：${source}）。`,
  yes: (body, source) => `是的——${body}（来源：${source}）。`,
  yesRestated: (statement, source) => `是的，${statement}（来源：${source}）。`,
  noRestated: (statement, source) => `不，${statement}（来源：${source}）。`,
  no: (body, source) => `不——${body}（来源：${source}）。`,
  disagree: (yes, yesQuote, no, noQuote, total) =>
    `评价意见不一：${total} 条评价中 ${yes} 条说是（“${yesQuote}”），${no} 条说不（“${noQuote}”）。`,
  dontKnow: '我不知道——可以请店员帮您确认。',
};

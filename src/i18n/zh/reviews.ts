import type { ReviewsMessages, SaidPoint } from '../en/reviews.ts';

const quoted = (phrase: string) => `“${phrase}”`;

// A general point shares only a direction: its phrase is one reviewer's example (see the English file).
const said = (points: readonly SaidPoint[], verdict: string) =>
  points
    .map((p) =>
      p.general && p.count > 1
        ? `${p.count} 位${verdict}（例如${quoted(p.phrase)}）`
        : `${p.count} 位说${quoted(p.phrase)}`,
    )
    .join('，');

/** Chinese reviews messages, key for key as the English ones. Reviewers' own words stay as they wrote them. */
export const reviews: ReviewsMessages = {
  noReviews: '这件商品还没有顾客评价。欢迎您来写第一条评价。',
  // An English product name ("these boots") would read oddly inside Chinese: the summary says 这件商品.
  product: () => '这件商品',
  average: (value: number) => `（平均 ${value.toFixed(1)} 分，满分 5 分）`,
  mood: (mood, reviewers, product, average) => {
    if (reviewers === 1)
      return {
        positive: `唯一一位评论者对${product}满意${average}。`,
        negative: `唯一一位评论者对${product}不满意${average}。`,
        mixed: `唯一一位评论者对${product}评价不一${average}。`,
      }[mood];
    return {
      positive: `${reviewers} 位评论者中，多数对${product}满意${average}。`,
      negative: `${reviewers} 位评论者中，多数对${product}不满意${average}。`,
      mixed: `${reviewers} 位评论者对${product}评价不一${average}。`,
    }[mood];
  },
  praise: (points, reviewers) => `${reviewers} 位评论者中，${said(points, '总体满意')}。`,
  criticism: (points, reviewers) => `不过，${reviewers} 位中有 ${said(points, '总体不满意')}。`,
  disagreement: (topic, pro, con, reviewers) =>
    `对于${quoted(topic)}看法不一：${reviewers} 位中 ${pro.count} 位说${quoted(pro.phrase)}，但 ${con.count} 位说${quoted(con.phrase)}。`,
  noSharedPoint: '没有哪一点在一条以上的评价中出现。',
  // Chinese clauses stay as written; a first-person anecdote (我, 我们) is left out.
  generalVoice: (clause) => (/[我]|\b(?:i|my|me|we|our)\b/iu.test(clause) ? null : clause),
  nameSubject: (clause) => clause,
  // The whole quoted clause follows the contrast: 不过，“……”（8 位中 3 位）。
  contrast: (sentence) => `不过，${sentence}`,
  overall: (mood, product) =>
    ({
      positive: `总体来说，多数评论者对${product}满意。`,
      negative: `总体来说，多数评论者对${product}不满意。`,
      mixed: `总体来说，评论者对${product}评价不一。`,
      none: '',
    })[mood],
  join: (first, second, contrast) => `${first.replace(/。$/u, '')}，${contrast ? '不过' : ''}${second}`,
  recommendation: (count, reviewers, product, highly) =>
    `总体来说，${reviewers} 位评论者中有 ${count} 位${highly ? '强烈' : ''}推荐${product}。`,
  clause: (text, count, reviewers) =>
    `${quoted(text.replace(/[。！？.!?]+$/u, ''))}${count === null ? '' : `（${reviewers} 位中 ${count} 位）`}。`,
};

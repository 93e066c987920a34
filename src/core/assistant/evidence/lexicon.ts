import type { Locale } from '../../../i18n/locale.ts';

/**
 * The closed-class words evidence reading needs, one set per language: words that carry no subject,
 * question openers, negation, yes/no values and the hedges shoppers open their answers with. Nothing
 * here is about a product; what products are (attribute names, values) is read from the catalog.
 */
export interface EvidenceLexicon {
  /** Function words: they say nothing about what is asked or answered. */
  stopwords: ReadonlySet<string>;
  /** Words that open a yes/no question ("does", "is", "can"). */
  auxiliaries: ReadonlySet<string>;
  /** Words that open an open question ("what", "how"). */
  whWords: ReadonlySet<string>;
  /** Words that turn a statement into its opposite. */
  negations: ReadonlySet<string>;
  /** Phrases that contain a negation word but do not negate ("no problem", "not only"). */
  notNegating: readonly string[];
  /** Whole values (an attribute's, a short answer's) that mean yes, and those that mean no. */
  yesValues: ReadonlySet<string>;
  noValues: ReadonlySet<string>;
  /** Phrases a person opens an answer with that say nothing ("i think", "hello"), longest first. */
  hedges: readonly string[];
  /** Phrases that say the writer does not know: such a passage answers nothing. */
  unsure: readonly string[];
  /** Openings that make a request of an auxiliary question ("can someone list …"): not a yes/no. */
  requests: readonly string[];
  /** Ends a yes/no question without an opener (Chinese 吗); empty where word order does it. */
  questionParticles: ReadonlySet<string>;
  /** How the language answers "does it …?" with "yes, it does"; absent where a plain yes is the answer. */
  shortAnswers?: ShortAnswerGrammar;
  /** Question phrases that ask for a measure, by the kind of measure ("how tall" asks a length). */
  quantityQuestions: Readonly<Record<Quantity, readonly string[]>>;
  /** Words that make a number an age: "ages 8 and up", "3岁以上". */
  ageWords: readonly string[];
}

/** The kinds of measure a question can ask for: a passage stating one answers it. */
export type Quantity = 'length' | 'weight' | 'age' | 'duration' | 'count';

/** English short answers: the question's auxiliary and subject, turned round and agreed. */
export interface ShortAnswerGrammar {
  /** The question's subject word to the answer's pronoun ("this" → "it", "i" → "you"). */
  subjects: Readonly<Record<string, string>>;
  /** The pronoun for a subject that is a noun, by the auxiliary's number ("does the doll" → "it"). */
  nounSubject: Readonly<Record<string, string>>;
  /** Pronouns that take the singular form of the auxiliary. */
  singular: ReadonlySet<string>;
  /** Each auxiliary's singular and plural form (those with one). */
  forms: Readonly<Record<string, { singular: string; plural: string }>>;
  /** Each auxiliary's negative. */
  negative: Readonly<Record<string, string>>;
  /** Words that may open a noun phrase as the subject ("this doll", "the kitchen"). */
  determiners: ReadonlySet<string>;
  /** Articles and prepositions: after "this" they show it stands alone ("is this a…", "this for…"). */
  phraseOpeners: ReadonlySet<string>;
  /** Verbs whose "it" form is not the regular one ("have" → "has"). */
  thirdPerson: Readonly<Record<string, string>>;
  /** The asker's words as the answer says them ("my" → "your", "i" → "you"). */
  pointOfView: Readonly<Record<string, string>>;
}

const set = (text: string) => new Set(text.split(/\s+/).filter(Boolean));
const list = (text: string) =>
  text
    .split('|')
    .map((s) => s.trim())
    .filter(Boolean)
    .sort((a, b) => b.length - a.length);

const EN_AUXILIARIES =
  'is are was were am be do does did can could will would should shall may might must has have had ' +
  "isn't aren't wasn't weren't don't doesn't didn't can't couldn't won't wouldn't shouldn't hasn't haven't";

const EN: EvidenceLexicon = {
  stopwords: set(
    `${EN_AUXILIARIES} a an the this that these those it its it's they them their there here i me my we our
     you your he she him her his of to in on at by for with from as into onto about than then so if or and
     also too very just any some all each more most much many one ones what which who whom whose when where
     why how get got go use used using come comes came work works thing item product
     please know tell anyone someone really well yes no not`,
  ),
  auxiliaries: set(EN_AUXILIARIES),
  whWords: set('what which who whom whose when where why how'),
  negations: set(
    "not no never none nothing neither nor without cannot can't don't doesn't didn't isn't aren't wasn't " +
      "weren't won't wouldn't couldn't shouldn't hasn't haven't hadn't ain't nope",
  ),
  notNegating: list(
    'not only|no problem|no problems|no issue|no issues|no trouble|no doubt|no complaints|' +
      'not too bad|not bad|no matter|never had a problem|never had any problem|without any problem|' +
      'without a problem|without problems|without any issue|no worries',
  ),
  yesValues: set('yes y true included includes 1 yep yeah sure definitely absolutely'),
  noValues: set('no n false none 0 nope not'),
  hedges: list(
    "i think|i believe|i'm not sure but|i am not sure but|in my opinion|i would say|i'd say|" +
      'as far as i know|from what i know|i guess|i suppose|it seems|it looks like|honestly|actually|' +
      'well|hello|hi|hey|hi there|hello there|good question|great question|sorry|' +
      'to answer your question|i would think|i would assume|i assume|probably',
  ),
  unsure: list(
    "i don't know|i do not know|not sure|no idea|i'm not sure|i am not sure|can't say|cannot say|" +
      "i don't remember|i can't remember|i haven't tried|never tried",
  ),
  questionParticles: new Set(),
  quantityQuestions: {
    length: list(
      'how tall|how long|how wide|how big|how high|how deep|how large|how thick|what size|size|' +
        'dimensions|measurements|height|width|length|diameter',
    ),
    weight: list('how heavy|weigh|weighs|weight|lighter|lightest|heavier|heaviest'),
    age: list('what age|how old|age|ages|year old|years old'),
    duration: list('how long|how many hours|how many minutes|how many days|last'),
    count: list('how many|number of'),
  },
  ageWords: list('age|ages|aged|old'),
  requests: list(
    'can someone|can anyone|could someone|could anyone|can somebody|could somebody|' +
      'can you tell|could you tell|can you list|could you list|can you explain|could you explain|' +
      'can you provide|could you provide|would you tell|please',
  ),
  shortAnswers: {
    subjects: {
      it: 'it',
      this: 'it',
      that: 'it',
      they: 'they',
      these: 'they',
      those: 'they',
      there: 'there',
      you: 'you',
      i: 'you',
      we: 'you',
      he: 'he',
      she: 'she',
    },
    nounSubject: { do: 'they', are: 'they', have: 'they', were: 'they' },
    singular: set('it he she'),
    forms: {
      do: { singular: 'does', plural: 'do' },
      does: { singular: 'does', plural: 'do' },
      is: { singular: 'is', plural: 'are' },
      are: { singular: 'is', plural: 'are' },
      has: { singular: 'has', plural: 'have' },
      have: { singular: 'has', plural: 'have' },
      was: { singular: 'was', plural: 'were' },
      were: { singular: 'was', plural: 'were' },
    },
    negative: {
      do: "don't",
      does: "doesn't",
      did: "didn't",
      is: "isn't",
      are: "aren't",
      was: "wasn't",
      were: "weren't",
      has: "hasn't",
      have: "haven't",
      can: "can't",
      could: "couldn't",
      will: "won't",
      would: "wouldn't",
      should: "shouldn't",
    },
    determiners: set('this that these those the'),
    phraseOpeners: set(
      'a an the with in on at by for to from into onto of about my your our their its any some',
    ),
    thirdPerson: { have: 'has', do: 'does', go: 'goes', be: 'is' },
    pointOfView: {
      i: 'you',
      me: 'you',
      my: 'your',
      mine: 'yours',
      we: 'you',
      us: 'you',
      our: 'your',
      myself: 'yourself',
    },
  },
};

const ZH: EvidenceLexicon = {
  stopwords: set(
    '的 了 吗 呢 吧 啊 是 有 在 这 那 这个 那个 个 一 和 与 或 也 都 就 还 我 你 他 她 它 们 我们 你们 ' +
      '请问 请 问 能 会 可以 要 需要 什么 多少 怎么 怎样 如何 哪 哪个 哪里 为什么 几 吗 不 没 没有 是否 产品 商品',
  ),
  auxiliaries: set('是否 能否 可否 有没有 是不是 能不能 会不会 可不可以 要不要 需不需要'),
  // 多 before a measure word asks how much of it: 多重, 多大, 多久.
  whWords: set(
    '什么 多少 怎么 怎样 如何 哪 哪个 哪里 哪些 为什么 几 谁 多重 多大 多久 多长 多高 多宽 多厚 多远 多贵',
  ),
  negations: set('不 没 没有 无 非 未 别 不是 不能 不会 不要 不用 不含 不带'),
  notNegating: list('不错|没问题|不但|不仅'),
  yesValues: set('是 有 对 可以 能 含 包含 带'),
  noValues: set('否 无 没有 不 不是 不含'),
  hedges: list('我觉得|我认为|我想|应该|大概|可能|你好|您好'),
  unsure: list('不知道|不确定|不清楚'),
  questionParticles: set('吗 么'),
  quantityQuestions: {
    length: list('多高|多长|多宽|多大|多厚|多深|尺寸|高度|长度|宽度|直径|尺码'),
    weight: list('多重|重量|多少斤|多少克|多少公斤|更轻|最轻|更重|最重'),
    age: list('几岁|年龄|多大的孩子|岁'),
    duration: list('多久|多长时间|几个小时|几天'),
    count: list('多少个|几个|多少件|多少只|几件|几只'),
  },
  ageWords: list('岁|年龄'),
  requests: list('请告诉|请列出|能告诉|能不能告诉'),
};

const LEXICONS: Record<Locale, EvidenceLexicon> = { en: EN, zh: ZH };

export function evidenceLexicon(locale: Locale): EvidenceLexicon {
  return LEXICONS[locale];
}

const union = <T>(a: ReadonlySet<T>, b: ReadonlySet<T>): ReadonlySet<T> => new Set([...a, ...b]);

/**
 * Both languages' words at once, for reading text whose language is not the reply's: a Chinese question
 * over an English product sheet, an English review in a Chinese shop.
 */
export const READING: EvidenceLexicon = {
  stopwords: union(EN.stopwords, ZH.stopwords),
  auxiliaries: union(EN.auxiliaries, ZH.auxiliaries),
  whWords: union(EN.whWords, ZH.whWords),
  negations: union(EN.negations, ZH.negations),
  notNegating: [...EN.notNegating, ...ZH.notNegating].sort((a, b) => b.length - a.length),
  yesValues: union(EN.yesValues, ZH.yesValues),
  noValues: union(EN.noValues, ZH.noValues),
  hedges: [...EN.hedges, ...ZH.hedges].sort((a, b) => b.length - a.length),
  unsure: [...EN.unsure, ...ZH.unsure],
  questionParticles: union(EN.questionParticles, ZH.questionParticles),
  requests: [...EN.requests, ...ZH.requests],
  quantityQuestions: {
    length: [...EN.quantityQuestions.length, ...ZH.quantityQuestions.length],
    weight: [...EN.quantityQuestions.weight, ...ZH.quantityQuestions.weight],
    age: [...EN.quantityQuestions.age, ...ZH.quantityQuestions.age],
    duration: [...EN.quantityQuestions.duration, ...ZH.quantityQuestions.duration],
    count: [...EN.quantityQuestions.count, ...ZH.quantityQuestions.count],
  },
  ageWords: [...EN.ageWords, ...ZH.ageWords],
};

import type { Product } from '../../catalog/types.ts';
import { answerFromEvidence, type StorePolicies } from '../evidence/index.ts';
import { askedQuantities, statesQuantity } from '../evidence/quantity.ts';
import { contentTerms, namesAttribute } from '../evidence/terms.ts';
import { factLines } from '../grounding/product-facts-block.ts';
import { phraseWithModel } from '../grounding/model-phrasing.ts';
import { lexicon } from '../understand/lexicon/index.ts';
import type { Topic } from '../understand/turn.ts';
import type { Flow, FlowContext } from './context.ts';
import { findFlow, inStockAlternative } from './find.ts';
import { isPolicyTopic } from '../understand/turn.ts';
import { askedMaterials, madeOfAll, productMaterials } from './materials.ts';
import { askedOption, optionNamed, soleOtherOption } from './variant-options.ts';
import { optionsAnswer } from './option-answer.ts';
import { answerPolicy } from './policy.ts';
import { showTarget, targetProduct, withoutTarget } from './product-target.ts';
import { storeInfoFlow } from './store-info.ts';

/** Whether one of the product's attributes states the kind of measure the question asks for. */
function statesMeasureAsked(product: Product, question: string): boolean {
  const asked = askedQuantities(question);
  return Object.entries(product.attributes).some(([name, value]) => statesQuantity(value, asked, name));
}

/** Whether a question's words are all the product's own (its title, its kind) and it asks no measure: it asks nothing of it. */
function namesOnly(product: Product, question: string): boolean {
  if (askedQuantities(question).size > 0) return false;
  const own = new Set(contentTerms([product.title, ...product.categoryPath].join(' ')));
  return contentTerms(question).every((term) => own.has(term));
}

/** What a variant's own price and stock answer. */
const VARIANT_TOPICS: ReadonlySet<Topic> = new Set(['price', 'stock', 'restock', 'colour', 'size']);

/** The sentence a catalog field gives for a topic; undefined when the catalog lacks the field. */
function fieldAnswer(context: FlowContext, product: Product, topic: Topic): string | undefined {
  const { say, facts } = context;
  const words = lexicon(context.turn.locale);
  switch (topic) {
    case 'price':
      return say.price(product.title, facts.price(product));
    case 'stock':
    case 'restock': {
      const stock = say.stock(product.title, facts.availability(product));
      return product.availability === 'out-of-stock' && topic === 'restock'
        ? `${stock} ${say.restockUnknown}`
        : stock;
    }
    case 'location': {
      const where = facts.location(product);
      return where ? say.location(product.title, where) : undefined;
    }
    case 'rating': {
      const rating = facts.rating(product);
      return rating ? say.rated(product.title, rating) : undefined;
    }
    case 'brand':
      return product.brand ? say.brand(product.title, product.brand) : undefined;
    case 'colour':
    case 'size': {
      // "What sizes does the knife come in?" of one sold by blade length: the option it is sold by.
      const found =
        optionNamed(product, topic === 'colour' ? words.colourOptions : words.sizeOptions) ??
        (topic === 'size' ? soleOtherOption(product, words.colourOptions) : undefined);
      return found ? optionsAnswer(context, product, found) : undefined;
    }
    case 'material': {
      const materials = productMaterials(product, words);
      if (materials.length === 0) return undefined;
      const asked = context.turn.yesNo ? askedMaterials(context.turn.subject, words) : [];
      if (asked.length === 0) return say.madeOf(product.title, materials);
      return madeOfAll(materials, asked, words)
        ? say.madeOfYes(product.title, materials)
        : say.madeOfNo(product.title, asked, materials);
    }
    case 'barcode':
      return product.barcode ? say.barcode(product.title, product.barcode) : undefined;
    case 'sku':
      return product.sku ? say.sku(product.title, product.sku) : undefined;
    default:
      return undefined;
  }
}

/**
 * The store's terms of the policy a question is about, to answer beside the product's evidence ("how
 * long is the warranty?" of a hammer whose sheet gives its length). Those of other policies are no
 * evidence about a product: "how heavy is the bag?" is not answered by the shipping terms for heavy bags.
 */
function askedStorePolicy(context: FlowContext): StorePolicies {
  const { turn, store } = context;
  if (turn.topic === 'returns') return { returns: store.returnPolicy };
  if (turn.topic === 'warranty') return { warranty: store.warrantyPolicy };
  if (turn.topic === 'shipping') return { shipping: store.shippingPolicy };
  return {};
}

/**
 * An open question no catalog field answers ("is it good for travel?", "how many volts?"): the
 * passages of the product's own evidence that answer it, phrased by the model when that keeps to them.
 */
async function openQuestion(context: FlowContext, product: Product) {
  const { turn, embed, store, reply, say, facts, languageModel, catalog } = context;
  const evidence = await answerFromEvidence(turn.subject, product, {
    embed,
    locale: turn.locale,
    storePolicies: askedStorePolicy(context),
    signal: reply.signal,
  });
  // The title alone restates the product's name: it answers nothing the shopper asked.
  const informative = evidence.passages.some((passage) => passage.source !== 'title');
  if (evidence.dontKnow || !informative) {
    // "The second one?", "any buoyancy aids?": naming a product and asking nothing of it asks for its
    // main facts.
    if (turn.bare || namesOnly(product, turn.subject)) return reply.finish(facts.summary(product));
    return reply.finish(say.dontKnowTopic(say.topicNames.details, product.title), true);
  }
  if (!languageModel || turn.locale !== 'en') return reply.finish(evidence.text);
  reply.usedModel = true;
  const passages = evidence.passages.map((passage) => passage.text);
  const phrased = await phraseWithModel(
    languageModel,
    {
      facts: [...factLines(product, store), ...passages],
      task: `Shopper: ${turn.message}\nReply in one short sentence using only the product facts.`,
      products: [product],
      // Only the quoted passages back the answer: text in the catalog must not become an accepted fact.
      extraFacts: passages,
      maxSentences: 1,
      store,
    },
    catalog,
    { onSentence: (text) => reply.text(text), signal: reply.signal },
  );
  reply.violations.push(...phrased.violations);
  return reply.finish(phrased.text || evidence.text);
}

/** A question about one product: a catalog field when the topic has one, else the product's evidence. */
export const productQuestionFlow: Flow = async (context) => {
  const { turn, reply, say, facts } = context;
  // The store's hours and address, unless the question points at a product: "when do they expire?",
  // "这个奶瓶是哪里产的" ask what its own evidence says. Paying is the store's whatever is pointed at.
  const ofProduct = (turn.refersBack && turn.referenced.length > 0) || turn.named !== undefined;
  if (turn.topic === 'payment' || ((turn.topic === 'hours' || turn.topic === 'contact') && !ofProduct))
    return storeInfoFlow(context);
  // "Which ones have a logo?" of the products shown: the ones its words single out.
  if (turn.picksShown && !turn.topic) {
    context.conversation.noteInterest(turn.referenced);
    context.conversation.show(reply, turn.referenced, (p) => p.categoryPath.at(-1) ?? '');
    return reply.finish(turn.referenced.map((picked) => facts.summary(picked)).join(say.sentenceGap));
  }
  const product = targetProduct(context);
  if (!product) {
    // "Do you deliver? how much does it cost": with no product to ask about, the store's own terms.
    if (isPolicyTopic(turn.topic) && turn.referenced.length === 0) return storeInfoFlow(context);
    if (turn.refersBack || turn.referenced.length > 1) return withoutTarget(context);
    // A question about something the catalog does not have: say so, and look for it.
    return findFlow(context);
  }
  showTarget(context, product);
  // "How long is the claw hammer?" asks a measure the product's sheet states, not the warranty's "how long".
  if (isPolicyTopic(turn.topic) && !statesMeasureAsked(product, turn.subject))
    return answerPolicy(context, product, turn.topic);
  // "How many of the green ones are left?": the price and stock of the variants it names.
  if (turn.variants.length > 0 && (!turn.topic || VARIANT_TOPICS.has(turn.topic)))
    return reply.finish(turn.variants.map((v) => facts.variantSummary(product, v)).join(say.sentenceGap));
  // "有几段的", "which blade lengths are there?": the values of the option the question names.
  const option = turn.variants.length === 0 ? askedOption(product, turn.subject) : undefined;
  if (option && (!turn.topic || VARIANT_TOPICS.has(turn.topic)))
    return reply.finish(optionsAnswer(context, product, option));
  const field = turn.topic ? fieldAnswer(context, product, turn.topic) : undefined;
  // An attribute the question names answers it when the topic its other words are near has no field
  // ("小新用的是什么处理器" is not about what it is made of).
  if (!field && namesAttribute(product, turn.subject)) return openQuestion(context, product);
  // The material reader has read every word of the product: other passages do not say what it is made of.
  if (!field && turn.topic === 'material')
    return reply.finish(say.dontKnowTopic(say.topicNames.material, product.title), true);
  const outOfStock = product.availability === 'out-of-stock';
  // "Is it in stock?" of a product that is not: the closest one that is, shown beside it.
  if (field && outOfStock && (turn.topic === 'stock' || turn.topic === 'restock')) {
    const alternative = await inStockAlternative(context.search, product);
    if (alternative) {
      context.conversation.show(reply, [product, alternative], (p) => p.categoryPath.at(-1) ?? '');
      const instead = say.inStockAlternative(alternative.title, facts.price(alternative));
      return reply.finish(`${field}${say.sentenceGap}${instead}`, turn.topic === 'restock');
    }
  }
  // "When will it be back?" of a product out of stock: the catalog does not know, and the reply says so.
  if (field) return reply.finish(field, turn.topic === 'restock' && outOfStock);
  const answer = await openQuestion(context, product);
  // A store topic asked of a product ("哪里产的" read near the store's address) names no field of it.
  if (answer.dontKnow && turn.topic && turn.topic !== 'hours' && turn.topic !== 'contact')
    return reply.finish(say.dontKnowTopic(say.topicNames[turn.topic], product.title), true);
  return answer;
};

import { normaliseMessage } from './typo-fix.ts';

/** What the shopper wants from one message; the conversation engine picks its answer path from it. */
export type Intent =
  'product-question' | 'find' | 'compare' | 'describe' | 'reviews' | 'store-info' | 'greeting' | 'off-topic';

/** What the screen shows when the message arrives: follow-ups such as "how much is it?" depend on it. */
export interface IntentContext {
  /** A product page (or the kiosk's product on screen) is open. */
  productInView: boolean;
  /** How many products the previous answer listed. */
  previousResults: number;
}

/*
 * The rules are ordered from the most specific to the broadest: requests the kiosk must decline first,
 * then conversational openers, then the answer paths whose wording is distinctive (compare, reviews,
 * policies), and the broad "find" and "product-question" paths last.
 */

const INJECTION =
  /\b(ignore|disregard|forget|override)\b.{0,40}\b(instructions?|prompts?|rules|guidelines|above|previous|everything)\b|\bsystem prompt\b|\byou are now\b|\bpretend (to be|you are|you're)\b|\bact as (a|an|my)\b|\bjailbreak\b|\bdeveloper mode\b|\bfrom now on,? (you|say|answer|always)\b/;
const CREATIVE =
  /\b(write|compose|make up|tell|sing|give) (me )?(a |an |another )?(poem|haiku|song|lyrics|story|essay|joke|riddle|limerick|rap|letter|speech)\b|\b(poem|haiku|limerick|joke|riddle)\b/;
const WORLD =
  /\b(weather|forecast|news|headlines|stock market|bitcoin|crypto|election|president|prime minister|horoscope|lottery|meaning of life|capital of|translate|homework|recipe for)\b|\bwho (invented|wrote|won|discovered|painted|directed)\b|\bwhat (day|year) is it\b|\bwhat time is it\b/;
const CODE =
  /\b(python|javascript|typescript|java|c\+\+|rust|sql|html|css|regex|bash|powershell)\b|\b(write|generate|fix|debug|explain) (me )?(some |a |this |the |my )?(code|script|program|function|app|website|query)\b/;
const MATH =
  /\b(solve|equation|integral|derivative|square root|factorial)\b|\d+(\.\d+)?\s*[+*/×^=]\s*\d+|\bwhat(?:'s| is) \d+ (plus|minus|times|divided by) \d+/;

const OPENER =
  /^(hi|hello|hey|hiya|howdy|yo|greetings|good (morning|afternoon|evening|day)|thanks|thank you( very much| so much)?|thx|cheers|bye|goodbye|see you|ok|okay|cool|great|nice|please|there|excuse me|sorry|hola|bonjour|hallo)\b[\s,!.?]*/;
const HELP =
  /^(help|help me|help please|can you help( me)?|could you help( me)?|what can you do|what do you do|what can i ask( you)?|how does this work|how do (i|you) use (this|you|it)|who are you|what are you|are you (a )?(bot|robot|human|real|person|an? ai)|what is this( kiosk| screen| app)?)\s*[?!.]*$/;

const COMPARE_WORDS =
  /\b(compare|comparison|comparing|versus|vs)\b|\bdifferences? (between|from)\b|\bwhat(?:'s| is| are) the differences?\b|\bhow (do|does|is|are) .{1,60} (differ|different|compare)\b|\b(better|worse) than\b|\bside by side\b/;
const WHICH_CHOICE =
  /\bwhich\b.{0,40}\b(better|best|cheaper|cheapest|lighter|heavier|bigger|biggest|smaller|newer|faster|stronger|recommend|choose|pick|get|buy|prefer|worth|good|rated|longer|last)\b/;

const REVIEWS =
  /\breviews?\b|\breviewers?\b|\bratings?\b|\bstars?\b|\bhow (well )?(is|are) (it|this|that|they|these|those|the [a-z0-9 ]{1,30}) rated\b|\b(people|customers|buyers|users|others|shoppers|owners|clients) (say|said|think|thought|like|liked|love|loved|hate|complain|complained|feel|rate|rated|recommend|report)\b|\baccording to (the )?(buyers|customers|people|reviews|users|shoppers|reviewers|owners)\b|\bfeedback\b|\btestimonials?\b|\bcomplaints?\b|\bwhat (do|did) (people|others|customers|buyers|users) (say|think)\b/;

const STORE_ONLY =
  /\b(opening|business|store|shop) (hours|times)\b|\bwhat are (your|the) hours\b|\bwhen (do|does|are|is) (you|the store|the shop|it) (open|close)\b|\bwhat time do you (open|close)\b|\bare you open\b|\bclosing time\b|\bopen (today|tomorrow|on (sundays?|saturdays?|mondays?|holidays|weekends?)|late)\b|\bwhere (is|are) (the|your|this) (store|shop|branch)\b|\bwhere are you( located| based)?\b|\b(store|shop|your) (address|location|phone|email)\b|\bhow (do|can) i get (here|there|to the (store|shop))\b|\bdirections\b|\bparking\b|\bpark (my|the) car\b|\bpayment\b|\b(pay|paying) (by|with|in|using) \w+|\bhow (can|do) i pay\b|\b(credit|debit) cards?\b|\bcash\b|\bapple pay\b|\bgoogle pay\b|\bpaypal\b|\bcontactless\b|\binstal?lments?\b|\bfinancing\b|\bgift (cards?|vouchers?)\b|\bvouchers?\b|\bcoupons?\b|\bloyalty\b|\bmembership\b|\bcontact (you|the store|customer service)\b|\bcustomer service\b|\bphone number\b|\btoilets?\b|\brestrooms?\b|\bclick and collect\b|\bstore pick ?up\b/;
const POLICY =
  /\b(returns?|returning|returnable|refunds?|exchanges?|send (it |this |them )?back|take (it |this |them )?back|bring (it |this |them )?back|money back|warranty|warranties|guarantee|guaranteed|shipping|ship|ships|shipped|delivery|deliver|delivered|postage|dispatch(ed)?)\b/;
const PRODUCT_REFERENCE =
  /\b(it|its|it's|this|that|these|those|they|them|this one|that one)\b|\b(on|for|of|with) (the|this|that|these|those|a|an|my) (?!store\b|shop\b|policy\b|policies\b)[a-z0-9]+/;
const STORE_REFERENCE = /\b(your|store|shop|general|policy|policies|you guys)\b/;

const DESCRIBE =
  /\b(describe|description)\b|\btell me (a bit |a little |some(thing)? )?(more )?about\b|^tell me more\b|\bmore (info|information|details)\b|\b(give me|any|some|the) details\b|\bfeatures?\b|\bwhat can (it|this|that) do\b|\bwhat(?:'s| is) (this|that|it)( one| product| thing| item)?\s*[?!.]*$|\bwhat (kind|type|sort) of (product|thing|item) is\b/;

const AS_ATTRIBUTE =
  /\b(does|do|is|are|can|will) (it|this|that|they|these|those)( one| ones)? (come|available|sold|exist|made|fit|work|last)\b/;
const FIND =
  /^(any|anything|something|other|another|more)\b|\b(do|does) (you|the store|the shop|your (store|shop)|you guys) (have|sell|carry|stock|got|offer|do)\b|\bhave you got\b|\bgot any\b|\bis there (a|an|any)\b|\bare there any\b|\banything (cheaper|else|similar|like|under|below|for|in)\b|\blooking for\b|\bi(?:'m| am) (after|searching|shopping)\b|\bsearch(ing)? for\b|\bi (need|want|would like|'d like)\b(?! to (know|ask|check|return|see if))|\bshow me\b|\bfind (me )?\b|\brecommend|\bsuggest|\bcheap(er|est)?\b|\baffordable\b|\bbudget\b|\binexpensive\b|\bless expensive\b|\blower price\b|\balternatives?\b|\bsimilar\b|\bother (options|colou?rs|ones|models|brands|sizes|kinds|types)\b|\bsomething (else|like|for|similar|nice|cheap|good)\b|\b(gift|present) (for|ideas?)\b|\bin (a |an )?(other|another|different|black|white|red|blue|green|yellow|pink|purple|orange|gr[ae]y|brown|silver|gold|beige|navy)\b|\b(under|below|less than|cheaper than|up to|within|max(imum)?|no more than|at most|over|above|more than|around|about)\s?(\$|€|£|usd|eur|gbp)?\s?\d|\bwhat(?:'s| is| are) (the |a |your )?(best|cheapest|most expensive|top|nicest|most popular)\b|\b(best|top|top-rated|highest-rated|best-rated|popular|good|great) [a-z]+ (for|under|below|to)\b/;

const ATTRIBUTE =
  /\b(price|prices|priced|cost|costs|charge|charges|how much|expensive|stock|in stock|available|availability|left|sold out|colou?rs?|sizes?|fit|warranty|guarantee|materials?|made (of|from|in|by)|fabric|weight|weigh|weighs|heavy|dimensions?|how (big|large|small|tall|wide|long|deep|heavy|old|new)|width|height|depth|length|battery|capacity|storage|memory|screen|brand|manufacturer|who makes|model|sku|barcode|ingredients?|calories|allergens?|washable|waterproof|water resistant|compatible|voltage|aisle|shelf|discount|on sale|minimum order|specs?|specifications?|quantity)\b|\bwhere (is|are|can i find) (it|this|that|they|these|those|the)\b/;
/** A message that only points at an earlier result ("the cheapest one?", "and the second?"). */
const BARE_REFERENCE =
  /^(and |what about |how about |ok |okay )?the (first|second|third|fourth|fifth|last|other|cheaper|cheapest|less expensive|least expensive|more expensive|most expensive|pricier|priciest|best[- ]rated|top[- ]rated|highest[- ]rated)( one| option| model)?( please)?\s*[?.!]*$/;
const QUESTION =
  /\?\s*$|^(what|how|is|are|does|do|can|could|will|would|which|when|where|who|why|has|have|should)\b/;

/**
 * Whether the shopper's own wording names a product: a capitalised word after the first ("the Huawei
 * Matebook") or a model number ("galaxy s8"). Read from the original casing, before normalising.
 */
function namesAProduct(message: string): boolean {
  return message.split(/[.!?]\s+/).some((sentence) => {
    const words = sentence.match(/[A-Za-z][A-Za-z0-9'-]*|\d+/g) ?? [];
    return words.some(
      (word, i) => (i > 0 && /^[A-Z]/.test(word) && !/^I('|$)/.test(word)) || /^[a-z]+\d/i.test(word),
    );
  });
}

function stripOpeners(text: string): string {
  let rest = text.trim();
  for (let match = OPENER.exec(rest); match && match[0].length > 0; match = OPENER.exec(rest)) {
    rest = rest.slice(match[0].length).trim();
  }
  return rest;
}

function isOffTopic(text: string): boolean {
  return [INJECTION, CREATIVE, WORLD, CODE, MATH].some((rule) => rule.test(text));
}

function isCompare(text: string, context: IntentContext): boolean {
  if (COMPARE_WORDS.test(text)) return true;
  // "Which is better?" needs two things to choose between: earlier results, or an "A or B" in the message.
  return WHICH_CHOICE.test(text) && (context.previousResults >= 2 || /\bor\b/.test(text));
}

function policyIntent(text: string, context: IntentContext, named: boolean): Intent {
  // dummyjson-style catalogs carry per-product warranty, returns and shipping text, so a policy question
  // about a product goes to the product path; "your return policy" is the store's.
  if (/\b(do|can|will|could) you (ship|deliver|post|send)\b/.test(text)) return 'store-info';
  if ((named || PRODUCT_REFERENCE.test(text)) && !/\byour\b/.test(text)) return 'product-question';
  if (STORE_REFERENCE.test(text)) return 'store-info';
  return context.productInView ? 'product-question' : 'store-info';
}

/**
 * Classifies one shopper message by rules (no model), in general shop English: "do you have running shoes
 * under $50" is a search, "how much is it" with a product in view a product question, "what's your return
 * policy" store information, "write me a poem" off-topic. Common typos in the keywords are repaired first.
 */
export function classifyIntent(message: string, context: IntentContext): Intent {
  const text = normaliseMessage(message).replace(/\s+/g, ' ').trim();
  if (isOffTopic(text)) return 'off-topic';
  const rest = stripOpeners(text);
  if (rest === '' || HELP.test(rest)) return 'greeting';
  if (isCompare(rest, context)) return 'compare';
  if (REVIEWS.test(rest) && !/\b(top|best|highest|well)[- ]rated\b/.test(rest)) return 'reviews';
  if (STORE_ONLY.test(rest)) return 'store-info';
  const named = namesAProduct(message);
  if (POLICY.test(rest)) return policyIntent(rest, context, named);
  if (DESCRIBE.test(rest)) return 'describe';
  if (context.previousResults > 0 && BARE_REFERENCE.test(rest)) return 'product-question';
  if (AS_ATTRIBUTE.test(rest)) return 'product-question';
  // "any left of this?" on a product page asks about the product, though it opens like a search.
  if (context.productInView && /\b(this|it|its)\b/.test(rest) && ATTRIBUTE.test(rest))
    return 'product-question';
  if (FIND.test(rest)) return 'find';
  if (ATTRIBUTE.test(rest)) return 'product-question';
  const refersBack = /\b(it|its|this|that|one)\b/.test(rest);
  if (
    QUESTION.test(rest) &&
    (named || context.productInView || (context.previousResults > 0 && refersBack))
  ) {
    return 'product-question';
  }
  return 'find';
}

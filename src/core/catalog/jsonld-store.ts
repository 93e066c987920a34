/** The store profile a JSON-LD document states about the shop: its Store (or other business) node, its FAQ page. */
import { isObject, toNumber, toText, type JsonObject } from './field-values.ts';
import { nodeTypes, type LinkedNodes } from './jsonld-nodes.ts';
import type { FaqEntry, StoreProfile } from './types.ts';
import type { Locale } from '../../i18n/locale.ts';
import { messages } from '../../i18n/messages.ts';

/** Store and its kinds (ElectronicsStore, OnlineStore …) and LocalBusiness are the shop; else an Organization. */
const isBusiness = (node: JsonObject) =>
  nodeTypes(node).some((t) => /Store$|^(LocalBusiness|OnlineBusiness)$/.test(t));
const isOrganization = (node: JsonObject) => nodeTypes(node).includes('Organization');

const dayName = (day: string) => day.replace(/^https?:\/\/schema\.org\//, '');
const clock = (time: string) => time.replace(/^(\d{1,2}:\d{2}):00$/, '$1');

/** "Mo-Fr 09:00-18:00" as written, or each OpeningHoursSpecification as "Monday, Tuesday 10:00-22:00". */
function openingHours(node: JsonObject, links: LinkedNodes): string | undefined {
  const written = links.texts(node.openingHours);
  const specified = links
    .list(node.openingHoursSpecification)
    .filter(isObject)
    .flatMap((spec) => {
      const days = links.texts(spec.dayOfWeek).map(dayName).join(', ');
      const opens = toText(spec.opens ?? null);
      const closes = toText(spec.closes ?? null);
      if (opens === undefined || closes === undefined) return [];
      return [`${days} ${clock(opens)}-${clock(closes)}`.trim()];
    });
  const all = [...written, ...specified];
  return all.length > 0 ? all.join('; ') : undefined;
}

/**
 * A MerchantReturnPolicy's own text, else its return window ("Returns within 30 days"), written by the
 * message catalog of the shop's own language.
 */
function returnPolicy(node: JsonObject, links: LinkedNodes, locale: Locale): string | undefined {
  const say = messages(locale).assistant;
  const texts = links
    .list(node.hasMerchantReturnPolicy)
    .filter(isObject)
    .flatMap((policy) => {
      const text = toText(policy.description ?? null) ?? toText(policy.name ?? null);
      if (text !== undefined) return [text];
      const category = toText(policy.returnPolicyCategory ?? null) ?? '';
      if (category.endsWith('MerchantReturnNotPermitted')) return [say.returnsNotAccepted];
      const days = toNumber(policy.merchantReturnDays ?? null);
      return days === undefined ? [] : [say.returnWindow(days)];
    });
  return texts.length > 0 ? texts.join(' ') : undefined;
}

function faq(nodes: JsonObject[], links: LinkedNodes): FaqEntry[] {
  return nodes
    .filter((node) => nodeTypes(node).includes('FAQPage'))
    .flatMap((page) => links.list(page.mainEntity).filter(isObject))
    .flatMap((question) => {
      const answer = links.resolve(question.acceptedAnswer);
      const text = isObject(answer) ? toText(answer.text ?? null) : undefined;
      const asked = toText(question.name ?? null);
      return asked !== undefined && text !== undefined ? [{ question: asked, answer: text }] : [];
    });
}

/**
 * What the document says about the shop, from the nodes outside its products: the first Store or
 * LocalBusiness (else Organization) gives the name, opening hours, return policy and accepted currency.
 * `locale` is the language the shop writes in, for what the document states only as data.
 */
export function jsonLdStore(nodes: JsonObject[], links: LinkedNodes, locale: Locale): Partial<StoreProfile> {
  const shop = nodes.find(isBusiness) ?? nodes.find(isOrganization);
  const store: Partial<StoreProfile> = {};
  const entries = faq(nodes, links);
  if (entries.length > 0) store.faq = entries;
  if (shop === undefined) return store;
  const name = links.text(shop.name);
  const hours = openingHours(shop, links);
  const returns = returnPolicy(shop, links, locale);
  const [currency] =
    (toText(shop.currenciesAccepted ?? null) ?? '').toUpperCase().match(/\b[A-Z]{3}\b/) ?? [];
  return {
    ...store,
    ...(name === undefined ? {} : { name }),
    ...(hours === undefined ? {} : { openingHours: hours }),
    ...(returns === undefined ? {} : { returnPolicy: returns }),
    ...(currency === undefined ? {} : { currency }),
  };
}

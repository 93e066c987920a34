/** schema.org Product markup in JSON-LD: single objects, arrays, @graph, ItemList and ProductGroup. */
import { availabilityFromStock, combinedAvailability, parseAvailability } from './availability.ts';
import { CatalogFormatError } from './errors.ts';
import { isObject, toNumber, toText, type Json, type JsonObject } from './field-values.ts';
import { ImportLog } from './import-log.ts';
import { childPath, placeJsonIssues } from './json-places.ts';
import { cheapestOf, type Prices } from './pricing.ts';
import { ProductList } from './product-list.ts';
import { defaultStore } from './store-profile.ts';
import { htmlToText, staysOnOrigin } from './text.ts';
import type { ImportResult, Product, ProductImage, Review, Variant } from './types.ts';

const PRODUCT_TYPES = ['Product', 'ProductGroup', 'IndividualProduct', 'ProductModel', 'SomeProducts'];
const ATTRIBUTE_KEYS = [
  'color',
  'size',
  'material',
  'pattern',
  'model',
  'mpn',
  'weight',
  'width',
  'height',
  'depth',
];

function types(node: JsonObject): string[] {
  const t = node['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list.flatMap((v) => (typeof v === 'string' ? [v.replace(/^https?:\/\/schema\.org\//, '')] : []));
}

const isProduct = (node: JsonObject) => types(node).some((t) => PRODUCT_TYPES.includes(t));

/** Whether a JSON document is JSON-LD that speaks schema.org. */
export function isJsonLd(doc: Json): boolean {
  const nodes = Array.isArray(doc) ? doc : [doc];
  return nodes.some(
    (n) =>
      isObject(n) &&
      (n['@graph'] !== undefined ||
        (typeof n['@context'] === 'string' && /schema\.org/.test(n['@context'])) ||
        types(n).length > 0),
  );
}

interface Found {
  node: JsonObject;
  path: string;
}

/** Every product node, not descending into products (their isRelatedTo and hasVariant belong to them). */
function findProducts(value: Json, path: string, found: Found[], ids: Map<string, JsonObject>): void {
  if (Array.isArray(value)) {
    value.forEach((item, i) => findProducts(item, childPath(path, i), found, ids));
    return;
  }
  if (!isObject(value)) return;
  if (typeof value['@id'] === 'string' && Object.keys(value).length > 1) ids.set(value['@id'], value);
  if (isProduct(value)) {
    found.push({ node: value, path });
    return;
  }
  for (const [key, inner] of Object.entries(value))
    if (key !== '@context') findProducts(inner, childPath(path, key), found, ids);
}

class Reader {
  constructor(
    private readonly ids: Map<string, JsonObject>,
    private readonly log: ImportLog,
  ) {}

  /** Follows an {"@id": ...} reference to the node it names, when the document holds it. */
  resolve(value: Json | undefined): Json | undefined {
    if (isObject(value) && typeof value['@id'] === 'string' && Object.keys(value).length === 1)
      return this.ids.get(value['@id']) ?? value;
    return value;
  }

  list(value: Json | undefined): Json[] {
    const v = this.resolve(value);
    if (v === undefined || v === null) return [];
    return (Array.isArray(v) ? v : [v]).map((item) => this.resolve(item) ?? null);
  }

  text(value: Json | undefined): string | undefined {
    const v = this.resolve(value);
    if (isObject(v)) return toText(v.name ?? v['@value'] ?? null);
    return toText(Array.isArray(v) ? (v[0] ?? null) : (v ?? null));
  }

  images(value: Json | undefined): ProductImage[] {
    return this.list(value).flatMap((item) => {
      const src = isObject(item) ? toText(item.contentUrl ?? item.url ?? null) : toText(item);
      return src ? [{ src, availableOffline: staysOnOrigin(src) }] : [];
    });
  }

  /** Price pair of one Offer: a StrikethroughPrice or ListPrice above the offer's price makes it a sale. */
  offerPrices(offer: JsonObject, path: string): Prices {
    const raw = offer.price ?? offer.lowPrice;
    const price = toNumber(raw);
    if (raw !== undefined && price === undefined)
      this.log.error(`price "${String(raw)}" is not a number`, { path: childPath(path, 'price') });
    if (price === undefined) return { price: Number.NaN };
    const list = this.list(offer.priceSpecification)
      .filter(isObject)
      .find((spec) => /StrikethroughPrice|ListPrice/.test(toText(spec.priceType ?? null) ?? ''));
    const listPrice = list ? toNumber(list.price ?? null) : undefined;
    return listPrice !== undefined && listPrice > price ? { price: listPrice, salePrice: price } : { price };
  }

  offers(
    node: JsonObject,
    path: string,
  ): { offers: { offer: JsonObject; path: string }[]; currency?: string } {
    const offers: { offer: JsonObject; path: string }[] = [];
    const add = (value: Json | undefined, at: string) =>
      this.list(value).forEach((item, i) => {
        const itemPath = Array.isArray(this.resolve(value)) ? childPath(at, i) : at;
        if (!isObject(item)) return;
        // AggregateOffer: its own lowPrice, or the offers inside it.
        if (types(item).includes('AggregateOffer') && item.offers !== undefined)
          add(item.offers, childPath(itemPath, 'offers'));
        else offers.push({ offer: item, path: itemPath });
      });
    add(node.offers, childPath(path, 'offers'));
    const first = offers[0]?.offer;
    return { offers, currency: first ? toText(first.priceCurrency ?? null) : undefined };
  }

  reviews(value: Json | undefined): Review[] {
    return this.list(value).flatMap((item) => {
      if (!isObject(item)) return [];
      const rating = this.resolve(item.reviewRating);
      const score = isObject(rating) ? toNumber(rating.ratingValue ?? null) : toNumber(rating);
      const text = toText(item.reviewBody ?? item.description ?? null);
      if (score === undefined && text === undefined) return [];
      return [
        {
          rating: score ?? 0,
          text: text ?? '',
          author: this.text(item.author),
          date: toText(item.datePublished ?? null),
        },
      ];
    });
  }

  attributes(node: JsonObject): Record<string, string> {
    const attributes: Record<string, string> = {};
    for (const key of ATTRIBUTE_KEYS) {
      const value = this.resolve(node[key]);
      const text = isObject(value)
        ? [toText(value.value ?? null), toText(value.unitText ?? value.unitCode ?? null)]
            .filter(Boolean)
            .join(' ')
        : this.text(value);
      if (text) attributes[key === 'mpn' ? 'MPN' : key.charAt(0).toUpperCase() + key.slice(1)] = text;
    }
    for (const property of this.list(node.additionalProperty).filter(isObject)) {
      const name = toText(property.name ?? null);
      const value = toText(property.value ?? null);
      if (name && value) attributes[name] = value;
    }
    return attributes;
  }

  barcode(node: JsonObject): string | undefined {
    return toText(node.gtin13 ?? node.gtin12 ?? node.gtin14 ?? node.gtin8 ?? node.gtin ?? node.isbn ?? null);
  }

  variant(node: JsonObject, path: string, names: string[]): Variant {
    const { offers } = this.offers(node, path);
    const prices = cheapestOf(offers.map(({ offer, path: p }) => this.offerPrices(offer, p)));
    const stock = toNumber(this.resolve(offers[0]?.offer.inventoryLevel) ?? null);
    const options: Record<string, string> = {};
    for (const name of names) {
      const value = this.text(node[name]);
      if (value) options[name.charAt(0).toUpperCase() + name.slice(1)] = value;
    }
    return {
      sku: toText(node.sku ?? null) ?? '',
      title: Object.values(options).join(' / ') || (this.text(node.name) ?? ''),
      options,
      ...prices,
      stock,
      availability: parseAvailability(offers[0]?.offer.availability ?? null) ?? availabilityFromStock(stock),
      barcode: this.barcode(node),
    };
  }

  product(node: JsonObject, path: string, currency: string): Product | undefined {
    const id =
      toText(node.sku ?? node.productID ?? node.productGroupID ?? null) ??
      this.barcode(node) ??
      toText(node['@id'] ?? node.url ?? null);
    if (id === undefined) {
      this.log.error('product has no id (looked for sku, productID, gtin, @id, url); skipped', { path });
      return undefined;
    }
    const { offers, currency: offerCurrency } = this.offers(node, path);
    const varies = this.list(node.variesBy).flatMap((v) => {
      const name = toText(v)?.replace(/^https?:\/\/schema\.org\//, '');
      return name ? [name] : [];
    });
    const variants = this.list(node.hasVariant).flatMap((v, i) =>
      isObject(v) ? [this.variant(v, childPath(childPath(path, 'hasVariant'), i), varies)] : [],
    );
    const offerPrices = offers.map(({ offer, path: p }) => this.offerPrices(offer, p));
    const prices = variants.length > 0 ? cheapestOf(variants) : cheapestOf(offerPrices);
    const inventory = this.resolve(offers[0]?.offer.inventoryLevel);
    const stock = toNumber(isObject(inventory) ? (inventory.value ?? null) : (inventory ?? null));
    const rating = this.resolve(node.aggregateRating);
    const average = isObject(rating) ? toNumber(rating.ratingValue ?? null) : undefined;
    const reviews = this.reviews(node.review ?? node.reviews);
    const description = this.text(node.description) ?? '';
    const category = this.text(node.category) ?? '';
    return {
      id,
      title: this.text(node.name) ?? '',
      description: /<[a-z][\s\S]*>/i.test(description) ? htmlToText(description) : description,
      brand: this.text(node.brand ?? node.manufacturer),
      categoryPath: category.split(/\s*(?:>|\/|›|»)\s*/).filter(Boolean),
      price: prices.price,
      currency: offerCurrency?.toUpperCase() ?? currency,
      salePrice: prices.salePrice,
      variants,
      attributes: this.attributes(node),
      tags: (this.text(node.keywords) ?? '')
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean),
      images: this.images(node.image),
      availability:
        variants.length > 0
          ? combinedAvailability(variants.map((v) => v.availability))
          : (parseAvailability(offers[0]?.offer.availability ?? null) ?? availabilityFromStock(stock)),
      stock,
      rating:
        average === undefined || !isObject(rating)
          ? undefined
          : { average, count: toNumber(rating.reviewCount ?? rating.ratingCount ?? null) ?? reviews.length },
      reviews,
      faq: [],
      barcode: this.barcode(node),
      sku: toText(node.sku ?? null),
      policies: {},
    };
  }
}

export function importJsonLd(
  doc: Json,
  text: string,
  options: { file: string; currency?: string },
): ImportResult {
  const log = new ImportLog(options.file);
  const store = defaultStore(options);
  const found: Found[] = [];
  const ids = new Map<string, JsonObject>();
  findProducts(doc, '', found, ids);
  if (found.length === 0)
    throw new CatalogFormatError(
      options.file,
      'the JSON-LD holds no schema.org Product (no "@type": "Product")',
    );
  const reader = new Reader(ids, log);
  const products = new ProductList(log);
  for (const { node, path } of found) {
    const product = reader.product(node, path, store.currency);
    if (product)
      products.add(product, {
        product: { path },
        title: { path: childPath(path, 'name') },
        price: { path: childPath(path, 'offers') },
      });
  }
  const result = { catalog: { store, products: products.finish() }, issues: log.issues };
  placeJsonIssues(text, result.issues);
  return result;
}

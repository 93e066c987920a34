/** schema.org Product markup in JSON-LD: single objects, arrays, @graph, ItemList and ProductGroup. */
import { mergeAttributes } from './attributes.ts';
import { availabilityFromStock, combinedAvailability, parseAvailability } from './availability.ts';
import { descriptionSpecs } from './description-specs.ts';
import { CatalogFormatError } from './errors.ts';
import { isObject, toNumber, toText, type Json, type JsonObject } from './field-values.ts';
import { ImportLog } from './import-log.ts';
import { childPath, placeJsonIssues } from './json-places.ts';
import { LinkedNodes, nodeTypes as types } from './jsonld-nodes.ts';
import { jsonLdStore } from './jsonld-store.ts';
import { cheapestOf, type Prices } from './pricing.ts';
import { ProductList } from './product-list.ts';
import { defaultStore } from './store-profile.ts';
import { htmlToText, staysOnOrigin } from './text.ts';
import type { ImportResult, Product, ProductImage, Review, Variant } from './types.ts';
import { detectLocale } from '../../i18n/locale.ts';

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

/** What a walk of the document finds: product nodes, the other typed nodes, and every node by @id. */
interface Walk {
  products: Found[];
  others: JsonObject[];
  ids: Map<string, JsonObject>;
}

/** Every product node, not descending into products (their isRelatedTo and hasVariant belong to them). */
function findProducts(value: Json, path: string, walk: Walk): void {
  if (Array.isArray(value)) {
    value.forEach((item, i) => findProducts(item, childPath(path, i), walk));
    return;
  }
  if (!isObject(value)) return;
  if (typeof value['@id'] === 'string' && Object.keys(value).length > 1) walk.ids.set(value['@id'], value);
  if (isProduct(value)) {
    walk.products.push({ node: value, path });
    return;
  }
  if (types(value).length > 0) walk.others.push(value);
  for (const [key, inner] of Object.entries(value))
    if (key !== '@context') findProducts(inner, childPath(path, key), walk);
}

class Reader extends LinkedNodes {
  constructor(
    ids: Map<string, JsonObject>,
    private readonly log: ImportLog,
  ) {
    super(ids);
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

  offers(node: JsonObject, path: string): { offers: { offer: JsonObject; path: string }[] } {
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
    return { offers };
  }

  /** The currencies a product's offers state, its variants' offers included, in order and once each. */
  currencies(node: JsonObject, path: string): string[] {
    const nodes = [node, ...this.list(node.hasVariant).filter(isObject)];
    const codes = nodes.flatMap((n) =>
      this.offers(n, path).offers.flatMap(({ offer }) => {
        const code = toText(offer.priceCurrency ?? null)?.toUpperCase();
        return code === undefined ? [] : [code];
      }),
    );
    return [...new Set(codes)];
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
    const stock = this.quantity(offers[0]?.offer.inventoryLevel);
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
    const { offers } = this.offers(node, path);
    // The offers say the currency, a ProductGroup's through its variants; the document's default is a fallback.
    const [offerCurrency, ...otherCurrencies] = this.currencies(node, path);
    if (offerCurrency !== undefined && otherCurrencies.length > 0)
      this.log.warning(
        `product ${id} has offers in several currencies (${[offerCurrency, ...otherCurrencies].join(', ')}); its prices are shown in ${offerCurrency}`,
        { path: childPath(path, 'offers') },
      );
    const varies = this.list(node.variesBy).flatMap((v) => {
      const name = toText(v)?.replace(/^https?:\/\/schema\.org\//, '');
      return name ? [name] : [];
    });
    const variants = this.list(node.hasVariant).flatMap((v, i) =>
      isObject(v) ? [this.variant(v, childPath(childPath(path, 'hasVariant'), i), varies)] : [],
    );
    const offerPrices = offers.map(({ offer, path: p }) => this.offerPrices(offer, p));
    const prices = variants.length > 0 ? cheapestOf(variants) : cheapestOf(offerPrices);
    // A ProductGroup with no offer of its own has the stock of its variants, when each states one.
    const variantStocks = variants.map((v) => v.stock);
    const stock =
      this.quantity(offers[0]?.offer.inventoryLevel) ??
      (variants.length > 0 && variantStocks.every((s) => s !== undefined)
        ? variantStocks.reduce((a, b) => a + b, 0)
        : undefined);
    const rating = this.resolve(node.aggregateRating);
    const average = isObject(rating) ? toNumber(rating.ratingValue ?? null) : undefined;
    const reviews = this.reviews(node.review ?? node.reviews);
    const description = this.text(node.description) ?? '';
    const category = this.text(node.category) ?? '';
    const brand = this.resolve(node.brand ?? node.manufacturer);
    // The product has no field for other names, and search reads tags: alternateName joins the keywords.
    const keywords = (this.text(node.keywords) ?? '')
      .split(',')
      .map((t) => t.trim())
      .filter(Boolean);
    const otherNames = [
      ...this.texts(node.alternateName),
      ...(isObject(brand) ? this.texts(brand.alternateName) : []),
    ];
    const tags: string[] = [];
    for (const tag of [...keywords, ...otherNames])
      if (!tags.some((known) => known.toLowerCase() === tag.toLowerCase())) tags.push(tag);
    return {
      id,
      title: this.text(node.name) ?? '',
      description: /<[a-z][\s\S]*>/i.test(description) ? htmlToText(description) : description,
      brand: this.text(node.brand ?? node.manufacturer),
      categoryPath: category.split(/\s*(?:>|\/|›|»)\s*/).filter(Boolean),
      price: prices.price,
      currency: offerCurrency ?? currency,
      salePrice: prices.salePrice,
      variants,
      // Properties stated on their own win over a spec sheet written in the description.
      attributes: mergeAttributes(this.attributes(node), descriptionSpecs(description)),
      tags,
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

/** The currency most of the document's offers state, for products whose offers state none. */
function documentCurrency(reader: Reader, found: Found[]): string | undefined {
  const counts = new Map<string, number>();
  for (const { node, path } of found)
    for (const code of reader.currencies(node, path)) counts.set(code, (counts.get(code) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

export function importJsonLd(
  doc: Json,
  text: string,
  options: { file: string; currency?: string },
): ImportResult {
  const log = new ImportLog(options.file);
  const walk: Walk = { products: [], others: [], ids: new Map() };
  findProducts(doc, '', walk);
  const found = walk.products;
  if (found.length === 0)
    throw new CatalogFormatError(
      options.file,
      'the JSON-LD holds no schema.org Product (no "@type": "Product")',
    );
  const reader = new Reader(walk.ids, log);
  // An Organization that is some product's brand or maker is not the shop.
  const makers = new Set(found.flatMap(({ node }) => reader.list(node.brand ?? node.manufacturer)));
  // The shop's language, read from its product names, phrases what it states only as data.
  const names = found.map(({ node }) => reader.text(node.name) ?? '').join(' ');
  const { currency: accepted, ...shop } = jsonLdStore(
    walk.others.filter((node) => !makers.has(node)),
    reader,
    detectLocale(names),
  );
  // A currency given to the import wins; else the offers' own (never USD when the offers say otherwise).
  const currency = options.currency ?? documentCurrency(reader, found) ?? accepted;
  const store = defaultStore({ currency, store: shop });
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

/** The product model every importer produces. Documented field by field in docs/catalog.md. */

export type Availability = 'in-stock' | 'low-stock' | 'out-of-stock' | 'preorder' | 'unknown';

/** An image the kiosk can show. Remote URLs are kept for reference but never requested offline. */
export interface ProductImage {
  src: string;
  /** false for remote URLs: an offline kiosk shows a generated placeholder instead. */
  availableOffline: boolean;
  /** Alternative text from the source, when it gives one. */
  alt?: string;
}

export interface Variant {
  /** Empty when the source gives the variant no SKU. */
  sku: string;
  /** The option values joined, e.g. 'Green / S'. */
  title: string;
  /** Option name to value, e.g. { Size: 'M', Colour: 'Black' }. */
  options: Record<string, string>;
  price: number;
  salePrice?: number;
  stock?: number;
  availability: Availability;
  barcode?: string;
}

export interface Review {
  rating: number;
  text: string;
  author?: string;
  date?: string;
}

export interface FaqEntry {
  question: string;
  answer: string;
}

export interface ShelfLocation {
  aisle?: string;
  shelf?: string;
}

export interface ProductPolicies {
  warranty?: string;
  returns?: string;
  shipping?: string;
}

export interface Product {
  /** The id as the source gives it (for Shopify CSV, the Handle). */
  id: string;
  title: string;
  /** Plain text, never HTML. */
  description: string;
  brand?: string;
  /** From the broadest to the narrowest, e.g. ['Home', 'Kitchen']. Empty when the source has none. */
  categoryPath: string[];
  /** The regular (list) price; NaN when the source states none (shown as "Price on request"). */
  price: number;
  /** ISO 4217 code, e.g. 'USD'. */
  currency: string;
  /** The price at the till while the product is on sale; always below price. */
  salePrice?: number;
  variants: Variant[];
  /** Name to value, e.g. { Weight: '4 g', Width: '15.14 cm' }. */
  attributes: Record<string, string>;
  /** The listing's bullet points ("key features"), each a short plain-text claim; absent when the source has none. */
  highlights?: string[];
  tags: string[];
  images: ProductImage[];
  availability: Availability;
  stock?: number;
  rating?: { average: number; count: number };
  reviews: Review[];
  faq: FaqEntry[];
  location?: ShelfLocation;
  barcode?: string;
  sku?: string;
  policies: ProductPolicies;
}

export interface StoreProfile {
  name: string;
  currency: string;
  locale: string;
  openingHours?: string;
  returnPolicy?: string;
  warrantyPolicy?: string;
  shippingPolicy?: string;
  faq: FaqEntry[];
}

export interface Catalog {
  store: StoreProfile;
  products: Product[];
}

/** One thing an import could not take as it was, located in the source file. */
export interface ImportIssue {
  severity: 'error' | 'warning';
  file: string;
  /** 1-based line (CSV row line or JSON line); absent when the fault has no single place. */
  line?: number;
  column?: number | string;
  /** Dotted path inside a JSON document, e.g. products[3].price. */
  path?: string;
  message: string;
}

/** The source formats importCatalog recognises. */
export type CatalogFormat =
  'aisle-json' | 'generic-json' | 'json-ld' | 'shopify-csv' | 'woocommerce-csv' | 'generic-csv';

/** The character encodings importCatalog recognises. */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface ImportResult {
  catalog: Catalog;
  issues: ImportIssue[];
  /** Which format and encoding the file was read as (set by importCatalog). */
  format?: CatalogFormat;
  encoding?: TextEncoding;
}

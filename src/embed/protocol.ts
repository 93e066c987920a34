/**
 * The embed widget's postMessage protocol, shared by the widget (embed.html), its loader (embed.js) and
 * the tests. Every message is `{ type: 'aisle:<name>', version: 1, … }`.
 *
 * Flow: the loader puts the widget in an iframe. Once the catalog is loaded the widget posts
 * `aisle:ready`, and `aisle:resize` whenever its content changes height (the loader sizes the iframe).
 * The host then sends `aisle:set-product`, `aisle:set-theme`, `aisle:set-language` and `aisle:ask`; the
 * widget posts `aisle:product-click` and `aisle:add-to-cart` when the shopper taps them, and `aisle:error`
 * for a host message it refused (what was shown before stays shown). The widget listens only to its
 * parent on an origin of `embedOrigins` in kiosk.config.json and posts only to that origin.
 */
import { isLocale, type Locale } from '../i18n/locale.ts';

export const PROTOCOL_VERSION = 1;

/** A message bigger than this (as JSON) is refused: a product's JSON-LD with its reviews fits easily. */
export const MAX_MESSAGE_BYTES = 256 * 1024;
export const MAX_QUESTION_LENGTH = 500;
export const MAX_PRODUCT_ID_LENGTH = 200;

/** The schema.org Product JSON-LD a host page already has, for a product the catalog does not hold. */
export type ProductJsonLd = Record<string, unknown>;

export type Theme = 'light' | 'dark';

/** Messages from the host page to the widget. */
export type HostMessage =
  | { type: 'aisle:set-product'; version: 1; productId: string }
  | { type: 'aisle:set-product'; version: 1; product: ProductJsonLd }
  /** `accent` is a CSS hex colour, `#0b6e4f` or `#0b6`. */
  | { type: 'aisle:set-theme'; version: 1; theme?: Theme; accent?: string }
  | { type: 'aisle:set-language'; version: 1; language: Locale }
  | { type: 'aisle:ask'; version: 1; question: string };

/** Why the widget refused a host message, or could not do what it asked. */
export type EmbedErrorCode =
  | 'bad-message'
  | 'unsupported-version'
  | 'unknown-type'
  | 'too-large'
  | 'unknown-product'
  | 'invalid-product'
  | 'not-ready'
  | 'busy';

/** Messages from the widget to the host page. */
export type WidgetMessage =
  /** The catalog is loaded and the assistant takes questions; `productId` is the product shown, if any. */
  | { type: 'aisle:ready'; version: 1; productId: string | null; language: Locale }
  /** The height of the widget's content in CSS pixels. */
  | { type: 'aisle:resize'; version: 1; height: number }
  /** The shopper tapped a product (the one shown, or a card under an answer): the host may open its page. */
  | { type: 'aisle:product-click'; version: 1; productId: string }
  | {
      type: 'aisle:add-to-cart';
      version: 1;
      productId: string;
      /** The variant chosen, when the product has variants. */
      variant: { sku: string; title: string } | null;
      quantity: number;
    }
  /** `received` is the type of the host message refused, when it had one. */
  | { type: 'aisle:error'; version: 1; code: EmbedErrorCode; message: string; received?: string };

export type WidgetMessageType = WidgetMessage['type'];

/** A host message read, or the error the widget answers with. */
export type Parsed<M> =
  | { ok: true; message: M }
  | { ok: false; error: { code: EmbedErrorCode; message: string; received?: string } };

type Fields = Record<string, unknown>;

const fail = <M>(code: EmbedErrorCode, message: string, received?: string): Parsed<M> => ({
  ok: false,
  error: received === undefined ? { code, message } : { code, message, received },
});

/** How a value reads in an error message: its JSON when short, else its kind. */
function shown(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (value === null || typeof value !== 'object') {
    // undefined for a symbol or function: neither crosses postMessage, but the reader stays total.
    const json: string | undefined = JSON.stringify(value);
    if (json === undefined) return `a ${typeof value}`;
    return json.length <= 40 ? json : `a ${typeof value} of ${String(value).length} characters`;
  }
  return 'an object';
}

/** The size of a message as JSON, or undefined when it is not JSON data (functions, cycles, big integers). */
function jsonSize(data: unknown): number | undefined {
  try {
    return new TextEncoder().encode(JSON.stringify(data)).byteLength;
  } catch {
    return undefined;
  }
}

function isFields(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const HEX_COLOUR = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

function text(type: string, fields: Fields, name: string, max: number): Parsed<string> {
  const value = fields[name];
  if (typeof value === 'string' && value.trim() !== '' && value.length <= max)
    return { ok: true, message: value.trim() };
  return fail(
    'bad-message',
    `${type}: "${name}" must be text of 1 to ${max} characters, got ${shown(value)}`,
    type,
  );
}

function setProduct(type: 'aisle:set-product', fields: Fields): Parsed<HostMessage> {
  const hasId = fields.productId !== undefined;
  const hasProduct = fields.product !== undefined;
  if (hasId === hasProduct)
    return fail(
      'bad-message',
      `${type}: give either "productId" (a catalog id) or "product" (a schema.org Product JSON-LD object), not ${hasId ? 'both' : 'neither'}`,
      type,
    );
  if (hasId) {
    const id = text(type, fields, 'productId', MAX_PRODUCT_ID_LENGTH);
    return id.ok ? { ok: true, message: { type, version: 1, productId: id.message } } : id;
  }
  const product = fields.product;
  if (!isFields(product))
    return fail('bad-message', `${type}: "product" must be a JSON-LD object, got ${shown(product)}`, type);
  return { ok: true, message: { type, version: 1, product } };
}

function setTheme(type: 'aisle:set-theme', fields: Fields): Parsed<HostMessage> {
  const { theme, accent } = fields;
  if (theme === undefined && accent === undefined)
    return fail(
      'bad-message',
      `${type}: give "theme" ("light" or "dark"), "accent" (a hex colour), or both`,
      type,
    );
  if (theme !== undefined && theme !== 'light' && theme !== 'dark')
    return fail('bad-message', `${type}: "theme" must be "light" or "dark", got ${shown(theme)}`, type);
  if (accent !== undefined && (typeof accent !== 'string' || !HEX_COLOUR.test(accent)))
    return fail(
      'bad-message',
      `${type}: "accent" must be a hex colour like "#0b6e4f", got ${shown(accent)}`,
      type,
    );
  return {
    ok: true,
    message: {
      type,
      version: 1,
      ...(theme === undefined ? {} : { theme }),
      ...(accent === undefined ? {} : { accent }),
    },
  };
}

/**
 * Reads a message the host posted. Anything that is not a well-formed message of this version is
 * refused with an error that names the field and what was wrong with it. Unknown extra fields are
 * ignored, so a newer host can add optional ones.
 */
export function parseHostMessage(data: unknown): Parsed<HostMessage> {
  const size = jsonSize(data);
  if (size === undefined) return fail('bad-message', 'the message is not JSON data (structured clone only)');
  if (size > MAX_MESSAGE_BYTES)
    return fail(
      'too-large',
      `the message is ${Math.ceil(size / 1024)} KB: messages may be at most ${MAX_MESSAGE_BYTES / 1024} KB`,
      isFields(data) && typeof data.type === 'string' ? data.type.slice(0, 40) : undefined,
    );
  if (!isFields(data) || typeof data.type !== 'string')
    return fail(
      'bad-message',
      `a message must be an object with a "type" like "aisle:ask", got ${shown(data)}`,
    );
  const type = data.type.slice(0, 40);
  if (data.version !== PROTOCOL_VERSION)
    return fail(
      'unsupported-version',
      `${type}: version ${shown(data.version)} is not supported; this widget speaks version ${PROTOCOL_VERSION}`,
      type,
    );
  switch (data.type) {
    case 'aisle:set-product':
      return setProduct(data.type, data);
    case 'aisle:set-theme':
      return setTheme(data.type, data);
    case 'aisle:set-language': {
      const language = data.language;
      if (!isLocale(language))
        return fail('bad-message', `${type}: "language" must be "en" or "zh", got ${shown(language)}`, type);
      return { ok: true, message: { type: data.type, version: 1, language } };
    }
    case 'aisle:ask': {
      const question = text(type, data, 'question', MAX_QUESTION_LENGTH);
      return question.ok
        ? { ok: true, message: { type: data.type, version: 1, question: question.message } }
        : question;
    }
    default:
      return fail(
        'unknown-type',
        `unknown message type ${shown(type)}: expected aisle:set-product, aisle:set-theme, aisle:set-language or aisle:ask`,
        type,
      );
  }
}

/** The largest height the loader gives the iframe, whatever the widget reports. */
export const MAX_WIDGET_HEIGHT = 4000;

/**
 * The height in an `aisle:resize` message, or undefined for any other data: the loader runs on the host
 * page, where any frame may post anything.
 */
export function resizeHeight(data: unknown): number | undefined {
  if (!isFields(data) || data.type !== 'aisle:resize' || data.version !== PROTOCOL_VERSION) return undefined;
  const height = data.height;
  return typeof height === 'number' && Number.isFinite(height) && height >= 0
    ? Math.min(Math.ceil(height), MAX_WIDGET_HEIGHT)
    : undefined;
}

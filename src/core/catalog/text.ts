/** Small text normalisers shared by the importers. */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Turns an HTML fragment into plain text: block ends become line breaks, entities are decoded. */
export function htmlToText(html: string): string {
  return html
    .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/gi, '')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|li|h[1-6]|tr)>/gi, '\n')
    .replace(/<li[^>]*>/gi, '• ')
    .replace(/<[^>]+>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
      if (code.startsWith('#x') || code.startsWith('#X'))
        return String.fromCodePoint(parseInt(code.slice(2), 16));
      if (code.startsWith('#')) return String.fromCodePoint(parseInt(code.slice(1), 10));
      return ENTITIES[code.toLowerCase()] ?? whole;
    })
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** 'home-decoration' or 'mens_shirts' or 'HomeDecoration' becomes 'Home Decoration'. */
export function humanize(name: string): string {
  return name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[-_]+/g, ' ')
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/\b\w/g, (c) => c.toUpperCase());
}

export function isRemoteUrl(src: string): boolean {
  return /^(https?:)?\/\//i.test(src);
}

// Two page origins of different schemes: "https:evil.example" is relative on an https page only.
const PAGE_BASES = ['http://aisle.invalid/app/', 'https://aisle.invalid/app/'];

/**
 * Whether an address read from a catalog or the kiosk's configuration is a file of the kiosk's own
 * origin, or an inline image, as a browser reads it: `https:\\evil.example`, `/\evil.example` and
 * `https:evil.example` all leave the origin, though none starts with "//".
 */
export function staysOnOrigin(src: string): boolean {
  const address = src.trim();
  if (/^data:image\//i.test(address)) return true;
  return PAGE_BASES.every((base) => {
    try {
      return new URL(address, base).origin === new URL(base).origin;
    } catch {
      return false;
    }
  });
}

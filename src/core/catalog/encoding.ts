import { CatalogFormatError } from './errors.ts';
import type { TextEncoding } from './types.ts';

/** Signatures of files people pick by mistake: each gets a message that says what the file is. */
const MAGIC: { bytes: number[]; what: string }[] = [
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'a ZIP archive (an .xlsx workbook is one): save it as CSV UTF-8' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], what: 'an Excel 97-2003 workbook: save it as CSV UTF-8' },
  { bytes: [0x25, 0x50, 0x44, 0x46], what: 'a PDF document' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
  { bytes: [0x1f, 0x8b], what: 'a gzip archive: unpack it first' },
];

const startsWith = (bytes: Uint8Array, prefix: number[]) => prefix.every((b, i) => bytes[i] === b);

/** Line and column (1-based, the column counted in bytes) of a byte offset. */
function bytePlace(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++)
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  return { line, column: offset - lineStart + 1 };
}

/** UTF-16 without a byte order mark shows as a NUL in every other byte of ASCII text. */
function utf16ByNulPattern(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.4 && evenNul < pairs * 0.05) return 'utf-16le';
  if (evenNul > pairs * 0.4 && oddNul < pairs * 0.05) return 'utf-16be';
  return undefined;
}

/** Offset of the first byte that breaks UTF-8, and how many well-formed multi-byte characters came before. */
function utf8Scan(bytes: Uint8Array): { firstInvalid: number; invalid: number; multibyte: number } {
  let firstInvalid = -1;
  let invalid = 0;
  let multibyte = 0;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) {
      i++;
      continue;
    }
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    let ok = need > 0 && i + need < bytes.length;
    for (let k = 1; ok && k <= need; k++) {
      const c = bytes[i + k];
      ok = c !== undefined && c >= 0x80 && c <= 0xbf;
    }
    if (ok) {
      multibyte++;
      i += need + 1;
    } else {
      invalid++;
      if (firstInvalid === -1) firstInvalid = i;
      i++;
    }
  }
  return { firstInvalid, invalid, multibyte };
}

/**
 * GB18030 decodes many byte runs that are not Chinese at all (a stray Latin-1 'é' before a letter is a valid
 * GBK pair), so the text is taken as GB18030 only when its two-byte characters mostly come from the GB2312
 * block (both bytes 0xA1 or above), as the common Chinese characters do.
 */
function looksLikeGb(bytes: Uint8Array): boolean {
  let common = 0;
  let doubtful = 0;
  for (let i = 0; i < bytes.length; i++) {
    const lead = bytes[i] ?? 0;
    if (lead < 0x81) continue;
    const trail = bytes[i + 1] ?? 0;
    if (trail >= 0x30 && trail <= 0x39) {
      i += 3; // four-byte sequence
      continue;
    }
    if (lead >= 0xa1 && trail >= 0xa1) common++;
    else doubtful++;
    i++;
  }
  return common > 0 && common >= doubtful * 4;
}

function decodeWith(encoding: TextEncoding, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
}

/**
 * Decodes a catalog file: UTF-8 (with or without BOM), UTF-16 (BOM or NUL pattern) or GB18030/GBK.
 * Throws CatalogFormatError for binary files and for text whose encoding cannot be told with confidence.
 */
export function decodeCatalogBytes(bytes: Uint8Array, file: string): DecodedText {
  if (bytes.length === 0) throw new CatalogFormatError(file, 'the file is empty');
  for (const { bytes: magic, what } of MAGIC)
    if (startsWith(bytes, magic)) throw new CatalogFormatError(file, `this is ${what}, not a catalog file`);

  const bom: [number[], TextEncoding][] = [
    [[0xef, 0xbb, 0xbf], 'utf-8'],
    [[0xff, 0xfe], 'utf-16le'],
    [[0xfe, 0xff], 'utf-16be'],
  ];
  const byBom = bom.find(([signature]) => startsWith(bytes, signature))?.[1];
  const encoding = byBom ?? utf16ByNulPattern(bytes);
  if (encoding === 'utf-16le' || encoding === 'utf-16be') {
    const text = decodeWith(encoding, bytes);
    if (text === undefined || text.includes('\u0000'))
      throw new CatalogFormatError(
        file,
        `the file looks like ${encoding.toUpperCase()} text but does not decode as it`,
      );
    return { text: stripBom(text), encoding };
  }

  const nul = bytes.indexOf(0);
  if (nul !== -1)
    throw new CatalogFormatError(
      file,
      'this is a binary file, not a catalog text file',
      bytePlace(bytes, nul),
    );

  const utf8 = decodeWith('utf-8', bytes);
  if (utf8 !== undefined) return { text: stripBom(utf8), encoding: 'utf-8' };

  const scan = utf8Scan(bytes);
  const place = bytePlace(bytes, scan.firstInvalid);
  const byte = `0x${(bytes[scan.firstInvalid] ?? 0).toString(16).toUpperCase().padStart(2, '0')}`;
  if (byBom === 'utf-8' || scan.multibyte > scan.invalid)
    throw new CatalogFormatError(
      file,
      `mixed encodings: the file is UTF-8 but byte ${byte} is not (a character saved in another encoding, such as Latin-1); fix that character or save the file again as UTF-8`,
      place,
    );
  const gb = looksLikeGb(bytes) ? decodeWith('gb18030', bytes) : undefined;
  if (gb !== undefined) return { text: gb, encoding: 'gb18030' };
  throw new CatalogFormatError(
    file,
    `unknown text encoding: byte ${byte} is not UTF-8, and the file is not UTF-16 or GB18030 either; save it as UTF-8 (in Excel: "CSV UTF-8")`,
    place,
  );
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

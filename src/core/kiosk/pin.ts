/**
 * The staff PIN, kept only as a salted PBKDF2-SHA-256 hash (WebCrypto, so the same code runs in the
 * browser and in Node for `aisle kiosk pin-hash`). Written `pbkdf2-sha256$<iterations>$<salt>$<hash>`,
 * salt and hash in base64.
 */

/** OWASP's 2023 figure for PBKDF2-SHA-256; a kiosk checks a PIN in well under a second with it. */
export const PIN_ITERATIONS = 600_000;
const HASH_BITS = 256;

const toBase64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
const fromBase64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

async function derive(pin: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, [
    'deriveBits',
  ]);
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: new Uint8Array(salt), iterations },
    key,
    HASH_BITS,
  );
  return new Uint8Array(bits);
}

/** A PIN is 4 to 12 digits: easy to type on the kiosk's keypad, hard to guess in five tries. */
export function isValidPin(pin: string): boolean {
  return /^\d{4,12}$/.test(pin);
}

export async function hashPin(
  pin: string,
  options: { iterations?: number; salt?: Uint8Array } = {},
): Promise<string> {
  const iterations = options.iterations ?? PIN_ITERATIONS;
  const salt = options.salt ?? crypto.getRandomValues(new Uint8Array(16));
  const hash = await derive(pin, salt, iterations);
  return `pbkdf2-sha256$${iterations}$${toBase64(salt)}$${toBase64(hash)}`;
}

/** Whether `pin` is the one `stored` was made from; a malformed hash matches nothing. */
export async function verifyPin(pin: string, stored: string): Promise<boolean> {
  const [scheme, rounds, salt, hash] = stored.split('$');
  const iterations = Number(rounds);
  if (scheme !== 'pbkdf2-sha256' || !Number.isInteger(iterations) || iterations < 1 || !salt || !hash)
    return false;
  let expected: Uint8Array;
  let actual: Uint8Array;
  try {
    expected = fromBase64(hash);
    actual = await derive(pin, fromBase64(salt), iterations);
  } catch {
    return false;
  }
  // Compared in full, not stopping at the first difference.
  let difference = expected.length ^ actual.length;
  actual.forEach((byte, i) => {
    difference |= byte ^ (expected[i] ?? 0);
  });
  return difference === 0;
}

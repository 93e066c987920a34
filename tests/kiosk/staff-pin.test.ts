import { describe, expect, it } from 'vitest';
import {
  afterWrongPin,
  isLockedOut,
  LOCKOUT_MS,
  NO_LOCKOUT,
  triesLeft,
} from '../../src/core/kiosk/lockout.ts';
import { hashPin, verifyPin } from '../../src/core/kiosk/pin.ts';

describe('staff PIN', () => {
  it('matches the PIN it was made from and no other; a new salt each time', async () => {
    const stored = await hashPin('4821', { iterations: 1000 });
    expect(stored).toMatch(/^pbkdf2-sha256\$1000\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(await verifyPin('4821', stored)).toBe(true);
    expect(await verifyPin('4822', stored)).toBe(false);
    expect(await verifyPin('', stored)).toBe(false);
    expect(await hashPin('4821', { iterations: 1000 })).not.toBe(stored);
  });

  it('matches nothing against a malformed hash', async () => {
    for (const stored of ['', 'plain-4821', 'pbkdf2-sha256$x$abc$def', 'pbkdf2-sha256$1000$!!$??'])
      expect(await verifyPin('4821', stored)).toBe(false);
  });

  it('the shipped kiosk.config.json holds the documented PIN 2468', async () => {
    const { readFile } = await import('node:fs/promises');
    const shipped: { staffPinHash: string } = JSON.parse(await readFile('public/kiosk.config.json', 'utf8'));
    expect(await verifyPin('2468', shipped.staffPinHash)).toBe(true);
  });
});

describe('wrong-PIN lockout', () => {
  it('locks after the fifth wrong PIN in a row, for five minutes', () => {
    let state = NO_LOCKOUT;
    for (let i = 0; i < 4; i++) state = afterWrongPin(state, 1000);
    expect(triesLeft(state)).toBe(1);
    expect(isLockedOut(state, 1000)).toBe(false);
    state = afterWrongPin(state, 1000);
    expect(isLockedOut(state, 1000)).toBe(true);
    expect(isLockedOut(state, 1000 + LOCKOUT_MS - 1)).toBe(true);
    expect(isLockedOut(state, 1000 + LOCKOUT_MS)).toBe(false);
    expect(triesLeft(state)).toBe(5);
  });
});

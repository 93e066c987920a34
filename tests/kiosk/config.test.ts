import { describe, expect, it } from 'vitest';
import { DEFAULT_KIOSK_CONFIG, readKioskConfig } from '../../src/core/kiosk/config.ts';

describe('kiosk.config.json', () => {
  it('takes every valid field and keeps the defaults for the rest', () => {
    const { config, issues } = readKioskConfig({
      idleSeconds: 45,
      defaultLanguage: 'zh',
      storeName: 'Corner Shop',
      brandColor: '#123456',
      embedOrigins: ['https://shop.example'],
    });
    expect(issues).toEqual([]);
    expect(config).toEqual({
      ...DEFAULT_KIOSK_CONFIG,
      idleSeconds: 45,
      defaultLanguage: 'zh',
      storeName: 'Corner Shop',
      brandColor: '#123456',
      embedOrigins: ['https://shop.example'],
    });
  });

  it('never lets the warning run under 20 seconds, and names each bad field with why', () => {
    const { config, issues } = readKioskConfig({
      idleWarningSeconds: 5,
      defaultLanguage: 'fr',
      onScreenKeyboard: 'sometimes',
      embedOrigins: ['https://ok.example', 'shop.example/path'],
      idleSecond: 30,
    });
    expect(config).toEqual(DEFAULT_KIOSK_CONFIG);
    expect(issues.map((issue) => issue.message)).toEqual([
      'kiosk.config.json: idleWarningSeconds must be at least 20 seconds (WCAG 2.2.1)',
      'kiosk.config.json: defaultLanguage must be "en" or "zh"',
      'kiosk.config.json: onScreenKeyboard must be "auto" or "always" or "never"',
      'kiosk.config.json: embedOrigins[1] "shop.example/path" is not an origin like "https://shop.example.com"',
      'kiosk.config.json: idleSecond is not a setting of the kiosk',
    ]);
  });

  it('refuses a logo from another origin and a file that is not an object', () => {
    expect(readKioskConfig({ logo: 'https://cdn.example/logo.png' }).issues[0]?.field).toBe('logo');
    expect(readKioskConfig({ logo: '//cdn.example/logo.png' }).issues[0]?.field).toBe('logo');
    expect(readKioskConfig({ logo: 'brand/logo.svg' }).config.logo).toBe('brand/logo.svg');
    expect(readKioskConfig([1, 2]).issues[0]?.message).toBe('kiosk.config.json must hold a JSON object');
  });

  it('reads the shipped file without an issue', async () => {
    const { readFile } = await import('node:fs/promises');
    const shipped: unknown = JSON.parse(await readFile('public/kiosk.config.json', 'utf8'));
    const { config, issues } = readKioskConfig(shipped);
    expect(issues).toEqual([]);
    expect(config.staffPinHash).toMatch(/^pbkdf2-sha256\$600000\$/);
  });
});

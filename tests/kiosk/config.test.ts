import { describe, expect, it } from 'vitest';
import {
  DEFAULT_KIOSK_CONFIG,
  kioskConfigUnavailable,
  readKioskConfig,
  readKioskConfigText,
} from '../../src/core/kiosk/config.ts';

const messagesOf = (read: { issues: { message: string }[] }) => read.issues.map((issue) => issue.message);

describe('kiosk.config.json', () => {
  it('takes every valid field and keeps the defaults for the rest', () => {
    const { config, issues } = readKioskConfig({
      idleSeconds: 45,
      defaultLanguage: 'zh',
      storeName: 'Corner Shop',
      brandColor: '#123456',
      embedOrigins: ['https://shop.example', 'http://localhost:4174'],
    });
    expect(issues).toEqual([]);
    expect(config).toEqual({
      ...DEFAULT_KIOSK_CONFIG,
      idleSeconds: 45,
      defaultLanguage: 'zh',
      storeName: 'Corner Shop',
      brandColor: '#123456',
      embedOrigins: ['https://shop.example', 'http://localhost:4174'],
    });
  });

  it('gives the defaults, with a warning, when the file is missing', () => {
    const read = kioskConfigUnavailable('was not found (404)');
    expect(read.config).toEqual(DEFAULT_KIOSK_CONFIG);
    expect(read.issues).toEqual([
      {
        field: 'kiosk.config.json',
        severity: 'warning',
        message: 'kiosk.config.json was not found (404); the defaults are in force',
      },
    ]);
  });

  it('names the line and column of malformed JSON, and keeps the defaults', () => {
    const text = '{\n  "idleSeconds": 45,\n  "storeName": "Corner Shop",\n}\n';
    const read = readKioskConfigText(text);
    expect(read.config).toEqual(DEFAULT_KIOSK_CONFIG);
    expect(messagesOf(read)).toEqual([
      'kiosk.config.json:4:1: not valid JSON: expected a property name in double quotes; the defaults are in force',
    ]);
    expect(messagesOf(readKioskConfigText('{"idleSeconds": 45'))[0]).toMatch(
      /^kiosk\.config\.json:1:\d+: not valid JSON: the file ends too early .* it may be truncated/,
    );
    expect(messagesOf(readKioskConfigText(''))).toEqual([
      'kiosk.config.json: the file is empty; the defaults are in force',
    ]);
    expect(messagesOf(readKioskConfigText('["https://a.example"]'))).toEqual([
      'kiosk.config.json must hold a JSON object like {"idleSeconds": 90}, got a list; the defaults are in force',
    ]);
  });

  it('names unknown keys in a warning (with the setting meant) and applies the rest', () => {
    const read = readKioskConfigText(
      JSON.stringify({
        idleSecond: 30,
        idleWarningSeconds: 40,
        colour: 'red',
        comment: 'fine',
        $schema: 'x',
      }),
    );
    expect(read.config).toEqual({ ...DEFAULT_KIOSK_CONFIG, idleWarningSeconds: 40 });
    expect(read.issues).toEqual([
      {
        field: 'idleSecond',
        severity: 'warning',
        message:
          'kiosk.config.json: "idleSecond" is not a setting of the kiosk (did you mean "idleSeconds"?); ignored',
      },
      {
        field: 'colour',
        severity: 'warning',
        message: 'kiosk.config.json: "colour" is not a setting of the kiosk; ignored',
      },
    ]);
  });

  it('names each key of the wrong type with the type expected, keeps its default and applies the rest', () => {
    const read = readKioskConfig({
      idleSeconds: '45',
      idleWarningSeconds: 5,
      defaultLanguage: 'fr',
      onScreenKeyboard: true,
      storeName: 42,
      currency: 'yuan',
      staffPinHash: null,
      embedOrigins: 'https://ok.example',
      brandColor: '#00ff00',
    });
    expect(read.config).toEqual({ ...DEFAULT_KIOSK_CONFIG, brandColor: '#00ff00' });
    expect(read.issues.every((issue) => issue.severity === 'error')).toBe(true);
    expect(messagesOf(read)).toEqual([
      'kiosk.config.json: "idleSeconds" must be a number of seconds, got "45" (text); kept at 90',
      'kiosk.config.json: "idleWarningSeconds" must be at least 20 seconds (WCAG 2.2.1), got 5; kept at 30',
      'kiosk.config.json: "defaultLanguage" must be "en" or "zh", got "fr" (text); kept at "en"',
      'kiosk.config.json: "onScreenKeyboard" must be "auto" or "always" or "never", got true (boolean); kept at "auto"',
      'kiosk.config.json: "storeName" must be a name of 1 to 80 characters, got 42 (number); left unset',
      'kiosk.config.json: "currency" must be an ISO 4217 currency code such as "CNY", got "yuan" (text); left unset',
      'kiosk.config.json: "staffPinHash" must be a hash written by `aisle kiosk pin-hash`, got null; left unset',
      'kiosk.config.json: "embedOrigins" must be a list of origins like ["https://shop.example.com"], got "https://ok.example" (text); kept at []',
    ]);
  });

  it('skips each bad embed origin with a message naming its place, and keeps the good ones', () => {
    const read = readKioskConfig({
      embedOrigins: [
        'https://shop.example.com/',
        '*',
        'https://*.example.com',
        'ftp://x.example',
        3,
        'shop',
        'https://ok.example',
        'https://ok.example',
      ],
    });
    expect(read.config.embedOrigins).toEqual(['https://ok.example']);
    expect(read.issues.every((issue) => issue.severity === 'warning' && issue.field === 'embedOrigins')).toBe(
      true,
    );
    expect(messagesOf(read)).toEqual([
      'kiosk.config.json: embedOrigins[0] "https://shop.example.com/" is not a bare origin (no path, query or trailing slash): use "https://shop.example.com"; skipped',
      'kiosk.config.json: embedOrigins[1] "*": wildcards are not allowed; list each origin; skipped',
      'kiosk.config.json: embedOrigins[2] "https://*.example.com": wildcards are not allowed; list each origin; skipped',
      'kiosk.config.json: embedOrigins[3] "ftp://x.example" must start with https:// or http://; skipped',
      'kiosk.config.json: embedOrigins[4] must be an origin like "https://shop.example.com", got number; skipped',
      'kiosk.config.json: embedOrigins[5] "shop" is not an origin like "https://shop.example.com"; skipped',
    ]);
  });

  it('refuses a logo from another origin, however the address is spelt', () => {
    for (const logo of [
      'https://cdn.example/logo.png',
      '//cdn.example/logo.png',
      '/\\cdn.example/logo.png',
      'https:cdn.example/logo.png',
      'javascript:alert(1)',
      'data:image/svg+xml,<svg/>',
    ])
      expect(
        readKioskConfig({ logo }).issues.map((issue) => issue.field),
        logo,
      ).toEqual(['logo']);
    expect(readKioskConfig({ logo: 'brand/logo.svg' }).config.logo).toBe('brand/logo.svg');
  });

  it('takes colours and colour functions, never a CSS value that fetches or breaks out', () => {
    for (const colour of ['#0b6e4f', 'rebeccapurple', 'rgb(0 110 79)', 'oklch(0.5 0.1 150 / 80%)'])
      expect(readKioskConfig({ brandColor: colour }).issues, colour).toEqual([]);
    for (const colour of [
      'url(https://evil.example/pixel.png)',
      'image-set(url(x.png) 1x)',
      'rgb(0 0 0); background: red',
      'red}body{display:none',
      'rgb(var(--x) 0 0)',
      'expression(alert(1))',
    ])
      expect(
        readKioskConfig({ brandTextColor: colour }).issues.map((issue) => issue.field),
        colour,
      ).toEqual(['brandTextColor']);
  });

  it('lays staff changes over the fleet file: a bad one keeps the fleet value', () => {
    const fleet = readKioskConfig({ idleSeconds: 60 }).config;
    const local = readKioskConfig({ idleSeconds: 'soon', defaultLanguage: 'zh' }, fleet, 'staff settings');
    expect(local.config).toEqual({ ...fleet, defaultLanguage: 'zh' });
    expect(messagesOf(local)).toEqual([
      'staff settings: "idleSeconds" must be a number of seconds, got "soon" (text); kept at 60',
    ]);
  });

  it('reads the shipped file without an issue', async () => {
    const { readFile } = await import('node:fs/promises');
    const { config, issues } = readKioskConfigText(await readFile('public/kiosk.config.json', 'utf8'));
    expect(issues).toEqual([]);
    expect(config.staffPinHash).toMatch(/^pbkdf2-sha256\$600000\$/);
  });
});

import { describe, expect, it } from 'vitest';
import { readKioskConfig } from '../../src/core/config/kiosk-config.ts';

describe('kiosk.config.json', () => {
  it('reads the embed origins, keeping other keys for the code that reads them', () => {
    const read = readKioskConfig(
      JSON.stringify({
        embedOrigins: ['https://shop.example.com', 'http://localhost:4174'],
        idleSeconds: 90,
      }),
    );
    expect(read).toEqual({
      config: { embedOrigins: ['https://shop.example.com', 'http://localhost:4174'] },
      issues: [],
    });
  });

  it('allows no host when the key is missing', () => {
    expect(readKioskConfig('{}')).toEqual({ config: { embedOrigins: [] }, issues: [] });
  });

  it('skips each bad origin with a message naming its place, and keeps the good ones', () => {
    const read = readKioskConfig(
      JSON.stringify({
        embedOrigins: [
          'https://shop.example.com/',
          '*',
          'https://*.example.com',
          'ftp://x.example',
          3,
          'shop',
          'https://ok.example',
        ],
      }),
    );
    expect(read.config.embedOrigins).toEqual(['https://ok.example']);
    expect(read.issues).toEqual([
      'kiosk.config.json: embedOrigins[0] "https://shop.example.com/" is not a bare origin (no path, query or trailing slash): use "https://shop.example.com"; skipped',
      'kiosk.config.json: embedOrigins[1] "*": wildcards are not allowed; list each origin; skipped',
      'kiosk.config.json: embedOrigins[2] "https://*.example.com": wildcards are not allowed; list each origin; skipped',
      'kiosk.config.json: embedOrigins[3] "ftp://x.example" must start with https:// or http://; skipped',
      'kiosk.config.json: embedOrigins[4] must be an origin like "https://shop.example.com", got number; skipped',
      'kiosk.config.json: embedOrigins[5] "shop" is not an origin like "https://shop.example.com"; skipped',
    ]);
  });

  it('gives the defaults and where the file is broken when it is not a JSON object', () => {
    expect(readKioskConfig('{"embedOrigins": ["https://a.example",]}')).toEqual({
      config: { embedOrigins: [] },
      issues: ['kiosk.config.json:1:39: not valid JSON: expected a value'],
    });
    expect(readKioskConfig('["https://a.example"]').issues[0]).toContain('must be a JSON object');
    expect(readKioskConfig('{"embedOrigins": "https://a.example"}').issues).toEqual([
      'kiosk.config.json: "embedOrigins" must be a list of origins, got string',
    ]);
  });
});

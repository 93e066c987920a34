import { describe, expect, it } from 'vitest';
import { MAX_ROUTE_VALUE_LENGTH, parseRoute, routeHref } from '../../src/ui/route.ts';

describe('the kiosk address (#/product/<id> and the rest)', () => {
  it('reads a product id as written, markup included, and writes it back escaped', () => {
    const id = `"><img src=x onerror="alert(1)">`;
    const href = routeHref({ screen: 'product', productId: id });
    expect(href).not.toMatch(/[<>"]/);
    expect(parseRoute(href)).toEqual({ screen: 'product', productId: id });
  });

  it('keeps a broken escape as typed instead of failing the whole screen', () => {
    expect(parseRoute('#/product/%E0%A4%A')).toEqual({ screen: 'product', productId: '%E0%A4%A' });
    expect(parseRoute('#/search/50%')).toEqual({ screen: 'search', query: '50%' });
    expect(parseRoute('#/chat/%')).toEqual({ screen: 'chat', productId: '%' });
  });

  it('cuts a huge value, and sends an unknown address to the attract loop', () => {
    const route = parseRoute(`#/product/${'x'.repeat(100_000)}`);
    expect(route).toEqual({ screen: 'product', productId: 'x'.repeat(MAX_ROUTE_VALUE_LENGTH) });
    expect(parseRoute('#/javascript:alert(1)')).toEqual({ screen: 'attract' });
    expect(parseRoute('#/staff/../../etc')).toEqual({ screen: 'attract' });
    expect(parseRoute('#/product/')).toEqual({ screen: 'attract' });
  });
});

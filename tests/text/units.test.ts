import { describe, expect, it } from 'vitest';
import { inBaseUnits, UNIT_DIMENSIONS } from '../../src/core/text/units.ts';

describe('units', () => {
  it('puts amounts of one dimension in its base unit, so different units compare', () => {
    expect(inBaseUnits(48, 'lb').amount).toBeCloseTo(21.77, 2);
    expect(inBaseUnits(22, 'kg')).toEqual({ dimension: 'weight', amount: 22 });
    expect(inBaseUnits(3, 'week').amount).toBeGreaterThan(inBaseUnits(20, 'day').amount);
    expect(inBaseUnits(1.5, 'tb').amount).toBeGreaterThan(inBaseUnits(512, 'gb').amount);
  });

  it('keeps a unit of no known size as its own dimension, and a bare number without one', () => {
    expect(inBaseUnits(12, 'v')).toEqual({ dimension: 'v', amount: 12 });
    expect(inBaseUnits(7, undefined)).toEqual({ amount: 7 });
  });

  it('names weight and length as the dimensions a bare attribute number can take', () => {
    expect(UNIT_DIMENSIONS.oz).toBe('weight');
    expect(UNIT_DIMENSIONS.inch).toBe('length');
    expect(UNIT_DIMENSIONS.ml).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { idlePhase } from '../../src/core/kiosk/idle.ts';

describe('idle phase', () => {
  it('is active until the idle time, then counts the warning down in whole seconds, then expires', () => {
    expect(idlePhase(89_999, 90, 30)).toEqual({ kind: 'active' });
    expect(idlePhase(90_000, 90, 30)).toEqual({ kind: 'warning', secondsLeft: 30 });
    expect(idlePhase(90_001, 90, 30)).toEqual({ kind: 'warning', secondsLeft: 30 });
    expect(idlePhase(119_500, 90, 30)).toEqual({ kind: 'warning', secondsLeft: 1 });
    expect(idlePhase(120_000, 90, 30)).toEqual({ kind: 'expired' });
  });
});

import { describe, expect, it } from 'vitest';
import { idlePhase, PresenceClock, SessionIdle } from '../../src/core/kiosk/idle.ts';

describe('idle phase', () => {
  it('is active until the idle time, then counts the warning down in whole seconds, then expires', () => {
    expect(idlePhase(89_999, 90, 30)).toEqual({ kind: 'active' });
    expect(idlePhase(90_000, 90, 30)).toEqual({ kind: 'warning', secondsLeft: 30 });
    expect(idlePhase(90_001, 90, 30)).toEqual({ kind: 'warning', secondsLeft: 30 });
    expect(idlePhase(119_500, 90, 30)).toEqual({ kind: 'warning', secondsLeft: 1 });
    expect(idlePhase(120_000, 90, 30)).toEqual({ kind: 'expired' });
  });
});

describe('the presence clock', () => {
  function clockAt(start = 0) {
    const time = { now: start, busy: false };
    const clock = new PresenceClock(
      () => time.now,
      () => time.busy,
    );
    return { time, clock };
  }

  it('counts the quiet since the last input, an answer being written counting as presence', () => {
    const { time, clock } = clockAt();
    time.now = 5_000;
    expect(clock.quietMs()).toBe(5_000);
    clock.touch();
    time.busy = true;
    time.now = 200_000;
    expect(clock.quietMs()).toBe(0);
    time.busy = false;
    time.now = 290_000;
    expect(clock.idleFor(60, 30)).toBe(true);
    expect(clock.idleFor(90, 30)).toBe(false);
  });

  it('runs a session through the warning, which only Continue stops, however much else is touched', () => {
    const { time, clock } = clockAt();
    const session = new SessionIdle(clock, 90, 30);
    time.now = 89_000;
    expect(session.phase()).toEqual({ kind: 'active' });
    time.now = 100_000;
    expect(session.phase()).toEqual({ kind: 'warning', secondsLeft: 20 });
    clock.touch(); // a touch beside the dialog
    time.now = 110_000;
    expect(session.phase()).toEqual({ kind: 'warning', secondsLeft: 10 });
    session.stay();
    expect(session.phase()).toEqual({ kind: 'active' });
    time.now = 200_000;
    expect(session.phase()).toEqual({ kind: 'warning', secondsLeft: 30 });
    time.now = 230_000;
    expect(session.phase()).toEqual({ kind: 'expired' });
  });
});

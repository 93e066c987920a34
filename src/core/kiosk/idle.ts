/** Where a shopper's session stands after a time without input. */
export type IdlePhase =
  | { kind: 'active' }
  /** "Are you still there?", with whole seconds left before the wipe. */
  | { kind: 'warning'; secondsLeft: number }
  | { kind: 'expired' };

/** The phase `quietMs` after the last touch or key, for the kiosk's idle and warning times (seconds). */
export function idlePhase(quietMs: number, idleSeconds: number, warningSeconds: number): IdlePhase {
  const idleMs = idleSeconds * 1000;
  if (quietMs < idleMs) return { kind: 'active' };
  const leftMs = idleMs + warningSeconds * 1000 - quietMs;
  return leftMs > 0 ? { kind: 'warning', secondsLeft: Math.ceil(leftMs / 1000) } : { kind: 'expired' };
}

/**
 * The kiosk's one answer to "is anybody there?": when a shopper last touched, clicked, typed or scrolled,
 * with the time an answer is being written counted as presence (nobody walks away from a question they
 * wait on). The idle reset and the update that waits for it both read this clock.
 */
export class PresenceClock {
  private last: number;

  constructor(
    /** The time in milliseconds (Date.now in the kiosk; a test's own clock in tests). */
    readonly now: () => number,
    /** True while the shopper counts as there without touching (an answer is being written). */
    private readonly busy: () => boolean = () => false,
  ) {
    this.last = now();
  }

  /** Someone is there now: input, or Continue on the idle dialog. */
  touch(): void {
    this.last = this.now();
  }

  /** Milliseconds without anybody there. */
  quietMs(): number {
    if (this.busy()) this.touch();
    return this.now() - this.last;
  }

  /** Whether the kiosk has been left long enough for the idle reset to start over (dialog included). */
  idleFor(idleSeconds: number, warningSeconds: number): boolean {
    return idlePhase(this.quietMs(), idleSeconds, warningSeconds).kind === 'expired';
  }
}

/**
 * One session's idle phases on the presence clock. Once the warning shows, input elsewhere does not
 * stop the count: only Continue (`stay`) does, so a passer-by's stray touch cannot keep a session open
 * unnoticed, and the dialog's countdown never jumps back.
 */
export class SessionIdle {
  /** When the warning began (clock time), while it shows. */
  private warningFrom: number | undefined;

  constructor(
    private readonly clock: PresenceClock,
    private readonly idleSeconds: number,
    private readonly warningSeconds: number,
  ) {}

  phase(): IdlePhase {
    const idleMs = this.idleSeconds * 1000;
    if (this.warningFrom === undefined) {
      const quiet = this.clock.quietMs();
      const phase = idlePhase(quiet, this.idleSeconds, this.warningSeconds);
      if (phase.kind !== 'active') this.warningFrom = this.clock.now() - (quiet - idleMs);
      return phase;
    }
    return idlePhase(idleMs + this.clock.now() - this.warningFrom, this.idleSeconds, this.warningSeconds);
  }

  /** Continue: the shopper is there, and the count starts again. */
  stay(): void {
    this.warningFrom = undefined;
    this.clock.touch();
  }
}

import type { StateCreator } from 'zustand';
import { DEFAULT_KIOSK_CONFIG, type ConfigIssue, type KioskConfig } from '../core/kiosk/config.ts';

/** The kiosk's configuration in force, and staff mode. Neither holds anything of a shopper. */
export interface KioskSlice {
  /** The settings in force: the fleet's file with staff's changes on this kiosk laid over it. */
  kioskConfig: KioskConfig;
  /** The fleet's file alone, which staff's changes are laid over and reset to. */
  kioskFleetConfig: KioskConfig;
  /** Fields of kiosk.config.json (or staff's changes) that could not be used, for the staff screen. */
  kioskConfigIssues: ConfigIssue[];
  /** Staff mode: open only after the hidden gesture and the PIN; closed by exit, reload and idle reset. */
  staffUnlocked: boolean;
  /** Counts shopper sessions: screens keyed by it start from nothing after an idle reset. */
  sessionNumber: number;
  /** A shopper's display choices, for this session only. */
  largeText: boolean;
  highContrast: boolean;
  setLargeText(on: boolean): void;
  setHighContrast(on: boolean): void;
  setKioskConfig(fleet: KioskConfig, config: KioskConfig, issues: ConfigIssue[]): void;
  unlockStaff(): void;
  lockStaff(): void;
}

export const kioskInitialState = {
  kioskConfig: DEFAULT_KIOSK_CONFIG,
  kioskFleetConfig: DEFAULT_KIOSK_CONFIG,
  kioskConfigIssues: [],
  staffUnlocked: false,
  sessionNumber: 1,
  largeText: false,
  highContrast: false,
} satisfies Partial<KioskSlice>;

export const createKioskSlice: StateCreator<KioskSlice, [], [], KioskSlice> = (set) => ({
  ...kioskInitialState,
  setKioskConfig: (kioskFleetConfig, kioskConfig, kioskConfigIssues) =>
    set({ kioskFleetConfig, kioskConfig, kioskConfigIssues }),
  unlockStaff: () => set({ staffUnlocked: true }),
  lockStaff: () => set({ staffUnlocked: false }),
  setLargeText: (largeText) => set({ largeText }),
  setHighContrast: (highContrast) => set({ highContrast }),
});

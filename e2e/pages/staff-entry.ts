import type { Locator, Page } from '@playwright/test';
import { SHIPPED_PIN } from '../kiosk-config.ts';

/** The way into staff mode: press and hold the store name, then the PIN on the keypad. */
export class StaffEntry {
  readonly storeName: Locator;
  readonly dialog: Locator;
  readonly message: Locator;

  constructor(
    readonly page: Page,
    private readonly touch: boolean,
  ) {
    this.storeName = page.getByTestId('app.store-name');
    this.dialog = page.getByTestId('staff.pin-dialog');
    this.message = page.getByTestId('staff.pin-message');
  }

  /** Holds the store name down until the PIN dialog opens (it takes two seconds), then lets go. */
  async holdStoreName(): Promise<void> {
    const name = this.storeName.first();
    await name.dispatchEvent('pointerdown', { button: 0, isPrimary: true, pointerType: 'touch' });
    await this.dialog.waitFor();
    await name.dispatchEvent('pointerup', { button: 0, isPrimary: true, pointerType: 'touch' });
  }

  /** Taps the PIN on the keypad and Enter. */
  async enterPin(pin: string): Promise<void> {
    for (const digit of pin) await this.tap(this.page.getByTestId('staff.key').filter({ hasText: digit }));
    await this.tap(this.page.getByTestId('staff.enter'));
  }

  /** From any screen with the store name: into staff mode, on the catalog screen. */
  async unlock(pin = SHIPPED_PIN): Promise<void> {
    await this.holdStoreName();
    await this.enterPin(pin);
    await this.page.getByTestId('staff.bar').waitFor();
  }

  async tap(target: Locator): Promise<void> {
    if (this.touch) await target.tap();
    else await target.click();
  }
}

import type { Locator, Page } from '@playwright/test';

/** The fields of the staff's store profile form, by what they hold. */
export interface StoreProfileFields {
  name?: string;
  hours?: string;
  returns?: string;
  warranty?: string;
  shipping?: string;
}

const FIELD_NAMES = ['name', 'hours', 'returns', 'warranty', 'shipping'] as const;

/** The store profile form on the staff's catalog screen (#/staff/catalog). */
export class StoreProfilePage {
  readonly panel: Locator;
  readonly save: Locator;
  readonly saved: Locator;
  readonly error: Locator;
  readonly faqEntries: Locator;

  constructor(
    readonly page: Page,
    private readonly touch: boolean,
  ) {
    this.panel = page.getByTestId('store.panel');
    this.save = page.getByTestId('store.save');
    this.saved = page.getByTestId('store.saved');
    this.error = page.getByTestId('store.error');
    this.faqEntries = page.getByTestId('store.faq');
  }

  field(name: keyof StoreProfileFields): Locator {
    return this.page.getByTestId(`store.${name}`);
  }

  async fill(fields: StoreProfileFields): Promise<void> {
    for (const name of FIELD_NAMES) {
      const value = fields[name];
      if (value !== undefined) await this.field(name).fill(value);
    }
  }

  /** Adds a store question and answer at the end of the list. */
  async addFaq(question: string, answer: string): Promise<void> {
    const before = await this.faqEntries.count();
    await this.tap(this.page.getByTestId('store.faq.add'));
    const entry = this.faqEntries.nth(before);
    await entry.getByTestId('store.faq.question').fill(question);
    await entry.getByTestId('store.faq.answer').fill(answer);
  }

  /** Saves and waits for the outcome: the saved note or the error. */
  async saveIt(): Promise<void> {
    await this.save.and(this.page.locator(':enabled')).waitFor({ timeout: 90_000 });
    await this.tap(this.save);
    await this.saved.or(this.error).waitFor();
  }

  private async tap(target: Locator): Promise<void> {
    if (this.touch) await target.tap();
    else await target.click();
  }
}

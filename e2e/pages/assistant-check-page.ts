import type { Locator, Page } from '@playwright/test';
import { StaffEntry } from './staff-entry.ts';

/** The staff's assistant check screen (#/staff/assistant, in staff mode). */
export class AssistantCheckPage {
  readonly status: Locator;
  readonly backend: Locator;
  readonly answer: Locator;
  readonly stats: Locator;
  readonly similarity: Locator;

  constructor(readonly page: Page) {
    this.status = page.getByTestId('models.status');
    this.backend = page.getByTestId('models.backend');
    this.answer = page.getByTestId('models.answer');
    this.stats = page.getByTestId('models.stats');
    this.similarity = page.getByTestId('models.similarity');
  }

  /** Starts the kiosk (with `query`, such as `?backend=wasm`), enters staff mode and opens this screen. */
  async open(query = ''): Promise<void> {
    await this.page.goto(`./${query}`);
    await new StaffEntry(this.page, false).unlock();
    await this.page.getByTestId('staff.assistant').click();
    await this.page.getByTestId('models.load').waitFor();
    await this.page.getByTestId('app.assistant-status').filter({ hasText: 'Assistant ready' }).waitFor();
  }

  async loadModels(): Promise<void> {
    await this.page.getByTestId('models.load').click();
    await this.status.filter({ hasText: /Models ready|could not be loaded/ }).waitFor({ timeout: 180_000 });
  }

  async ask(prompt: string): Promise<void> {
    await this.page.getByTestId('models.prompt').fill(prompt);
    await this.page.getByTestId('models.ask').click();
  }

  async stop(): Promise<void> {
    await this.page.getByTestId('models.stop').click();
  }

  async checkSearchModel(): Promise<void> {
    await this.page.getByTestId('models.check-search').click();
    await this.similarity.waitFor({ timeout: 180_000 });
  }
}

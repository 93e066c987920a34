import type { Locator, Page } from '@playwright/test';
import { StaffEntry } from './staff-entry.ts';

/** A file as the staff member picks it: from disk, or made by the test. */
export type CatalogFile = string | { name: string; mimeType: string; buffer: Buffer };

/** The staff's catalog import screen (#/staff/catalog). */
export class CatalogAdminPage {
  readonly fileInput: Locator;
  readonly current: Locator;
  readonly report: Locator;
  readonly format: Locator;
  readonly encoding: Locator;
  readonly productCount: Locator;
  readonly problemCounts: Locator;
  readonly issues: Locator;
  readonly accept: Locator;
  readonly accepted: Locator;
  readonly download: Locator;
  readonly error: Locator;

  constructor(
    readonly page: Page,
    private readonly touch: boolean,
  ) {
    this.fileInput = page.getByTestId('catalog.import');
    this.current = page.getByTestId('catalog.current');
    this.report = page.getByTestId('catalog.report');
    this.format = page.getByTestId('catalog.report.format');
    this.encoding = page.getByTestId('catalog.report.encoding');
    this.productCount = page.getByTestId('catalog.report.products');
    this.problemCounts = page.getByTestId('catalog.report.counts');
    this.issues = page.getByTestId('catalog.issue');
    this.accept = page.getByTestId('catalog.accept');
    this.accepted = page.getByTestId('catalog.accepted');
    this.download = page.getByTestId('catalog.report.download');
    this.error = page.getByTestId('catalog.error');
  }

  /** Starts the kiosk, enters staff mode (which opens this screen) and waits for the start-up catalog. */
  async open(): Promise<void> {
    await this.page.goto('./');
    await new StaffEntry(this.page, this.touch).unlock();
    await this.current.filter({ hasText: 'products' }).waitFor();
    await this.fileInput.and(this.page.locator(':enabled')).waitFor();
  }

  async choose(file: CatalogFile): Promise<void> {
    await this.fileInput.setInputFiles(file);
  }

  /** Puts the checked file in use and waits for its search index. */
  async useIt(): Promise<void> {
    if (this.touch) await this.accept.tap();
    else await this.accept.click();
    await this.accepted.waitFor({ timeout: 90_000 });
  }
}

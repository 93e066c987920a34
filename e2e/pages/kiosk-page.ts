import type { Locator, Page } from '@playwright/test';

/** The kiosk's browsing screens, as a shopper meets them. */
export class KioskPage {
  readonly categoryTiles: Locator;
  readonly productCards: Locator;
  readonly categoryTitle: Locator;
  readonly productTitle: Locator;
  readonly productPrice: Locator;
  readonly assistantStatus: Locator;
  readonly languageSwitch: Locator;

  constructor(
    readonly page: Page,
    private readonly touch: boolean,
  ) {
    this.categoryTiles = page.getByTestId('catalog.category-tile');
    this.productCards = page.getByTestId('catalog.product-card');
    this.categoryTitle = page.getByTestId('catalog.category-title');
    this.productTitle = page.getByTestId('product.title');
    this.productPrice = page.getByTestId('product.price');
    this.assistantStatus = page.getByTestId('app.assistant-status');
    this.languageSwitch = page.getByTestId('header.language');
    this.attract = page.getByTestId('attract.screen');
  }

  readonly attract: Locator;

  /** Starts the kiosk and taps its attract loop, as a shopper walking up does; the home screen opens. */
  async open(): Promise<void> {
    await this.page.goto('./');
    await this.startSession();
  }

  /** A tap on the attract loop: the home screen with its categories. */
  async startSession(): Promise<void> {
    await this.tap(this.attract);
    await this.categoryTiles.first().waitFor();
  }

  /** Back to the home screen the way a shopper goes: the Home button at the bottom, no reload. */
  async home(): Promise<void> {
    await this.tap(this.page.getByTestId('nav.home'));
    await this.categoryTiles.first().waitFor();
  }

  async openCategory(name: string): Promise<void> {
    await this.tap(this.categoryTiles.filter({ hasText: name }).first());
    await this.productCards.first().waitFor();
  }

  async openProduct(title: string): Promise<void> {
    await this.tap(this.productCards.filter({ hasText: title }).first());
    await this.productTitle.waitFor();
  }

  /** The language button at the bottom, named by the language it switches to. */
  async switchLanguage(to: 'en' | 'zh'): Promise<void> {
    await this.tap(this.languageSwitch);
    await this.page.locator(`[data-testid="header.language"][data-locale="${to}"]`).waitFor();
  }

  async back(): Promise<void> {
    await this.tap(this.page.getByTestId('nav.back'));
  }

  /** A tap on touch projects, a click elsewhere. */
  async tap(target: Locator): Promise<void> {
    if (this.touch) await target.tap();
    else await target.click();
  }
}

import type { Locator, Page } from '@playwright/test';

/** Search waits for the worker's index on a cold start: embedding a catalog takes a while on few cores. */
export const SEARCH_READY_MS = 90_000;

/** A price range as a chip's label reads: "Under $20", "$20 – $50", "$50 and over". */
export interface ChipRange {
  min: number;
  /** Exclusive. */
  below: number;
}

const amount = (text: string) => Number(text.replace(/[^0-9.]/g, ''));

/** Reads the range a price chip offers from its label, as a shopper would. */
export function chipRange(label: string): ChipRange {
  const under = /^Under (.+)$/.exec(label);
  if (under?.[1]) return { min: 0, below: amount(under[1]) };
  const over = /^(.+) and over$/.exec(label);
  if (over?.[1]) return { min: amount(over[1]), below: Number.POSITIVE_INFINITY };
  const [from = '', to = ''] = label.split('–');
  return { min: amount(from), below: amount(to) };
}

/** The header's search box and the results screen, as a shopper meets them. */
export class SearchPage {
  readonly input: Locator;
  readonly submit: Locator;
  readonly screen: Locator;
  readonly results: Locator;
  readonly resultCards: Locator;
  readonly count: Locator;
  readonly understood: Locator;
  readonly priceChips: Locator;
  readonly brandChips: Locator;
  readonly stockChip: Locator;
  readonly clearChips: Locator;
  readonly sort: Locator;
  readonly empty: Locator;
  readonly suggestions: Locator;
  readonly alternatives: Locator;

  constructor(
    readonly page: Page,
    private readonly touch: boolean,
  ) {
    this.input = page.getByTestId('search.input');
    this.submit = page.getByTestId('search.submit');
    this.screen = page.locator('main.search-screen');
    this.results = page.getByTestId('search.results');
    this.resultCards = page.getByTestId('search.result');
    this.count = page.getByTestId('search.count');
    this.understood = page.getByTestId('search.understood');
    this.priceChips = page.getByTestId('search.filter.price');
    this.brandChips = page.getByTestId('search.filter.brand');
    this.stockChip = page.getByTestId('search.filter.stock');
    this.clearChips = page.getByTestId('search.filter.clear');
    this.sort = page.getByTestId('search.sort');
    this.empty = page.getByTestId('search.empty');
    this.suggestions = page.getByTestId('search.suggestion');
    this.alternatives = page.getByTestId('search.alternative');
  }

  /** Types a query and submits it (the on-screen button on touch projects, Enter elsewhere). */
  async search(query: string): Promise<void> {
    await this.input.fill(query);
    if (this.touch) await this.submit.tap();
    else await this.input.press('Enter');
    await this.settled();
  }

  /** Waits until the screen shows the answer to the latest query, chip or sort. */
  async settled(): Promise<void> {
    await this.screen.and(this.page.locator('[aria-busy="false"]')).waitFor({ timeout: SEARCH_READY_MS });
    await this.count.waitFor({ timeout: SEARCH_READY_MS });
  }

  async tap(target: Locator): Promise<void> {
    if (this.touch) await target.tap();
    else await target.click();
    await this.settled();
  }

  /** Taps a result card and waits for its product page. */
  async openResult(title: string): Promise<void> {
    const card = this.resultCards.filter({ hasText: title }).first();
    if (this.touch) await card.tap();
    else await card.click();
    await this.page.getByTestId('product.title').waitFor();
  }

  async chooseSort(label: string): Promise<void> {
    await this.sort.selectOption({ label });
    await this.settled();
  }

  async resultTitles(): Promise<string[]> {
    return this.resultCards.locator('.card-title').allTextContents();
  }

  /** The price each result card shows (the sale price when on sale). */
  async resultPrices(): Promise<number[]> {
    const texts = await this.resultCards.locator('.price-now').allTextContents();
    return texts.map(amount);
  }
}

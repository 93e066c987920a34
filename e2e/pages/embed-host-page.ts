import { expect, type FrameLocator, type Locator, type Page } from '@playwright/test';

const PORT = Number(process.env.AISLE_E2E_PORT ?? 4173);
const HOST_PORT = Number(process.env.AISLE_E2E_HOST_PORT ?? PORT + 1);

/**
 * Where the widget is served from (the production build), and the demo web shop that embeds it: on
 * another site (127.0.0.1 is not localhost), as a real shop is, so the browser partitions or blocks the
 * widget's storage the way it does there.
 */
export const WIDGET_ORIGIN = `http://localhost:${PORT}`;
export const HOST_ORIGIN = `http://127.0.0.1:${HOST_PORT}`;
/** The same demo shop server under another name: another origin, which the tests keep off the allow-list. */
export const OTHER_ORIGIN = `http://localhost:${HOST_PORT}`;

/** A message as the widget posts it (the tests read only a few fields). */
export interface ReceivedMessage {
  type: string;
  [field: string]: unknown;
}

declare global {
  interface Window {
    aisleMessages: { origin: string; data: ReceivedMessage }[];
    sendToWidget(message: unknown): void;
  }
}

/** The demo web shop's product page with the widget in it, and the widget inside its iframe. */
export class EmbedHostPage {
  readonly widget: FrameLocator;
  readonly frame: Locator;
  readonly log: Locator;

  constructor(private readonly page: Page) {
    this.frame = page.locator('iframe.aisle-embed');
    this.widget = page.frameLocator('iframe.aisle-embed');
    this.log = page.getByTestId('host.log');
  }

  /** Serves the widget's kiosk.config.json with these origins allowed to embed it. */
  async allowOrigins(origins: string[]) {
    await this.page
      .context()
      .route(`${WIDGET_ORIGIN}/kiosk.config.json`, (route) =>
        route.fulfill({ json: { embedOrigins: origins } }),
      );
  }

  async open(origin = HOST_ORIGIN, path = '') {
    await this.page.goto(`${origin}/${path}`);
  }

  /** The widget's messages of one type that reached the host page, as a locator on the page's log. */
  received(type: string): Locator {
    return this.log.locator(`li[data-type="${type}"]`);
  }

  async messages(type: string): Promise<ReceivedMessage[]> {
    const all = await this.page.evaluate(() => window.aisleMessages);
    return all.filter((m) => m.data.type === type).map((m) => m.data);
  }

  async send(message: unknown) {
    await this.page.evaluate((m) => window.sendToWidget(m), message);
  }

  /** Waits for the widget's aisle:ready (the catalog is in and the assistant takes questions). */
  async ready() {
    await expect(this.received('aisle:ready')).toHaveCount(1, { timeout: 120_000 });
  }

  get title(): Locator {
    return this.widget.getByTestId('embed.product.title');
  }

  /** Asks from inside the widget and waits until the answer is complete. */
  async waitForAnswer(index: number): Promise<Locator> {
    const answer = this.widget.getByTestId('chat.answer').nth(index);
    await answer.waitFor();
    await this.widget.getByTestId('chat.send').waitFor({ timeout: 120_000 });
    return answer;
  }
}

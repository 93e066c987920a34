import type { Locator, Page } from '@playwright/test';

/** The shop assistant's chat screen. */
export class ChatPage {
  readonly input: Locator;
  readonly answers: Locator;
  readonly context: Locator;

  constructor(private readonly page: Page) {
    this.input = page.getByTestId('chat.input');
    this.answers = page.getByTestId('chat.answer');
    this.context = page.getByTestId('chat.context');
  }

  async open(productId?: string) {
    await this.page.goto(productId === undefined ? '/#/chat' : `/#/chat/${encodeURIComponent(productId)}`);
  }

  /** Sends a question and waits until its answer is complete (the stop button gives way to Ask). */
  async ask(question: string) {
    const before = await this.answers.count();
    await this.input.fill(question);
    await this.page.getByTestId('chat.send').click();
    await this.answers.nth(before).waitFor();
    await this.page.getByTestId('chat.send').waitFor({ timeout: 120_000 });
    return this.answers.nth(before);
  }

  cards(answer: Locator): Locator {
    return answer.getByTestId('chat.card');
  }
}

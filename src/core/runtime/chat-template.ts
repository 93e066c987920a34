import { Template } from '@huggingface/jinja';

export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

/** The model's own chat template (Jinja), rendered with the same variables the reference tooling passes. */
export class ChatTemplate {
  private readonly template: Template;

  constructor(
    source: string,
    private readonly specialTokens: { bos_token?: string; eos_token?: string },
  ) {
    this.template = new Template(source);
  }

  render(messages: readonly ChatMessage[], addGenerationPrompt = true): string {
    return this.template.render({
      messages,
      add_generation_prompt: addGenerationPrompt,
      ...this.specialTokens,
    });
  }
}

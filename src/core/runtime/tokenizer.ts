import { Tokenizer } from '@huggingface/tokenizers';

/** The model's tokenizer (from its tokenizer.json and tokenizer_config.json), as the runtime uses it. */
export class TextTokenizer {
  private readonly tokenizer: Tokenizer;
  readonly config: Record<string, unknown>;

  constructor(tokenizerJson: object, config: Record<string, unknown>) {
    this.tokenizer = new Tokenizer(tokenizerJson, config);
    this.config = config;
  }

  encode(text: string, addSpecialTokens = false): number[] {
    return this.tokenizer.encode(text, { add_special_tokens: addSpecialTokens }).ids;
  }

  decode(ids: readonly number[], skipSpecialTokens = true): string {
    return this.tokenizer.decode([...ids], { skip_special_tokens: skipSpecialTokens });
  }

  /** A special token's text from the config, e.g. eos_token, which may be a string or {content}. */
  specialToken(name: string): string | undefined {
    const value = this.config[name];
    if (typeof value === 'string') return value;
    if (
      typeof value === 'object' &&
      value !== null &&
      'content' in value &&
      typeof value.content === 'string'
    )
      return value.content;
    return undefined;
  }
}

import { parseArgs } from 'node:util';
import { generate } from '../../src/core/runtime/engine.ts';
import { UsageError } from '../io.ts';
import { nodeEngine } from '../model-source.ts';

export const generateHelp = `aisle generate --prompt "..." [--max-tokens N] [--temperature T] [--seed S] [--raw]
                               streams text from the shipped language model (a chat turn; --raw continues the text as is)`;

function numberOption(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n)) throw new UsageError(`--${name} must be a number, got "${value}"`);
  return n;
}

export async function generateCommand(args: string[], out: (line: string) => void): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      prompt: { type: 'string' },
      'max-tokens': { type: 'string' },
      temperature: { type: 'string' },
      seed: { type: 'string' },
      raw: { type: 'boolean', default: false },
    },
  });
  if (!values.prompt) throw new UsageError(`usage: ${generateHelp}`);
  const engine = nodeEngine();
  try {
    await engine.load({ backend: 'wasm' });
    const input = values.raw
      ? { prompt: values.prompt }
      : { messages: [{ role: 'user' as const, content: values.prompt }] };
    const result = await generate(engine, input, {
      maxNewTokens: numberOption(values['max-tokens'], 'max-tokens') ?? 128,
      temperature: numberOption(values.temperature, 'temperature') ?? 0,
      seed: numberOption(values.seed, 'seed'),
      topK: 50,
      topP: 0.95,
      onToken: (chunk) => process.stdout.write(chunk.text),
    });
    const perToken = result.decodeMs / Math.max(1, result.tokenIds.length - 1);
    out('');
    out(
      `[${result.tokenIds.length} tokens, ${result.finishReason}; first token after ${Math.round(result.prefillMs)} ms, then ${perToken.toFixed(1)} ms/token]`,
    );
  } finally {
    await engine.dispose();
  }
}

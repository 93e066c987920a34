import { UsageError } from '../io.ts';
import { nodeEngine } from '../model-source.ts';

export const embedHelp = `aisle embed "text"           the text's sentence vector from the shipped embedder: first values and norm`;

export async function embedCommand(args: string[], out: (line: string) => void): Promise<void> {
  const text = args.join(' ').trim();
  if (!text) throw new UsageError(`usage: ${embedHelp}`);
  const engine = nodeEngine();
  try {
    const [vector] = await engine.embed([text]);
    if (!vector) throw new Error('the embedder returned no vector');
    const norm = Math.sqrt(vector.reduce((sum, x) => sum + x * x, 0));
    out(`dimensions: ${vector.length}`);
    out(`first values: ${Array.from(vector.slice(0, 8), (x) => x.toFixed(5)).join(' ')}`);
    out(`norm: ${norm.toFixed(6)}`);
  } finally {
    await engine.dispose();
  }
}

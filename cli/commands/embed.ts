import { parseArgs } from 'node:util';
import { embedderManifest } from '../../src/core/runtime/registry.ts';
import { UsageError } from '../io.ts';
import { nodeEngine } from '../model-source.ts';

export const embedHelp = `aisle embed "text" [--embedder <id>] [--passage]
                               the text's sentence vector from a shipped embedder (read as a query unless
                               --passage): first values and norm`;

export async function embedCommand(args: string[], out: (line: string) => void): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: { embedder: { type: 'string' }, passage: { type: 'boolean', default: false } },
    });
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\nusage: ${embedHelp}`);
  }
  const text = parsed.positionals.join(' ').trim();
  if (!text) throw new UsageError(`usage: ${embedHelp}`);
  const embedder = embedderManifest(parsed.values.embedder);
  const engine = nodeEngine({ embedder: embedder.id });
  try {
    const [vector] = await engine.embed([text], { kind: parsed.values.passage ? 'passage' : 'query' });
    if (!vector) throw new Error('the embedder returned no vector');
    const norm = Math.sqrt(vector.reduce((sum, x) => sum + x * x, 0));
    out(`embedder: ${embedder.id}`);
    out(`dimensions: ${vector.length}`);
    out(`first values: ${Array.from(vector.slice(0, 8), (x) => x.toFixed(5)).join(' ')}`);
    out(`norm: ${norm.toFixed(6)}`);
  } finally {
    await engine.dispose();
  }
}

import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Catalog } from '../src/core/catalog/types.ts';
import { fileWithRole } from '../src/core/runtime/manifest.ts';
import { MODELS, modelFolder } from '../src/core/runtime/registry.ts';
import { TextTokenizer } from '../src/core/runtime/tokenizer.ts';
import type { BenchPrompt } from './page/api.ts';

const PUBLIC = fileURLToPath(new URL('../public/', import.meta.url));

async function languageModelTokenizer(): Promise<TextTokenizer> {
  const manifest = MODELS.languageModel;
  const read = async (role: 'tokenizer' | 'tokenizer-config') => {
    const file = fileWithRole(manifest, role);
    if (!file) throw new Error(`the language model has no ${role} file`);
    return JSON.parse(await readFile(`${PUBLIC}${modelFolder(manifest.id)}${file.path}`, 'utf8')) as object;
  };
  return new TextTokenizer(await read('tokenizer'), { ...(await read('tokenizer-config')) });
}

/**
 * Prompts of an exact token count with the model's own tokenizer, cut from the catalog's product texts.
 * Each starts at a different product, so no prompt shares a prefix with another (no engine can reuse
 * a cached prefix between them).
 */
export async function catalogPrompts(catalog: Catalog, lengths: readonly number[]): Promise<BenchPrompt[]> {
  const tokenizer = await languageModelTokenizer();
  const products = catalog.products;
  return lengths.map((length, index) => {
    const start = Math.floor((index * products.length) / Math.max(1, lengths.length));
    let text = '';
    for (let i = 0; tokenizer.encode(text).length <= length + 8 && i < products.length * 4; i++) {
      const product = products[(start + i) % products.length];
      if (product) text += `${product.title}: ${product.description}\n`;
    }
    const cut = tokenizer.decode(tokenizer.encode(text).slice(0, length));
    return { label: `${length}-token prompt`, text: cut, tokens: tokenizer.encode(cut).length };
  });
}

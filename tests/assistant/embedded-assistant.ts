import { afterAll, beforeAll } from 'vitest';
import { nodeEngine } from '../../cli/model-source.ts';
import { ShopAssistant } from '../../src/core/assistant/shop-assistant.ts';
import type { Catalog } from '../../src/core/catalog/types.ts';
import type { AssistantEngine } from '../../src/core/runtime/engine.ts';
import { createProductSearch } from '../../src/core/search/index.ts';
import { scriptedEngine } from '../worker/scripted-engine.ts';

/**
 * Assistants over a test catalog with the shipped sentence embedder (loaded once for the test file) and a
 * scripted language model: real meaning matching, words of the model chosen by the test. Without words the
 * assistant runs in template mode. One engine per set of words, as the kiosk keeps one engine for every
 * assistant it makes: the exemplars' and passages' vectors are embedded once per engine, not per assistant.
 */
export function embeddedAssistants(catalog: Catalog): (modelWords?: string[]) => Promise<ShopAssistant> {
  const embedder = nodeEngine({ threads: 1 });
  beforeAll(() => embedder.load({ backend: 'wasm', models: ['embedder'] }), 60_000);
  afterAll(() => embedder.dispose());
  const engines = new Map<string, AssistantEngine>();
  const engineFor = (modelWords: string[]): AssistantEngine => {
    const key = modelWords.join('\u0000');
    let engine = engines.get(key);
    if (!engine) {
      engine = { ...scriptedEngine(modelWords), embed: (texts, options) => embedder.embed(texts, options) };
      engines.set(key, engine);
    }
    return engine;
  };
  return async (modelWords = []) => {
    const search = await createProductSearch(catalog);
    return new ShopAssistant({
      catalog,
      search,
      engine: engineFor(modelWords),
      languageModel: modelWords.length > 0,
    });
  };
}

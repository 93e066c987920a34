import type { Catalog } from '../../src/core/catalog/index.ts';
import type { SearchOptions } from '../../src/core/search/index.ts';
import { LocalShop } from '../../src/core/shop/local-shop.ts';
import type {
  CatalogReady,
  PrebuiltIndex,
  SearchSummary,
  TaskOptions,
} from '../../src/core/shop/shop-service.ts';
import { scriptedEngine } from '../worker/scripted-engine.ts';

type UseOptions = TaskOptions & { prebuilt?: PrebuiltIndex };

/** The real in-process shop, searching by words only (no embedder in unit tests). */
export class WordsOnlyShop extends LocalShop {
  constructor() {
    const engine = {
      ...scriptedEngine([]),
      embed: async () => {
        throw new Error('no embedder in this test');
      },
    };
    super({ engine, embedderKey: 'test@1', languageModel: false });
  }
}

/** A shop whose indexing waits until the test lets it finish, to look at the state in between. */
export class GatedShop extends WordsOnlyShop {
  private open: () => void = () => undefined;
  private readonly gate = new Promise<void>((resolve) => (this.open = resolve));

  finish(): void {
    this.open();
  }

  override async useCatalog(catalog: Catalog, options: UseOptions = {}): Promise<CatalogReady> {
    options.onProgress?.({ phase: 'index', loaded: 0, total: catalog.products.length });
    await this.gate;
    options.signal?.throwIfAborted();
    return super.useCatalog(catalog, options);
  }
}

/** A shop whose indexing fails, as when the device runs out of memory. */
export class FailingIndexShop extends WordsOnlyShop {
  override async useCatalog(): Promise<CatalogReady> {
    throw new Error('out of memory while indexing');
  }
}

/** A shop that answers one query late, to race it against a later one. */
export class SlowQueryShop extends WordsOnlyShop {
  constructor(private readonly slowQuery: string) {
    super();
  }

  override async search(query: string, options?: Omit<SearchOptions, 'parse'>): Promise<SearchSummary> {
    if (query === this.slowQuery) await new Promise((resolve) => setTimeout(resolve, 30));
    return super.search(query, options);
  }
}

export const SHOPIFY_CSV = [
  'Handle,Title,Body (HTML),Vendor,Type,Variant Price,Variant Inventory Qty',
  'green-tea,Green Tea,<p>Loose leaf</p>,Leafy,Tea,4.50,10',
  'oolong,Oolong Tea,<p>Roasted</p>,Leafy,Tea,12.00,0',
  'teapot,Cast Iron Teapot,<p>Holds 1 l</p>,Ironside,Teaware,39.00,3',
  'tea-cups,Tea Cups,<p>Set of two</p>,Ironside,Teaware,18.00,5',
].join('\n');

export const bytesOf = (text: string) => new TextEncoder().encode(text);

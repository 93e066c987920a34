export type * from './types.ts';
export { CatalogFormatError } from './errors.ts';
export { importJsonCatalog, type ImportOptions } from './import-json.ts';
export { catalogStats, categoryCounts, type CatalogStats } from './stats.ts';
export { formatPrice } from './money.ts';
export { placeholderArt, type PlaceholderArt } from './placeholder.ts';

/** English message catalogs, one file per area. */
export { assistant } from './assistant.ts';
export { reviews } from './reviews.ts';
export { evidence } from './evidence.ts';
export { ui } from './ui.ts';

import type { UiMessages } from '../i18n/en/ui.ts';
import type { CatalogError } from '../state/catalog-slice.ts';
import type { SearchNotice } from '../core/shop/shop-service.ts';

/** A catalog error in the UI's language; the cause (file, line, column) is as the importer wrote it. */
export function catalogErrorText(error: CatalogError, t: UiMessages): string {
  return error.stage === 'load'
    ? t.app.catalogLoadError(error.message)
    : t.app.catalogUseError(error.message);
}

/** Why search runs by words only, or without its prebuilt index, for staff. */
export function searchNoticeText(notice: SearchNotice, t: UiMessages): string {
  const notes = t.catalogAdmin.notes;
  switch (notice.kind) {
    case 'prebuilt-unused':
      return notes.prebuiltUnused(notice.detail);
    case 'too-many-to-embed':
      return notes.tooManyToEmbed(notice.products, notice.limit);
    case 'no-embedder':
      return notes.noEmbedder(notice.detail);
  }
}

import type { UiMessages } from '../en/ui.ts';

/** Chinese ui messages, key for key as the English ones. */
export const ui: UiMessages = {};

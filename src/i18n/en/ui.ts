/** English ui messages. Functions take what varies; the Chinese file has the same keys. */
export const ui = {};

export type UiMessages = typeof ui;

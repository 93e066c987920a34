/** English assistant messages. Functions take what varies; the Chinese file has the same keys. */
export const assistant = {};

export type AssistantMessages = typeof assistant;

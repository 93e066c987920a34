/** English evidence messages. Functions take what varies; the Chinese file has the same keys. */
export const evidence = {};

export type EvidenceMessages = typeof evidence;

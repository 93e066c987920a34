import type { EvidenceMessages } from '../en/evidence.ts';

/** Chinese evidence messages, key for key as the English ones. */
export const evidence: EvidenceMessages = {};

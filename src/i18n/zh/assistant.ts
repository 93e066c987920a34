import type { AssistantMessages } from '../en/assistant.ts';

/** Chinese assistant messages, key for key as the English ones. */
export const assistant: AssistantMessages = {};

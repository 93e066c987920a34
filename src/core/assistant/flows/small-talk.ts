import type { Flow } from './context.ts';

/** A greeting or a question about the assistant itself: what it can do. */
export const greetingFlow: Flow = async ({ reply, say }) => reply.finish(say.greeting);

/** Anything that is not shopping here (a poem, the weather, instructions to the assistant): declined. */
export const offTopicFlow: Flow = async ({ reply, say }) => reply.finish(say.offTopic);

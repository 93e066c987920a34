// The text layer splits sentences; describe and the review summary read them from here.
export { sentences as splitSentences, isFinished } from '../../text/segment.ts';

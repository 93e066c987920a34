// The one number reader is the text layer's; this name stays for the review summary until it switches.
export { findNumbers as numberMentions, type NumberMention } from '../../text/numbers.ts';

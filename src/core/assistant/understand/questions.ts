import { escapeRegExp } from '../../text/regex.ts';
import type { Lexicon } from './lexicon/index.ts';

/** A question shorter than this (letters and characters, not counting spaces) is not asked on its own. */
const MIN_LETTERS = 2;

/** Whether a piece of text has enough letters to be asked on its own ("ok?" has; "?" has not). */
function asksSomething(piece: string): boolean {
  return piece.replace(/[\s\p{P}\p{S}]/gu, '').length >= MIN_LETTERS;
}

/**
 * Where an English clause joined by "and" is a question of its own: "and" followed by a yes/no opener and
 * the thing it asks of ("… and does it come with fuel", "… and is there a warranty"). "A tent that is
 * light and has two doors" goes on describing, with no subject after its verb.
 */
function splitAtQuestionJoiners(text: string, lexicon: Lexicon): string[] {
  if (lexicon.locale !== 'en') return [text];
  const alternatives = (words: readonly string[]) => words.map(escapeRegExp).join('|');
  const openers = alternatives(lexicon.yesNoOpeners);
  const subjects = alternatives([...lexicon.deictics, ...lexicon.collectives, 'i', 'you', 'we', 'there']);
  const joiner = new RegExp(`,?\\s+and\\s+(?=(?:${openers})\\s+(?:${subjects})\\b)`, 'giu');
  return text.split(joiner);
}

/**
 * The questions one message asks, each as the shopper wrote it: split after each question mark that more
 * follows ("How much is it? Does it come in black?", "K87有红轴的吗？电池多大？"), and in English at an
 * "and" that opens a question of its own. A message of one question gives just itself.
 */
export function questionsOf(message: string, lexicon: Lexicon): string[] {
  const asked: string[] = [];
  for (const piece of message.split(/(?<=[?？])\s*/u)) {
    // Words after the last question mark say more about it ("… in stock? I need it today"), asking nothing.
    if (!/[?？]\s*$/u.test(piece) && asked.length > 0) asked.push(`${asked.pop() ?? ''} ${piece}`);
    else asked.push(piece);
  }
  const pieces = asked
    .flatMap((piece) => splitAtQuestionJoiners(piece, lexicon))
    .map((piece) => piece.trim())
    .filter(asksSomething);
  return pieces.length >= 2 ? pieces : [message];
}

/** A verb or adjective asked "A-not-A": 重不重, 有没有, 好看不好看, 可不可(以). */
const A_NOT_A = /(\p{Script=Han}{1,2})[不没]\1/u;
/** Where the clause holding it ends: a stop, comma or question mark, or the end of the text. */
const CLAUSE_END = /[?？,，。!！;；]|$/u;
/** A clause that already ends in a question particle. */
const ENDS_ASKING = /[吗呢么]\s*$/u;

/**
 * Chinese asks yes or no by repeating a word around 不 or 没 as often as with 吗: 这台电脑重不重 is
 * 这台电脑重吗, 有没有货 is 有货吗, 能不能退 is 能退吗. Folded to the 吗 form, a question reads the
 * same whichever way it was asked: its topic words are the word itself, and its polarity is 吗's.
 */
export function foldANotA(text: string): string {
  const match = A_NOT_A.exec(text);
  if (!match?.[1]) return text;
  const after = match.index + match[0].length;
  const end = after + text.slice(after).search(CLAUSE_END);
  const clause = text.slice(after, end);
  const particle = ENDS_ASKING.test(clause) ? '' : '吗';
  return foldANotA(`${text.slice(0, match.index)}${match[1]}${clause}${particle}${text.slice(end)}`);
}

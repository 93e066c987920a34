/**
 * Specifications written into a product description. Shops whose platform has no column for a spec sheet put
 * it in the description: `<li><strong>Weight:</strong> 2 kg</li>`, two-cell table rows, `<dt>`/`<dd>` pairs
 * or plain "Key: Value" lines (the full-width "：" too). Read as attributes, the assistant can cite them.
 */
import { mergeAttributes } from './attributes.ts';
import { htmlToText } from './text.ts';

/** One name and value read from a description. */
export type SpecPair = [name: string, value: string];

const MAX_KEY_CHARS = 40;
const MAX_KEY_WORDS = 5;
/** Han or kana names carry no spaces, so their length stands in for the word count. */
const MAX_CJK_KEY_CHARS = 12;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/**
 * Labels that introduce a remark, not a property ("Note: …"), and words a sentence opens with but a
 * property name does not ("Our tent: …"). Closed-class words, so listed here rather than read from data.
 */
const REMARK_LABELS = new Set([
  'note',
  'notes',
  'please note',
  'tip',
  'tips',
  'hint',
  'warning',
  'caution',
  'important',
  'attention',
  'disclaimer',
  'nb',
  'n.b.',
  'ps',
  'p.s.',
  'update',
  'new',
  '注意',
  '注',
  '提示',
  '温馨提示',
  '特别提示',
  '重要提示',
  '友情提示',
  '小贴士',
  '警告',
]);
const SENTENCE_OPENERS = new Set(
  'this these that those our we you your it its i my why how what when where who if please'.split(' '),
);

/** Whether a text is shaped like a property name: short, a few words, no sentence punctuation. */
function isSpecName(name: string): boolean {
  if (name.length === 0 || name.length > MAX_KEY_CHARS || !/\p{L}/u.test(name)) return false;
  if (/[!?;"“”。！？；]|\.$/.test(name)) return false;
  const words = name.split(/\s+/);
  if (words.length > MAX_KEY_WORDS) return false;
  if (CJK.test(name) && name.replace(/\s+/g, '').length > MAX_CJK_KEY_CHARS) return false;
  const lower = name.toLowerCase();
  if (REMARK_LABELS.has(lower) || SENTENCE_OPENERS.has(words[0]?.toLowerCase() ?? '')) return false;
  return !/^(https?|ftp|mailto|tel)$/i.test(name);
}

const oneLine = (html: string) => htmlToText(html).replace(/\s+/g, ' ').trim();

const ROW = /<tr\b[^>]*>([\s\S]*?)<\/tr>/gi;
const CELL = /<(t[hd])\b[^>]*>([\s\S]*?)<\/\1>/gi;
const TERM = /<dt\b[^>]*>([\s\S]*?)<\/dt>\s*<dd\b[^>]*>([\s\S]*?)<\/dd>/gi;

/** Two-cell table rows (not a row of two headers) and term/definition pairs, with the HTML left over. */
function structuredPairs(html: string): { pairs: SpecPair[]; rest: string } {
  const pairs: SpecPair[] = [];
  let rest = html.replace(ROW, (row: string, inner: string) => {
    const cells = [...inner.matchAll(CELL)];
    const [name, value] = cells;
    if (cells.length !== 2 || name === undefined || value === undefined) return row;
    if (name[1]?.toLowerCase() === 'th' && value[1]?.toLowerCase() === 'th') return row;
    pairs.push([oneLine(name[2] ?? '').replace(/\s*[:：]$/, ''), oneLine(value[2] ?? '')]);
    return '<br>';
  });
  rest = rest.replace(TERM, (_whole, name: string, value: string) => {
    pairs.push([oneLine(name).replace(/\s*[:：]$/, ''), oneLine(value)]);
    return '<br>';
  });
  return { pairs, rest };
}

const LINE = /^(?:[•·▪●◦*-]\s*)?([^:：\n]+?)\s*[:：]\s*(.+)$/;
/** A value of two sentences or more, or one closed by "。", is prose that happens to follow a colon. */
const PROSE = /[.!?]\s+\p{Lu}|[。！？](\s*\S|$)/u;

/** "Key: Value" lines (list items and paragraphs become lines), one pair per line. */
function linePairs(html: string): SpecPair[] {
  return htmlToText(html)
    .split('\n')
    .flatMap((line): SpecPair[] => {
      const match = LINE.exec(line.trim());
      const [, name = '', value = ''] = match ?? [];
      // "10:00-22:00" and "16:9" are not a name and a value; nor is prose or the rest of a URL.
      if (/\d$/.test(name) && /^\d/.test(value)) return [];
      if (PROSE.test(value) || value.startsWith('//')) return [];
      return [[name.trim(), value.trim()]];
    });
}

/** The specifications a description (HTML or plain text) states, each name once (the first one wins). */
export function descriptionSpecs(description: string): SpecPair[] {
  const { pairs, rest } = structuredPairs(description);
  const seen = new Set<string>();
  return [...pairs, ...linePairs(rest)].filter(([name, value]) => {
    const key = name.toLowerCase();
    if (value === '' || !isSpecName(name) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The attributes with the description's specifications added after them. A name the attributes already
 * have (ignoring case) keeps its value: a column or property stated on its own is the better source.
 */
export function withDescriptionSpecs(
  attributes: Record<string, string>,
  description: string,
): Record<string, string> {
  return mergeAttributes(attributes, descriptionSpecs(description));
}

import { describe, expect, it } from 'vitest';
import {
  answerFromEvidence,
  isYesNoQuestion,
  productPassages,
} from '../../src/core/assistant/evidence/index.ts';
import { statementOf, trimOpening } from '../../src/core/assistant/evidence/compose.ts';
import {
  lookAlikeNegations,
  isNegated,
  measureConflicts,
  namesOtherValue,
  statementPolarity,
} from '../../src/core/assistant/evidence/polarity.ts';
import { askedQuantities, statesQuantity } from '../../src/core/assistant/evidence/quantity.ts';
import { restatement, shortAnswer } from '../../src/core/assistant/evidence/short-answer.ts';
import type { TextEmbedder } from '../../src/core/search/product-search.ts';
import { messages } from '../../src/i18n/messages.ts';
import { drill } from '../fixtures/evidence/products.ts';

const en = messages('en').evidence;

describe('the passages of a product page', () => {
  const passages = productPassages(drill, en, { returns: 'Returns within 30 days with the receipt.' });

  it('has every attribute as "Name: value", the title, highlights, reviews and shoppers’ answers', () => {
    const texts = passages.map((p) => `${p.source}: ${p.text}`);
    expect(texts).toContain('attribute: Voltage: 12 V');
    expect(texts).toContain('title: Bosch cordless drill driver GSR 12V');
    expect(texts).toContain('highlight: LED work light');
    expect(texts).toContain('review: Light and strong, my favourite drill.');
    expect(texts).toContain('faq: I think not, it has no hammer action.');
    expect(passages.filter((p) => p.source === 'description')).toHaveLength(2);
  });

  it('uses the store’s policy when the product has none of its own', () => {
    expect(passages.find((p) => p.source === 'policy')?.text).toBe(
      'Returns: Returns within 30 days with the receipt.',
    );
  });
});

describe('reading yes and no', () => {
  it('knows yes/no questions from open ones', () => {
    expect(isYesNoQuestion('does it come with a battery?')).toBe(true);
    expect(isYesNoQuestion('batteries included?')).toBe(true);
    expect(isYesNoQuestion('这个有电池吗')).toBe(true);
    expect(isYesNoQuestion('how many volts?')).toBe(false);
    expect(isYesNoQuestion('whats the size?')).toBe(false);
    expect(isYesNoQuestion('hows the battery life?')).toBe(false);
    expect(isYesNoQuestion('is it red or blue?')).toBe(false);
    expect(isYesNoQuestion('is it only for the beach, or are the wheels fine on pavement?')).toBe(true);
    expect(isYesNoQuestion('can someone list the colours in the pack?')).toBe(false);
  });

  it('knows a Chinese question asking for another value of the kind an attribute gives', () => {
    expect(namesOtherValue('K87有红轴的吗', '茶轴（仅此一种）')).toBe(true);
    expect(namesOtherValue('有黑色的吗', '白色')).toBe(true);
    expect(namesOtherValue('K87有茶轴的吗', '茶轴（仅此一种）')).toBe(false);
    expect(namesOtherValue('是玻璃的吗', '高硼硅玻璃')).toBe(false);
    expect(namesOtherValue('这个奶瓶含BPA吗', '不含BPA')).toBe(false);
  });

  it('reads negation, but not in phrases that only look negative', () => {
    expect(isNegated('it is not compatible with the 18 V packs')).toBe(true);
    expect(isNegated('this doesn’t fit a standard chuck')).toBe(true);
    expect(isNegated('no problem at all with hardwood')).toBe(false);
  });

  it('reads yes/no attribute values and negates only the clause about the question', () => {
    const statement = (name: string, value: string) =>
      statementOf(
        { text: `${name}: ${value}`, source: 'attribute', sourceLabel: '', attribute: { name, value } },
        'q',
        en.values,
      );
    expect(statementPolarity(statement('Battery included', 'Yes, 2 Ah'), 'q')).toBe('yes');
    expect(statementPolarity(statement('Is electric', 'false'), 'q')).toBe('no');
    expect(statement('Is electric', 'false').body).toBe('Is electric: no');
    // A measure's bare number is a quantity, not a yes.
    expect(statement('Weight', '1').body).toBe('Weight: 1');
    const ipad = statementOf(
      {
        text: 'Compatible with ipad 1 and 2 (ipad itself not included)',
        source: 'highlight',
        sourceLabel: '',
      },
      'does it fit the ipad 1?',
      en.values,
    );
    expect(statementPolarity(ipad, 'does it fit the ipad 1?')).toBe('yes');
  });

  it('takes hedges and an explicit yes or no off a shopper’s answer', () => {
    expect(trimOpening('Hello, I think yes, it fits the 2015 model')).toEqual({
      body: 'it fits the 2015 model',
      lead: 'yes',
    });
    expect(trimOpening('No. It only takes AA cells').lead).toBe('no');
    expect(trimOpening('No problems with rust after two winters')).toEqual({
      body: 'No problems with rust after two winters',
    });
  });

  it('reads "no problems" as a no when problems are what the question asks about', () => {
    const asked = 'has anyone had problems with rust?';
    expect(trimOpening('No problems with rust after two winters', lookAlikeNegations(asked)).lead).toBe('no');
    expect(isNegated('no issues so far, it fits', lookAlikeNegations('does it fit a 2015 model?'))).toBe(
      false,
    );
    expect(isNegated('no issues so far', lookAlikeNegations('any issues with the zip?'))).toBe(true);
  });

  it('turns the question round for a short answer', () => {
    expect(shortAnswer('does this need batteries?', 'no', 'en')).toEqual({
      subject: 'it',
      verb: 'doesn’t'.replace('’', "'"),
    });
    expect(shortAnswer('are there spare pegs?', 'yes', 'en')).toEqual({ subject: 'there', verb: 'are' });
    expect(shortAnswer('can i use it outdoors?', 'yes', 'en')).toEqual({ subject: 'you', verb: 'can' });
    expect(shortAnswer('这个有电池吗', 'yes', 'zh')).toBeUndefined();
  });

  it('restates a yes/no question as the statement a yes affirms, in its own words', () => {
    expect(restatement('does it come with a 23” train? and spare parts?', 'en')?.join(' ')).toBe(
      'it comes with a 23” train',
    );
    expect(restatement('can i use it with my ipad', 'en')?.join(' ')).toBe('you can use it with your ipad');
    expect(restatement('are there spare pegs?', 'en')?.join(' ')).toBe('there are spare pegs');
    expect(restatement('is this a standard size figure?', 'en')?.join(' ')).toBe(
      'it is a standard size figure',
    );
    // "this kit" is the subject, not "this" and a verb "kit"; where the subject ends is not known, none.
    expect(restatement('does this kit come with paper?', 'en')?.join(' ')).toBe('this kit comes with paper');
    expect(restatement('do the wheels fit in a car?', 'en')?.join(' ')).toBe('the wheels fit in a car');
    // A modal takes a bare verb after its subject, as "do" does: "these" stands alone before "work".
    expect(restatement('will these work for the nano?', 'en')?.join(' ')).toBe('they will work for the nano');
    expect(restatement('will this kit fit in a bag?', 'en')?.join(' ')).toBe('this kit will fit in a bag');
    expect(restatement('is this doll made in china?', 'en')).toBeUndefined();
    expect(restatement('does the pool pump come with a hose?', 'en')).toBeUndefined();
    expect(restatement('how many volts?', 'en')).toBeUndefined();
    expect(restatement('这个有电池吗', 'zh')).toBeUndefined();
  });

  it('restates a yes/no question as the statement a no denies, the auxiliary negated', () => {
    expect(restatement('does it come with a baby swing?', 'en', 'no')?.join(' ')).toBe(
      "it doesn't come with a baby swing",
    );
    expect(restatement('do the wheels fit in a car?', 'en', 'no')?.join(' ')).toBe(
      "the wheels don't fit in a car",
    );
    expect(restatement('are there spare pegs?', 'en', 'no')?.join(' ')).toBe("there aren't spare pegs");
    expect(restatement('can i wash it?', 'en', 'no')?.join(' ')).toBe("you can't wash it");
    expect(restatement('is it waterproof?', 'en', 'no')?.join(' ')).toBe("it isn't waterproof");
  });

  it('knows the kind of measure a question asks for, and the passages that state one', () => {
    expect([...askedQuantities('how tall is this figure?')]).toEqual(['length']);
    expect([...askedQuantities('what age is it for?')]).toEqual(['age']);
    expect([...askedQuantities('how many pieces?')]).toEqual(['count']);
    expect([...askedQuantities('这个锅多重？')]).toEqual(['weight']);
    expect(askedQuantities('is it red?').size).toBe(0);
    const length = askedQuantities('how tall is it?');
    expect(statesQuantity('the box is 7 inches in height', length)).toBe(true);
    expect(statesQuantity('Height: 30', length, 'Height')).toBe(true);
    expect(statesQuantity('weighs 2.5 lbs', length)).toBe(false);
    expect(statesQuantity('great for ages 8 and up', askedQuantities('what age?'))).toBe(true);
    expect(statesQuantity('适合3岁以上', askedQuantities('几岁可以用？'))).toBe(true);
    expect(statesQuantity('the kit has 601 pieces', askedQuantities('how many parts?'))).toBe(true);
    expect(statesQuantity('sturdy and fun', askedQuantities('how many parts?'))).toBe(false);
  });

  it('reads a measure the passage states otherwise as a conflict, not one it holds', () => {
    expect(measureConflicts('will it take 220 volts?', 'Voltage: 120 V')).toBe(true);
    expect(measureConflicts('is it 3 inches tall?', 'the dolls are about 2 - 4 inches')).toBe(false);
    expect(measureConflicts('will it take 12 volts?', 'runs on up to 18 V')).toBe(false);
    expect(measureConflicts('does it take 12 V?', 'Voltage: 12 V')).toBe(false);
    expect(measureConflicts('is it good for a 5 year old?', 'for ages 3 years and up')).toBe(false);
    expect(measureConflicts('is it 3 feet tall?', 'Weight: 1.1 kg')).toBe(false);
  });
});

describe('passage vectors', () => {
  it('are embedded once per product: a second question embeds only the question', async () => {
    const seen: string[][] = [];
    const embed: TextEmbedder = (texts) => {
      seen.push([...texts]);
      return Promise.resolve(texts.map(() => Float32Array.from([1, 0])));
    };
    await answerFromEvidence('how many volts?', drill, { embed, locale: 'en' });
    await answerFromEvidence('how heavy is it?', drill, { embed, locale: 'en' });
    expect(seen[0]?.length).toBeGreaterThan(5);
    // The question as asked and without its question mark (each of its questions), no passage.
    expect(seen[1]).toEqual(['how heavy is it?', 'how heavy is it']);
    // Another embedder (another model) does not read these vectors.
    const other: TextEmbedder = (texts) => {
      seen.push([...texts]);
      return Promise.resolve(texts.map(() => Float32Array.from([0, 1])));
    };
    await answerFromEvidence('how heavy is it?', drill, { embed: other, locale: 'en' });
    expect(seen[2]?.length).toBe(seen[0]?.length);
  });
});

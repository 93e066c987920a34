import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeEngine } from '../../cli/model-source.ts';
import { answerFromEvidence } from '../../src/core/assistant/evidence/index.ts';
import type { EvidenceOptions } from '../../src/core/assistant/evidence/index.ts';
import type { InProcessEngine } from '../../src/core/runtime/in-process-engine.ts';
import { makeProduct } from './make-product.ts';
import { drill, tent } from '../fixtures/evidence/products.ts';

// The shipped sentence embedder, as the app runs it: the answers depend on its sense of meaning.
let engine: InProcessEngine;
let options: EvidenceOptions;
beforeAll(async () => {
  engine = nodeEngine({ threads: 1 });
  await engine.load({ backend: 'wasm', models: ['embedder'] });
  options = { embed: (texts) => engine.embed(texts), locale: 'en' };
}, 120_000);
afterAll(() => engine?.dispose());

describe('open product questions answered from the product’s evidence', () => {
  it('matches the question to an attribute’s name by meaning and prefers a value that says more than yes', async () => {
    const train = makeProduct({
      id: 'train',
      title: 'Wooden train set with remote control',
      description: 'A colourful train set for toddlers. The remote makes the engine go forward and back.',
      attributes: {
        'Batteries required': 'true',
        'Number of batteries': '3 CR2 batteries',
        'Item height': '12 inches',
      },
    });
    const batteries = await answerFromEvidence('what batteries does it use?', train, options);
    expect(batteries.passages[0]?.text).toBe('Number of batteries: 3 CR2 batteries');
    const tall = await answerFromEvidence('how tall is it?', train, options);
    expect(tall.passages[0]?.text).toBe('Item height: 12 inches');
  });

  it('restates a yes in the question’s words only when the passage holds every one of them', async () => {
    const rocket = makeProduct({
      id: 'rocket',
      title: 'Water rocket kit',
      description:
        'Launch it in the park. All you need to add is a bicycle pump: everything else is in the kit.',
    });
    const answer = await answerFromEvidence('does this kit come with the bottle?', rocket, options);
    // No passage says anything of a bottle: the reply must not claim one in the question's words.
    expect(answer.text).not.toMatch(/comes with the bottle/);
  });

  it('finds "how many volts" in the Voltage attribute', async () => {
    const answer = await answerFromEvidence('how many volts?', drill, options);
    expect(answer.dontKnow).toBe(false);
    expect(answer.passages[0]?.text).toBe('Voltage: 12 V');
    expect(answer.text).toContain('12 V');
    expect(answer.text).toBe('Voltage: 12 V (specs).');
  });

  it('says yes to "does it come with a battery" from "Battery included: Yes, 2 Ah", in the question’s words', async () => {
    const answer = await answerFromEvidence('does it come with a battery?', drill, options);
    expect(answer.polarity).toBe('yes');
    expect(answer.passages[0]?.text).toBe('Battery included: Yes, 2 Ah');
    expect(answer.text).toBe('Yes, it comes with a battery (specs).');
  });

  it('says no when the product sheet states another measure than the one asked', async () => {
    const answer = await answerFromEvidence('is it 18 volts?', drill, options);
    expect(answer.polarity).toBe('no');
    expect(answer.text).toMatch(/^No, it isn't — Voltage: 12 V \(specs\)\.$/);
  });

  it('says yes to "is it cordless" from the title', async () => {
    const answer = await answerFromEvidence('is it cordless?', drill, options);
    expect(answer.polarity).toBe('yes');
    expect(answer.passages[0]?.source).toBe('title');
    expect(answer.text).toMatch(/^Yes, it is cordless \(product name\)\.$/);
  });

  it('says no from a shopper’s answer, without the shopper’s hedge', async () => {
    const answer = await answerFromEvidence('can it drill into concrete?', drill, options);
    expect(answer.polarity).toBe('no');
    expect(answer.text).toBe('No, it can’t — it has no hammer action (a shopper).'.replace('’t', "'t"));
  });

  it('does not know what nothing on the page answers', async () => {
    const answer = await answerFromEvidence('is it dishwasher safe?', drill, options);
    expect(answer).toEqual({
      text: 'I don’t know — a member of staff can check.',
      passages: [],
      dontKnow: true,
    });
  });

  it('says that reviewers disagree', async () => {
    const answer = await answerFromEvidence('is it waterproof?', tent, options);
    expect(answer.text).toMatch(/^Reviewers disagree: 1 of 3 say yes \(“It stayed completely waterproof/);
    expect(answer.text).toContain('1 say no (“It is not waterproof');
    expect(answer.polarity).toBeUndefined();
    expect(answer.passages.map((p) => p.source)).toEqual(['review', 'review']);
  });

  it('answers a Chinese question in Chinese', async () => {
    const kettle = makeProduct({
      id: 'kettle',
      title: '电热水壶 1.7升',
      description: '不锈钢内胆，水开自动断电。',
      attributes: { 功率: '1800瓦' },
    });
    const answer = await answerFromEvidence('这个水壶会自动断电吗？', kettle, { ...options, locale: 'zh' });
    expect(answer.dontKnow).toBe(false);
    expect(answer.text).toMatch(/^是的——.*（来源：产品描述）。$/);
    const warranty = await answerFromEvidence('有保修吗？', kettle, {
      ...options,
      locale: 'zh',
      storePolicies: { warranty: '整机保修两年。' },
    });
    expect(warranty.text).toMatch(/^是的——.*整机保修两年（来源：本店政策）。$/);
    const unknown = await answerFromEvidence('可以放进洗碗机吗？', drill, { ...options, locale: 'zh' });
    expect(unknown.text).toBe('我不知道——可以请店员帮您确认。');
  });
});

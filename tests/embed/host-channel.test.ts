import { describe, expect, it } from 'vitest';
import { chooseHostOrigin } from '../../src/embed/host-origin.ts';
import { HostChannel, type ChannelWindow } from '../../src/embed/host-channel.ts';
import type { HostMessage, WidgetMessage } from '../../src/embed/protocol.ts';

const SHOP = 'https://shop.example.com';

/** A widget window whose parent records what is posted to it, with a way to deliver messages. */
function fakeWindow() {
  const posted: { message: WidgetMessage; targetOrigin: string }[] = [];
  const parent = {
    postMessage: (message: WidgetMessage, targetOrigin: string) => posted.push({ message, targetOrigin }),
  };
  let listener: ((event: MessageEvent) => void) | undefined;
  const win: ChannelWindow = {
    parent,
    addEventListener: (_type, l) => (listener = l),
    removeEventListener: () => (listener = undefined),
  };
  const deliver = (data: unknown, origin: string, source: unknown = parent) =>
    listener?.({ data, origin, source } as unknown as MessageEvent);
  return { win, posted, deliver };
}

describe('HostChannel', () => {
  it('passes on valid messages from the host and answers a malformed one with aisle:error, to the host only', () => {
    const { win, posted, deliver } = fakeWindow();
    const received: HostMessage[] = [];
    new HostChannel(win, SHOP).listen((message) => received.push(message));
    deliver({ type: 'aisle:ask', version: 1, question: 'Is it in stock?' }, SHOP);
    deliver({ type: 'aisle:ask', version: 1, question: 7 }, SHOP);
    expect(received).toEqual([{ type: 'aisle:ask', version: 1, question: 'Is it in stock?' }]);
    expect(posted).toEqual([
      {
        targetOrigin: SHOP,
        message: expect.objectContaining({ type: 'aisle:error', code: 'bad-message', received: 'aisle:ask' }),
      },
    ]);
  });

  it('ignores messages from other origins and other windows, without a reply', () => {
    const { win, posted, deliver } = fakeWindow();
    const received: HostMessage[] = [];
    new HostChannel(win, SHOP).listen((message) => received.push(message));
    deliver({ type: 'aisle:ask', version: 1, question: 'hi' }, 'https://evil.example');
    deliver({ type: 'aisle:ask', version: 1, question: 'hi' }, SHOP, { postMessage: () => undefined });
    deliver('garbage', 'https://evil.example');
    expect(received).toEqual([]);
    expect(posted).toEqual([]);
  });

  it('stops listening when told to', () => {
    const { win, deliver } = fakeWindow();
    const received: HostMessage[] = [];
    const stop = new HostChannel(win, SHOP).listen((message) => received.push(message));
    stop();
    deliver({ type: 'aisle:set-language', version: 1, language: 'zh' }, SHOP);
    expect(received).toEqual([]);
  });
});

describe('chooseHostOrigin', () => {
  it("takes the browser's ancestor origin first, the loader's word otherwise, and only from the allow-list", () => {
    expect(chooseHostOrigin(SHOP, null, [SHOP])).toBe(SHOP);
    expect(chooseHostOrigin(undefined, SHOP, [SHOP])).toBe(SHOP);
    // A page that claims to be an allowed shop is found out where the browser says who it is.
    expect(chooseHostOrigin('https://evil.example', SHOP, [SHOP])).toBeUndefined();
    expect(chooseHostOrigin(undefined, 'https://evil.example', [SHOP])).toBeUndefined();
    expect(chooseHostOrigin(undefined, null, [SHOP])).toBeUndefined();
    expect(chooseHostOrigin(SHOP, null, [])).toBeUndefined();
    // Masked by the frame's referrer policy: the loader's word stands.
    expect(chooseHostOrigin('null', SHOP, [SHOP])).toBe(SHOP);
  });
});

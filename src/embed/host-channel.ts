import { parseHostMessage, type HostMessage, type WidgetMessage } from './protocol.ts';

/** The parts of the widget's window the channel uses (a plain object in tests). */
export interface ChannelWindow {
  readonly parent: { postMessage(message: WidgetMessage, targetOrigin: string): void };
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  removeEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}

/**
 * The widget's side of the postMessage protocol, with one allowed host origin. Messages from any other
 * origin or window are ignored without a reply; a malformed one from the host gets an `aisle:error`.
 * Every message goes to the host's origin, never to "*".
 */
export class HostChannel {
  constructor(
    private readonly win: ChannelWindow,
    readonly origin: string,
  ) {}

  post(message: WidgetMessage): void {
    this.win.parent.postMessage(message, this.origin);
  }

  /** Calls `onMessage` with each valid host message until the returned function is called. */
  listen(onMessage: (message: HostMessage) => void): () => void {
    const listener = (event: MessageEvent) => {
      if (event.origin !== this.origin || event.source !== this.win.parent) return;
      const parsed = parseHostMessage(event.data);
      if (parsed.ok) onMessage(parsed.message);
      else this.post({ type: 'aisle:error', version: 1, ...parsed.error });
    };
    this.win.addEventListener('message', listener);
    return () => this.win.removeEventListener('message', listener);
  }
}

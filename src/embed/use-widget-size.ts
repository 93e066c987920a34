import { useEffect, type RefObject } from 'react';
import type { HostChannel } from './host-channel.ts';

/** Posts `aisle:resize` with the content's height each time it changes, so the loader sizes the iframe. */
export function useWidgetSize(root: RefObject<HTMLElement | null>, channel: HostChannel | null): void {
  useEffect(() => {
    const element = root.current;
    if (!element || !channel) return;
    let last = -1;
    const observer = new ResizeObserver(() => {
      const height = Math.ceil(element.getBoundingClientRect().height);
      if (height === last) return;
      last = height;
      channel.post({ type: 'aisle:resize', version: 1, height });
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [root, channel]);
}

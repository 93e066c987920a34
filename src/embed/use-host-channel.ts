import { useEffect, useState } from 'react';
import { chooseHostOrigin } from './host-origin.ts';
import { HostChannel } from './host-channel.ts';
import { fetchKioskConfig } from '../state/kiosk-config-source.ts';

/** Whether the widget may talk to the page around it, and why not when it may not. */
export type HostAccess =
  | { status: 'checking' }
  /** Opened on its own (not in a frame): it works, with nobody to message. */
  | { status: 'standalone' }
  | { status: 'allowed'; channel: HostChannel }
  /** `origin` is the host's, when known; `issues` are the faults found in kiosk.config.json. */
  | { status: 'refused'; origin: string | undefined; issues: string[] };

/** Reads the allow-list from kiosk.config.json and opens the channel to the host page when it is on it. */
export function useHostChannel(claimedHost: string | null): HostAccess {
  const [access, setAccess] = useState<HostAccess>(() =>
    window.parent === window ? { status: 'standalone' } : { status: 'checking' },
  );
  useEffect(() => {
    if (window.parent === window) return;
    const controller = new AbortController();
    void fetchKioskConfig(undefined, controller.signal).then((read) => {
      if (controller.signal.aborted) return;
      const { config } = read;
      const issues = read.issues.map((issue) => issue.message);
      for (const issue of issues) console.warn(`Aisle widget: ${issue}`);
      const ancestor = window.location.ancestorOrigins?.[0];
      const origin = chooseHostOrigin(ancestor, claimedHost, config.embedOrigins);
      setAccess(
        origin === undefined
          ? { status: 'refused', origin: ancestor ?? claimedHost ?? undefined, issues }
          : { status: 'allowed', channel: new HostChannel(window, origin) },
      );
    });
    return () => controller.abort();
  }, [claimedHost]);
  return access;
}

import type { Page } from '@playwright/test';

declare global {
  interface Window {
    /** Set by any hostile script of the test catalogs, should one ever run. */
    __pwned?: unknown;
    __cspViolations?: string[];
  }
}

/** What a page did that it must never do: run a script from data, open a dialog, break its own policy. */
export interface SecurityWatch {
  dialogs: string[];
  /** CSP violations reported on the page and its workers (the console names the latter). */
  consoleViolations: string[];
  /** The page's `securitypolicyviolation` events, directive and blocked address. */
  violations(): Promise<string[]>;
  /** The value a hostile script would have set, or undefined. */
  pwned(): Promise<unknown>;
}

/** Watches `page` from its first document on, in every document it loads. */
export async function watchSecurity(page: Page): Promise<SecurityWatch> {
  const dialogs: string[] = [];
  const consoleViolations: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) consoleViolations.push(message.text());
  });
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      window.__cspViolations?.push(`${event.effectiveDirective} ${event.blockedURI}`),
    );
  });
  return {
    dialogs,
    consoleViolations,
    violations: () => page.evaluate(() => window.__cspViolations ?? []),
    pwned: () => page.evaluate(() => window.__pwned),
  };
}

/**
 * Elements that only injected markup could have made: scripts, frames, styles or event handlers in the
 * body, script links, and images from anywhere but the page's own origin.
 */
export function injectedElements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const element of Array.from(document.body.querySelectorAll('*'))) {
      const tag = element.tagName.toLowerCase();
      if (['script', 'iframe', 'object', 'embed', 'style', 'math', 'foreignobject'].includes(tag))
        found.push(tag);
      for (const attribute of Array.from(element.attributes)) {
        if (attribute.name.startsWith('on')) found.push(`${tag}[${attribute.name}]`);
        if (/^\s*javascript:/i.test(attribute.value)) found.push(`${tag}[${attribute.name}=javascript:]`);
      }
      if (
        element instanceof HTMLImageElement &&
        element.src &&
        new URL(element.src).origin !== location.origin
      )
        found.push(`img ${element.src}`);
    }
    return found;
  });
}

import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { serveKioskConfig } from './kiosk-config.ts';
import { ChatPage } from './pages/chat-page.ts';
import { SearchPage } from './pages/search-page.ts';
import { StaffEntry } from './pages/staff-entry.ts';

// Every screen in both languages, with the models answering: long, and the layout matters little to axe
// (the portrait project runs it too, where touch targets and reflow differ).
test.describe.configure({ timeout: 300_000 });

/** One problem axe found on a screen, as the failure message lists it. */
interface Finding {
  screen: string;
  rule: string;
  impact: string;
  help: string;
  targets: string[];
}

/**
 * Runs axe on the page as it stands and keeps the serious and critical violations under `screen`, and the
 * serious and critical results axe could not decide ("incomplete", e.g. an aria-label on an element whose
 * role does not allow one). Contrast is the exception there: axe cannot read a colour over the attract
 * loop's gradient or inside the placeholder art's SVG (an image with its own name), so those need a person;
 * the attract loop's white text has 6.3:1 on the gradient's lightest stop (#0b6e4f), its darkest more.
 */
async function audit(page: Page, screen: string, findings: Finding[]): Promise<void> {
  const result = await new AxeBuilder({ page }).analyze();
  const undecided = result.incomplete.filter((rule) => rule.id !== 'color-contrast');
  for (const [kind, rules] of [
    ['violation', result.violations],
    ['undecided', undecided],
  ] as const)
    for (const rule of rules) {
      if (rule.impact !== 'serious' && rule.impact !== 'critical') continue;
      findings.push({
        screen,
        rule: `${rule.id} (${kind})`,
        impact: rule.impact,
        help: rule.help,
        targets: rule.nodes.slice(0, 5).map((node) => node.target.join(' ')),
      });
    }
}

for (const lang of ['en', 'zh'] as const) {
  test(`every shopper and staff screen in ${lang === 'en' ? 'English' : 'Chinese'} has no serious or critical axe violation`, async ({
    page,
    kiosk,
    hasTouch,
  }) => {
    const findings: Finding[] = [];
    const chat = new ChatPage(page);
    const search = new SearchPage(page, hasTouch);
    await page.goto('./');
    const start = page.getByTestId(`attract.start-${lang}`);
    await start.waitFor();
    await audit(page, 'attract', findings);

    await kiosk.tap(start);
    await kiosk.categoryTiles.first().waitFor();
    await expect(page.locator('html')).toHaveAttribute('lang', lang === 'en' ? 'en' : 'zh-CN');
    await audit(page, 'home', findings);

    await kiosk.tap(kiosk.categoryTiles.first());
    await kiosk.productCards.first().waitFor();
    await audit(page, 'browse', findings);

    await search.search('laptops');
    await expect(search.resultCards.first()).toBeVisible();
    await audit(page, 'search', findings);

    await kiosk.tap(search.resultCards.first());
    await kiosk.productTitle.waitFor();
    await audit(page, 'product', findings);

    // The chat with an answer (cards and text), then a comparison table.
    await chat.open();
    await expect(chat.input).toBeEnabled({ timeout: 120_000 });
    const answer = await chat.ask('laptops');
    await expect(chat.cards(answer).first()).toBeVisible();
    await audit(page, 'chat', findings);
    const comparison = await chat.ask(lang === 'en' ? 'compare the two cheapest' : '比较一下最便宜的两个');
    await expect(comparison.getByTestId('chat.compare')).toBeVisible();
    await audit(page, 'compare', findings);

    // Staff: the PIN keypad, then each staff screen.
    const staff = new StaffEntry(page, hasTouch);
    await staff.holdStoreName();
    await audit(page, 'staff PIN', findings);
    await staff.enterPin('2468');
    await page.getByTestId('staff.bar').waitFor();
    await page.getByTestId('catalog.current').waitFor();
    await audit(page, 'staff catalog', findings);
    await kiosk.tap(page.getByTestId('staff.assistant'));
    await page.getByTestId('offline.version').waitFor();
    await audit(page, 'staff assistant check', findings);
    await kiosk.tap(page.getByTestId('staff.settings'));
    await page.getByTestId('settings.idleSeconds').waitFor();
    await audit(page, 'staff kiosk settings', findings);

    expect(findings).toEqual([]);
  });

  test(`the "Are you still there?" dialog in ${lang === 'en' ? 'English' : 'Chinese'} has no serious or critical axe violation`, async ({
    page,
    kiosk,
  }) => {
    await serveKioskConfig(page, { idleSeconds: 10, idleWarningSeconds: 20 });
    await page.clock.install();
    await page.goto('./');
    await kiosk.tap(page.getByTestId(`attract.start-${lang}`));
    await kiosk.categoryTiles.first().waitFor();
    await page.clock.fastForward(11_000);
    await expect(page.getByRole('alertdialog')).toBeVisible();
    const findings: Finding[] = [];
    await audit(page, 'idle dialog', findings);
    expect(findings).toEqual([]);
  });
}

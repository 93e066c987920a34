import { expect, test } from './fixtures.ts';
import { SHIPPED_PIN } from './kiosk-config.ts';
import { StaffEntry } from './pages/staff-entry.ts';

test('typing a staff address shows the attract loop, not a staff screen', async ({ page }) => {
  for (const address of ['./#/staff/catalog', './#/staff/assistant']) {
    await page.goto(address);
    await expect(page.getByTestId('attract.screen')).toBeVisible();
    await expect(page.getByTestId('staff.bar')).toHaveCount(0);
    await expect(page.getByTestId('catalog.file')).toHaveCount(0);
    await expect(page.getByTestId('models.load')).toHaveCount(0);
  }
});

test('five wrong PINs lock staff mode, and a reload does not unlock it', async ({
  page,
  kiosk,
  hasTouch,
}) => {
  const staff = new StaffEntry(page, hasTouch);
  await kiosk.open();
  await staff.holdStoreName();
  for (let left = 4; left >= 1; left--) {
    await staff.enterPin('1111');
    await expect(staff.message).toHaveText(`Wrong PIN. ${left} ${left === 1 ? 'try' : 'tries'} left.`);
  }
  await staff.enterPin('1112');
  await expect(staff.message).toHaveText('Too many wrong PINs: staff mode is locked for 5 minutes.');
  // Locked: even the right PIN is refused now.
  await staff.enterPin(SHIPPED_PIN);
  await expect(staff.message).toContainText('locked');
  await expect(page.getByTestId('staff.bar')).toHaveCount(0);

  // A reload does not give five more tries.
  await page.reload();
  await kiosk.categoryTiles.first().waitFor();
  await staff.holdStoreName();
  await staff.enterPin(SHIPPED_PIN);
  await expect(staff.message).toContainText('locked');
  await expect(page.getByTestId('staff.bar')).toHaveCount(0);
});

test('the right PIN opens staff mode on the catalog screen; Exit and a reload close it', async ({
  page,
  kiosk,
  hasTouch,
}) => {
  const staff = new StaffEntry(page, hasTouch);
  await kiosk.open();
  await staff.unlock();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Catalog import');
  await staff.tap(page.getByTestId('staff.assistant'));
  await expect(page.getByTestId('models.load')).toBeVisible();

  await staff.tap(page.getByTestId('staff.exit'));
  await expect(page.getByTestId('staff.bar')).toHaveCount(0);
  await page.goto('./#/staff/catalog');
  await expect(page.getByTestId('attract.screen')).toBeVisible();

  await staff.unlock();
  await page.reload();
  await expect(page.getByTestId('attract.screen')).toBeVisible();
  await expect(page.getByTestId('staff.bar')).toHaveCount(0);
});

test('staff change the idle time on this kiosk: a bad value is named and nothing saved; a good one stays until reset', async ({
  page,
  kiosk,
  hasTouch,
}) => {
  const staff = new StaffEntry(page, hasTouch);
  const idle = page.getByTestId('settings.idleSeconds');
  const result = page.getByTestId('settings.result');
  const openSettings = async () => {
    await staff.unlock();
    await staff.tap(page.getByTestId('staff.settings'));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kiosk settings');
  };
  const afterReload = async () => {
    await page.reload();
    await kiosk.startSession();
    await openSettings();
  };
  await kiosk.open();
  await openSettings();
  await expect(idle).toHaveValue('90');

  await idle.fill('5');
  await staff.tap(page.getByTestId('settings.save'));
  await expect(result).toContainText(
    'staff settings: "idleSeconds" must be at least 10 seconds, got 5; kept at 90',
  );
  await afterReload();
  await expect(idle).toHaveValue('90');

  await idle.fill('45');
  await staff.tap(page.getByTestId('settings.save'));
  await expect(result).toHaveText('Saved: this kiosk uses these settings now.');
  await afterReload();
  await expect(idle).toHaveValue('45');

  await staff.tap(page.getByTestId('settings.reset'));
  await expect(idle).toHaveValue('90');
  await afterReload();
  await expect(idle).toHaveValue('90');
});

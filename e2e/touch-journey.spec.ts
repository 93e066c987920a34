import { expect, test } from './fixtures.ts';
import { serveKioskConfig } from './kiosk-config.ts';
import { ChatPage } from './pages/chat-page.ts';

test.describe.configure({ timeout: 180_000 });

test('from the attract loop to an answer with taps and the on-screen keyboard alone, the answer in view', async ({
  page,
  kiosk,
  hasTouch,
  outsideRequests,
}) => {
  // A touch screen gets the keyboard by itself ("auto"); the desktop project asks for it in the fleet's file.
  if (!hasTouch) await serveKioskConfig(page, { onScreenKeyboard: 'always' });
  const chat = new ChatPage(page);
  await kiosk.open();

  const ask = page.getByTestId('home.ask-input');
  const keyboard = page.getByTestId('keyboard');
  await expect(keyboard).toHaveCount(0);
  await kiosk.tap(ask);
  await expect(keyboard).toBeVisible();
  await expect(ask).toBeInViewport();
  for (const key of 'laptopz') await kiosk.tap(page.getByTestId(`keyboard.${key}`));
  await kiosk.tap(page.getByTestId('keyboard.backspace'));
  await kiosk.tap(page.getByTestId('keyboard.s'));
  await expect(ask).toHaveValue('laptops');
  await kiosk.tap(page.getByTestId('keyboard.enter'));

  // The chat sends it on arrival; the answer, its suggestions and the input stay on screen.
  await expect(page.getByTestId('chat.question').first()).toHaveText('laptops');
  const answer = chat.answers.first();
  await expect(chat.cards(answer).first()).toBeVisible({ timeout: 120_000 });
  await expect(page.getByTestId('chat.send')).toBeVisible({ timeout: 120_000 });
  await expect(answer.getByTestId('chat.answer.text')).toBeInViewport();
  await expect(page.getByTestId('chat.suggestion').first()).toBeInViewport();
  await expect(chat.input).toBeInViewport();

  // A follow-up by one tap: the newest answer comes into view.
  await kiosk.tap(page.getByTestId('chat.suggestion').nth(2));
  const second = chat.answers.nth(1);
  await expect(second).toBeVisible();
  await expect(page.getByTestId('chat.send')).toBeVisible({ timeout: 120_000 });
  await expect(second.getByTestId('chat.answer.text')).toBeInViewport();
  await expect(page.getByTestId('chat.suggestion').first()).toBeInViewport();
  expect(outsideRequests).toEqual([]);
});

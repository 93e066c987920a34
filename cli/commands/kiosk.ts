import { hashPin, isValidPin } from '../../src/core/kiosk/pin.ts';
import { UsageError } from '../io.ts';

export const kioskHelp = `aisle kiosk pin-hash <PIN>   the staffPinHash for kiosk.config.json (PIN of 4 to 12 digits)`;

export async function kioskCommand(args: string[], out: (line: string) => void): Promise<void> {
  const [sub, pin, ...extra] = args;
  if (sub !== 'pin-hash' || pin === undefined || extra.length > 0)
    throw new UsageError(`usage: ${kioskHelp}`);
  if (!isValidPin(pin)) throw new UsageError(`the PIN must be 4 to 12 digits, not "${pin}"`);
  out(await hashPin(pin));
}

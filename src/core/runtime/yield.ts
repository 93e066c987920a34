/**
 * Lets queued events run (in a worker: a `cancel` message) before the next decode step. Awaiting the
 * model alone never yields to them, as its promises settle as microtasks. A MessageChannel round trip
 * is not clamped the way nested timers are.
 */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => {
      port1.close();
      resolve();
    };
    port2.postMessage(null);
  });
}

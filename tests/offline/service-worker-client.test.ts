import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startServiceWorker, type ServiceWorkerEvents } from '../../src/offline/service-worker-client.ts';

/** The registration the fake Workbox hands out: a test sets its waiting and active workers. */
const kiosk = vi.hoisted(() => ({ registration: undefined as unknown }));

vi.mock('workbox-window', () => ({
  Workbox: class {
    addEventListener(): void {}
    register = async () => kiosk.registration;
    update = async () => undefined;
  },
}));

/** A waiting build: answers its version, and counts the times it was told to take over. */
function waitingWorker() {
  const skipWaiting = vi.fn();
  return {
    skipWaiting,
    postMessage(message: { type: string }, ports: MessagePort[] = []) {
      if (message.type === 'GET_VERSION') ports[0]?.postMessage({ version: 'next' });
      else skipWaiting();
    },
  };
}

function setUp(waiting: ReturnType<typeof waitingWorker> | null) {
  const container = Object.assign(new EventTarget(), { controller: {} });
  const registration = Object.assign(new EventTarget(), { waiting, active: {}, installing: null });
  kiosk.registration = registration;
  const replace = vi.fn();
  vi.stubGlobal('navigator', { serviceWorker: container });
  vi.stubGlobal('window', { location: { pathname: '/', search: '', hash: '#/chat', replace } });
  const events: ServiceWorkerEvents = {
    offlineReady: vi.fn(),
    downloading: vi.fn(),
    waiting: vi.fn(),
    failed: vi.fn(),
    applying: vi.fn(),
  };
  /** The new build takes over the page, as Chromium reports it. */
  const takeOver = () => {
    registration.waiting = null;
    container.dispatchEvent(new Event('controllerchange'));
  };
  return { events, replace, takeOver };
}

beforeEach(() =>
  vi.useFakeTimers({ toFake: ['setTimeout', 'setInterval', 'clearTimeout', 'clearInterval'] }),
);
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('applying a waiting update', () => {
  it('resolves true once the new build controls the page, after the caller has wiped, then reloads', async () => {
    const worker = waitingWorker();
    const { events, replace, takeOver } = setUp(worker);
    const control = await startServiceWorker('/service-worker.js', events);
    const order: string[] = [];
    replace.mockImplementation(() => order.push('reload'));
    const applied = control?.apply(async () => void order.push('wipe'));
    expect(worker.skipWaiting).toHaveBeenCalledTimes(1);
    expect(events.applying).toHaveBeenCalled();
    takeOver();
    await expect(applied).resolves.toBe(true);
    expect(order).toEqual(['wipe', 'reload']);
    expect(replace).toHaveBeenCalledWith('/');
  });

  it('resolves false when the new build has not taken over within 5 s, and the update waits again', async () => {
    const worker = waitingWorker();
    const { events, replace } = setUp(worker);
    const control = await startServiceWorker('/service-worker.js', events);
    vi.mocked(events.waiting).mockClear();
    const applied = control?.apply();
    await vi.advanceTimersByTimeAsync(4_999);
    expect(worker.skipWaiting.mock.calls.length).toBeGreaterThan(1); // told again meanwhile
    await vi.advanceTimersByTimeAsync(1);
    await expect(applied).resolves.toBe(false);
    expect(replace).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(events.waiting).toHaveBeenCalledWith('next'));
  });

  it('reloads again when the page is still there after its reload (a history change aborted it)', async () => {
    const { events, replace, takeOver } = setUp(waitingWorker());
    const control = await startServiceWorker('/service-worker.js', events);
    const applied = control?.apply();
    takeOver();
    await expect(applied).resolves.toBe(true);
    expect(replace).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(3_000);
    expect(replace).toHaveBeenCalledTimes(2);
    control?.stop();
  });

  it('does nothing without a waiting build', async () => {
    const { events, replace } = setUp(null);
    const control = await startServiceWorker('/service-worker.js', events);
    await expect(control?.apply()).resolves.toBe(false);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(events.applying).not.toHaveBeenCalled();
    expect(replace).not.toHaveBeenCalled();
  });
});

import { describe, expect, it } from 'vitest';
import { AisleError } from '../../src/core/errors.ts';
import { fetchSource } from '../../src/core/runtime/fetch-source.ts';

const FILE = Uint8Array.from({ length: 1000 }, (_, i) => i % 251);
const noPause = async () => undefined;

/** A server for one file that answers ranges, and whose first few answers break off early. */
function flakyServer(options: { cutOffs: number[]; honoursRange?: boolean; status?: number }) {
  const ranges: string[] = [];
  const cutOffs = [...options.cutOffs];
  const fetch = async (_input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const range = new Headers(init?.headers).get('range') ?? '';
    ranges.push(range);
    if (options.status) return new Response('', { status: options.status });
    const start = options.honoursRange === false ? 0 : Number(/bytes=(\d+)-/.exec(range)?.[1] ?? 0);
    const cut = cutOffs.shift();
    const body = FILE.subarray(start, cut === undefined ? FILE.byteLength : start + cut);
    return new Response(body, { status: range && start > 0 ? 206 : 200 });
  };
  return { fetch, ranges };
}

describe('model downloads over HTTP', () => {
  it('resumes a download that broke off from the byte where it stopped, without starting over', async () => {
    const server = flakyServer({ cutOffs: [400, 300] });
    const progress: number[] = [];
    const source = fetchSource('http://kiosk/models/m/', { fetch: server.fetch, pause: noPause });
    const bytes = await source.read(
      'model.onnx',
      (loaded) => progress.push(loaded),
      undefined,
      FILE.byteLength,
    );
    expect(bytes).toEqual(FILE);
    expect(server.ranges).toEqual(['', 'bytes=400-', 'bytes=700-']);
    // Progress only ever grows: the shopper's bar never jumps back.
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress.at(-1)).toBe(FILE.byteLength);
  });

  it('starts the file over when the server ignores the range, and still gets it whole', async () => {
    const server = flakyServer({ cutOffs: [400], honoursRange: false });
    const source = fetchSource('http://kiosk/m/', { fetch: server.fetch, pause: noPause });
    expect(await source.read('model.onnx', () => undefined, undefined, FILE.byteLength)).toEqual(FILE);
  });

  it('gives up after its tries with a message that names the file and says what happened', async () => {
    const server = flakyServer({ cutOffs: [100, 100, 100] });
    const source = fetchSource('http://kiosk/m/', { fetch: server.fetch, pause: noPause, attempts: 2 });
    const failure = source.read('model.onnx.data.1', () => undefined, undefined, FILE.byteLength);
    await expect(failure).rejects.toThrow(
      /model\.onnx\.data\.1 could not be downloaded \(the download stopped after 200 of 1000 bytes, 2 tries\)/,
    );
  });

  it('does not ask again for a file the server does not have', async () => {
    const server = flakyServer({ cutOffs: [], status: 404 });
    const source = fetchSource('http://kiosk/m/', { fetch: server.fetch, pause: noPause });
    const failure = source.read('tokenizer.json', () => undefined, undefined, 10);
    await expect(failure).rejects.toBeInstanceOf(AisleError);
    await expect(failure).rejects.toThrow(/missing on the server \(HTTP 404\)/);
    expect(server.ranges).toHaveLength(1);
  });
});

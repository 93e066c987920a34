/**
 * A memory-read kernel in WebAssembly SIMD, assembled here byte by byte so the bench needs no toolchain:
 * `sum(start, end)` adds every 16-byte lane group of [start, end) into four accumulators (four independent
 * chains keep the adds off the critical path, so the loop is limited by memory, not by add latency).
 * Equivalent text format:
 *
 *   (func (export "sum") (param $p i32) (param $end i32) (result f32) (local v128 v128 v128 v128)
 *     (loop $l
 *       acc0 += v128.load offset=0 ($p)  ...  acc3 += v128.load offset=48 ($p)
 *       (br_if $l (i32.lt_u (local.tee $p (i32.add $p 64)) $end)))
 *     (f32x4.extract_lane 0 (acc0 + acc1 + acc2 + acc3)))
 */

function uleb(value: number): number[] {
  const out: number[] = [];
  do {
    let byte = value & 0x7f;
    value >>>= 7;
    if (value !== 0) byte |= 0x80;
    out.push(byte);
  } while (value !== 0);
  return out;
}

function section(id: number, content: number[]): number[] {
  return [id, ...uleb(content.length), ...content];
}

const I32 = 0x7f;
const F32 = 0x7d;
const V128 = 0x7b;
const LOCAL_GET = 0x20;
const LOCAL_SET = 0x21;
const LOCAL_TEE = 0x22;
const F32X4_ADD = [0xfd, 0xe4, 0x01];

/** acc(local) += v128.load align=16 offset=(offset) from local 0. */
function accumulate(local: number, offset: number): number[] {
  return [LOCAL_GET, local, LOCAL_GET, 0, 0xfd, 0x00, 0x04, ...uleb(offset), ...F32X4_ADD, LOCAL_SET, local];
}

const body = [
  0x01,
  0x04,
  V128, // four v128 locals (2..5)
  0x03,
  0x40, // loop
  ...accumulate(2, 0),
  ...accumulate(3, 16),
  ...accumulate(4, 32),
  ...accumulate(5, 48),
  LOCAL_GET,
  0,
  0x41,
  0xc0,
  0x00,
  0x6a,
  LOCAL_TEE,
  0, // p = p + 64
  LOCAL_GET,
  1,
  0x49,
  0x0d,
  0x00, // br_if 0 (p < end, unsigned)
  0x0b, // end loop
  LOCAL_GET,
  2,
  LOCAL_GET,
  3,
  ...F32X4_ADD,
  LOCAL_GET,
  4,
  ...F32X4_ADD,
  LOCAL_GET,
  5,
  ...F32X4_ADD,
  0xfd,
  0x1f,
  0x00, // f32x4.extract_lane 0
  0x0b, // end function
];

const name = (text: string) => [...uleb(text.length), ...Array.from(text, (c) => c.charCodeAt(0))];

/** The kernel's module bytes: exports `mem` (one page; grow it) and `sum`. */
export const READ_KERNEL = new Uint8Array([
  0x00,
  0x61,
  0x73,
  0x6d,
  0x01,
  0x00,
  0x00,
  0x00,
  ...section(1, [0x01, 0x60, 0x02, I32, I32, 0x01, F32]),
  ...section(3, [0x01, 0x00]),
  ...section(5, [0x01, 0x00, 0x01]),
  ...section(7, [0x02, ...name('mem'), 0x02, 0x00, ...name('sum'), 0x00, 0x00]),
  ...section(10, [0x01, ...uleb(body.length), ...body]),
]);

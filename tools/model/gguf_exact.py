"""Exact re-encoding of the GGUF's Q4_1 / Q8_0 blocks as ONNX Runtime quantized ops.

The GGUF stores every linear weight as Q4_1 (per 32 input values: fp16 scale d, fp16
minimum m, 4-bit codes q; w = d*q + m) and the tied token embedding / LM head as Q8_0
(per 32 values: fp16 scale d, int8 codes q; w = d*q).  Both block along the input
dimension, as MatMulNBits does, so they map onto ORT ops without any re-quantisation:

* Q4_1 -> MatMulNBits(bits=4, block_size=32) with scales = d and *float* zero points
  zp = -m/d, since (q - zp) * d = d*q + m.  (Integer zero points cannot express m;
  re-quantising with RTN, which is what the model builder does, loses ~30% perplexity.)
* Q8_0 -> MatMulNBits(bits=8, block_size=32) for the LM head with codes stored as
  q + 128 (the op's default zero point for 8 bits), and the same uint8 table feeds the
  embedding lookup through standard ONNX ops (Gather, Cast, Sub, Mul, Reshape).
"""
from __future__ import annotations

import numpy as np
import onnx
from onnx import helper, numpy_helper

BLOCK = 32


def _permute_rows_hf(n_rows: int, n_head: int) -> np.ndarray:
    """Row order that undoes llama.cpp's Q/K permutation (GGUF -> Hugging Face order).

    llama.cpp stores each head's rotary halves interleaved; HF keeps them as two halves.
    hf_rows[i] = gguf_rows[idx[i]].
    """
    hd = n_rows // n_head
    idx = np.arange(n_rows).reshape(n_head, hd // 2, 2).swapaxes(1, 2).reshape(n_rows)
    return idx


def read_q4_1(raw: np.ndarray, rows: int, cols: int):
    """raw: (rows, cols/32*20) uint8 -> codes (rows, nb, 32) uint8, d (rows, nb) f32, m (rows, nb) f32."""
    nb = cols // BLOCK
    blk = raw.reshape(rows, nb, 20)
    d = blk[..., 0:2].copy().view(np.float16)[..., 0].astype(np.float32)
    m = blk[..., 2:4].copy().view(np.float16)[..., 0].astype(np.float32)
    qs = blk[..., 4:20]
    codes = np.concatenate([qs & 0x0F, qs >> 4], axis=-1).astype(np.uint8)  # element j, j+16
    return codes, d, m


def read_q8_0(raw: np.ndarray, rows: int, cols: int):
    nb = cols // BLOCK
    blk = raw.reshape(rows, nb, 34)
    d = blk[..., 0:2].copy().view(np.float16)[..., 0].astype(np.float32)
    q = blk[..., 2:34].copy().view(np.int8)
    return q, d


def pack_nibbles(codes: np.ndarray) -> np.ndarray:
    """(rows, nb, 32) uint4 codes -> MatMulNBits blob (rows, nb, 16): element 2i low nibble, 2i+1 high."""
    return (codes[..., 0::2] | (codes[..., 1::2] << 4)).astype(np.uint8)


class GGUFWeights:
    def __init__(self, path, n_head: int, n_kv_head: int):
        from gguf import GGUFReader

        self.r = GGUFReader(str(path))
        self.t = {t.name: t for t in self.r.tensors}
        self.n_head, self.n_kv_head = n_head, n_kv_head

    def linear_q4_1(self, gguf_name: str, perm_heads: int | None = None):
        t = self.t[gguf_name]
        assert t.tensor_type.name == "Q4_1", (gguf_name, t.tensor_type.name)
        cols, rows = int(t.shape[0]), int(t.shape[1])
        codes, d, m = read_q4_1(np.asarray(t.data), rows, cols)
        if perm_heads:
            idx = _permute_rows_hf(rows, perm_heads)
            codes, d, m = codes[idx], d[idx], m[idx]
        return codes, d, m

    def embedding_q8_0(self):
        t = self.t["token_embd.weight"]
        assert t.tensor_type.name == "Q8_0"
        cols, rows = int(t.shape[0]), int(t.shape[1])
        return read_q8_0(np.asarray(t.data), rows, cols)

    def hf_linear(self, layer: int, proj: str):
        """Q4_1 parts for HF module name model.layers.{layer}.{proj}."""
        name = {
            "self_attn.q_proj": ("attn_q", self.n_head),
            "self_attn.k_proj": ("attn_k", self.n_kv_head),
            "self_attn.v_proj": ("attn_v", None),
            "self_attn.o_proj": ("attn_output", None),
            "mlp.gate_proj": ("ffn_gate", None),
            "mlp.up_proj": ("ffn_up", None),
            "mlp.down_proj": ("ffn_down", None),
        }[proj]
        return self.linear_q4_1(f"blk.{layer}.{name[0]}.weight", name[1])


def q4_1_to_matmulnbits(codes, d, m):
    """Returns (B uint8 [N, nb, 16], scales f32 [N, nb], zero_points f32 [N, nb])."""
    d = d.astype(np.float32)
    m = m.astype(np.float32)
    scales = d.copy()
    zp = np.zeros_like(d)
    nz = d != 0
    zp[nz] = -m[nz] / d[nz]
    # A block whose scale is 0 is constant (= m): encode as codes 0, scale 1, zero point -m.
    const = ~nz
    if const.any():
        codes = codes.copy()
        codes[const] = 0
        scales[const] = 1.0
        zp[const] = -m[const]
    return pack_nibbles(codes), scales, zp.astype(np.float32)


def dequant_q4_1(codes, d, m):
    return (codes.astype(np.float32) * d[..., None] + m[..., None]).reshape(codes.shape[0], -1)


def rewrite_builder_model(model: onnx.ModelProto, w: GGUFWeights, num_layers: int, vocab: int, hidden: int,
                          accuracy_level: int = 1) -> onnx.ModelProto:
    """Replace every quantised weight of the builder's graph with the exact GGUF encoding."""
    g = model.graph
    inits = {t.name: t for t in g.initializer}
    new_inits: dict[str, onnx.TensorProto] = {}
    drop: set[str] = set()

    def set_matmul(node, B, S, Z, bits):
        for name in node.input[1:]:
            if name:
                drop.add(name)
        base = node.input[1].rsplit(".", 1)[0]  # e.g. model.layers.0.attn.qkv_proj.MatMul
        names = [f"{base}.weight_q{bits}", f"{base}.weight_scales"] + ([f"{base}.weight_zero_points"] if Z is not None else [])
        new_inits[names[0]] = numpy_helper.from_array(B, names[0])
        new_inits[names[1]] = numpy_helper.from_array(S, names[1])
        if Z is not None:
            new_inits[names[2]] = numpy_helper.from_array(Z, names[2])
        del node.input[1:]
        node.input.extend(names)
        for a in node.attribute:
            if a.name == "bits":
                a.i = bits
            if a.name == "accuracy_level":
                a.i = accuracy_level

    nodes_by_name = {n.name: n for n in g.node}
    for layer in range(num_layers):
        pre = f"/model/layers.{layer}"
        # fused qkv: rows q | k | v
        parts = [w.hf_linear(layer, p) for p in ("self_attn.q_proj", "self_attn.k_proj", "self_attn.v_proj")]
        codes = np.concatenate([p[0] for p in parts]); d = np.concatenate([p[1] for p in parts]); m = np.concatenate([p[2] for p in parts])
        set_matmul(nodes_by_name[f"{pre}/attn/qkv_proj/MatMul_Q4"], *q4_1_to_matmulnbits(codes, d, m), bits=4)
        for onnx_name, hf in (("attn/o_proj", "self_attn.o_proj"), ("mlp/gate_proj", "mlp.gate_proj"),
                              ("mlp/up_proj", "mlp.up_proj"), ("mlp/down_proj", "mlp.down_proj")):
            set_matmul(nodes_by_name[f"{pre}/{onnx_name}/MatMul_Q4"], *q4_1_to_matmulnbits(*w.hf_linear(layer, hf)), bits=4)

    # tied embedding / LM head: Q8_0, exact, 8-bit
    q8, d8 = w.embedding_q8_0()
    assert q8.shape == (vocab, hidden // BLOCK, BLOCK)
    table = (q8.astype(np.int16) + 128).astype(np.uint8)  # [V, nb, 32]
    lm = nodes_by_name["/lm_head/MatMul_Q4"]
    set_matmul(lm, table, d8, None, bits=8)
    lm.name = "/lm_head/MatMul_Q8"
    table_name, scale_name = lm.input[1], lm.input[2]

    # embedding lookup with standard ops (portable to every execution provider)
    gbq = nodes_by_name["/model/embed_tokens/GatherBlockQuantized"]
    emb_out = gbq.output[0]
    remove = {"/model/embed_tokens/GatherBlockQuantized", "/model/embed_tokens/Reshape"}
    kept = [n for n in g.node if n.name not in remove]
    b = "/model/embed_tokens"
    c128 = numpy_helper.from_array(np.array(128.0, dtype=np.float32), f"{b}/const_128")
    cax = numpy_helper.from_array(np.array([-1], dtype=np.int64), f"{b}/const_axes_-1")
    cshape = numpy_helper.from_array(np.array([0, 0, hidden], dtype=np.int64), f"{b}/const_shape")
    emb_nodes = [
        helper.make_node("Gather", [table_name, "input_ids"], [f"{b}/Gather/output_0"], name=f"{b}/Gather", axis=0),
        helper.make_node("Cast", [f"{b}/Gather/output_0"], [f"{b}/Cast/output_0"], name=f"{b}/Cast", to=onnx.TensorProto.FLOAT),
        helper.make_node("Sub", [f"{b}/Cast/output_0", c128.name], [f"{b}/Sub/output_0"], name=f"{b}/Sub"),
        helper.make_node("Gather", [scale_name, "input_ids"], [f"{b}/GatherScales/output_0"], name=f"{b}/GatherScales", axis=0),
        helper.make_node("Unsqueeze", [f"{b}/GatherScales/output_0", cax.name], [f"{b}/Unsqueeze/output_0"], name=f"{b}/Unsqueeze"),
        helper.make_node("Mul", [f"{b}/Sub/output_0", f"{b}/Unsqueeze/output_0"], [f"{b}/Mul/output_0"], name=f"{b}/Mul"),
        helper.make_node("Reshape", [f"{b}/Mul/output_0", cshape.name], [emb_out], name=f"{b}/Reshape"),
    ]
    # drop the constant node feeding the removed Reshape, if now unused
    used = {i for n in kept + emb_nodes for i in n.input}
    kept = [n for n in kept if not (n.op_type == "Constant" and n.output[0] not in used)]
    # insert the embedding nodes where the removed ones were (keeps topological order)
    first_consumer = next(i for i, n in enumerate(kept) if emb_out in n.input)
    ordered = kept[:first_consumer] + emb_nodes + kept[first_consumer:]
    del g.node[:]
    g.node.extend(ordered)

    # initializers: keep order of the originals, replacing quantised ones in place
    out = []
    for t in g.initializer:
        if t.name in drop:
            continue
        out.append(t)
    out.extend(new_inits.values())
    out.extend([c128, cax, cshape])
    used = {i for n in g.node for i in n.input}
    out = [t for t in out if t.name in used]
    del g.initializer[:]
    g.initializer.extend(out)
    # value_info entries of removed tensors
    keep_vi = [v for v in g.value_info if v.name in used or v.name in {o for n in g.node for o in n.output}]
    del g.value_info[:]
    g.value_info.extend(keep_vi)
    return model

"""Weight-only int8 quantisation of an fp32 ONNX encoder (our own pass).

* MatMul with a constant [K, N] weight -> MatMulNBits(bits=8, block_size=B): weights
  transposed to [N, K], symmetric per block of B input values, codes stored as q + 128
  (the op's default zero point), fp32 scales.  Activations stay fp32.
* The word-embedding Gather -> uint8 table + per-block scales, dequantised after the
  lookup with standard ops (Gather, Cast, Sub, Mul, Reshape).

Unlike dynamic (activation) quantisation, this gives the same numbers on every backend up
to float rounding, which keeps browser and Python results interchangeable.
"""
from __future__ import annotations

import numpy as np
import onnx
from onnx import helper, numpy_helper


def _quant_rows(w: np.ndarray, block: int):
    """w [rows, K] -> codes uint8 [rows, K/block, block] (q+128), scales f32 [rows, K/block]."""
    rows, k = w.shape
    assert k % block == 0, (w.shape, block)
    b = w.reshape(rows, k // block, block).astype(np.float64)
    amax = np.abs(b).max(-1)
    scale = np.where(amax > 0, amax / 127.0, 1.0)
    q = np.clip(np.rint(b / scale[..., None]), -127, 127).astype(np.int16) + 128
    return q.astype(np.uint8), scale.astype(np.float32)


def quantize_weight_only_int8(model: onnx.ModelProto, block: int = 32, embedding_min_rows: int = 1000) -> onnx.ModelProto:
    g = model.graph
    inits = {t.name: t for t in g.initializer}
    consumers: dict[str, int] = {}
    for n in g.node:
        for i in n.input:
            consumers[i] = consumers.get(i, 0) + 1
    new_nodes, new_inits, drop = [], [], set()
    for n in g.node:
        if n.op_type == "MatMul" and n.input[1] in inits and consumers[n.input[1]] == 1:
            w = numpy_helper.to_array(inits[n.input[1]])
            if w.ndim == 2 and w.shape[0] % block == 0:
                k, nout = w.shape
                codes, scales = _quant_rows(np.ascontiguousarray(w.T), block)
                base = n.input[1].replace("::", "_")
                qn, sn = f"{base}_q8", f"{base}_scales"
                new_inits += [numpy_helper.from_array(codes, qn), numpy_helper.from_array(scales, sn)]
                drop.add(n.input[1])
                new_nodes.append(helper.make_node("MatMulNBits", [n.input[0], qn, sn], list(n.output), name=(n.name or base) + "_Q8",
                                                  domain="com.microsoft", K=k, N=nout, bits=8, block_size=block, accuracy_level=1))
                continue
        if n.op_type == "Gather" and n.input[0] in inits and consumers[n.input[0]] == 1:
            w = numpy_helper.to_array(inits[n.input[0]])
            if w.ndim == 2 and w.shape[0] >= embedding_min_rows and w.shape[1] % block == 0:
                rows, dim = w.shape
                codes, scales = _quant_rows(w, block)
                b = n.name or n.input[0]
                qn, sn = f"{n.input[0]}_q8", f"{n.input[0]}_scales"
                c128, cax, csh = f"{b}/const_128", f"{b}/const_axes", f"{b}/const_shape"
                new_inits += [numpy_helper.from_array(codes, qn), numpy_helper.from_array(scales, sn),
                              numpy_helper.from_array(np.array(128.0, np.float32), c128),
                              numpy_helper.from_array(np.array([-1], np.int64), cax),
                              numpy_helper.from_array(np.array([0, 0, dim], np.int64), csh)]
                drop.add(n.input[0])
                ids = n.input[1]
                new_nodes += [
                    helper.make_node("Gather", [qn, ids], [f"{b}/q"], name=f"{b}/GatherQ", axis=0),
                    helper.make_node("Cast", [f"{b}/q"], [f"{b}/qf"], name=f"{b}/Cast", to=onnx.TensorProto.FLOAT),
                    helper.make_node("Sub", [f"{b}/qf", c128], [f"{b}/qc"], name=f"{b}/Sub"),
                    helper.make_node("Gather", [sn, ids], [f"{b}/s"], name=f"{b}/GatherScales", axis=0),
                    helper.make_node("Unsqueeze", [f"{b}/s", cax], [f"{b}/s4"], name=f"{b}/Unsqueeze"),
                    helper.make_node("Mul", [f"{b}/qc", f"{b}/s4"], [f"{b}/deq"], name=f"{b}/Mul"),
                    helper.make_node("Reshape", [f"{b}/deq", csh], list(n.output), name=f"{b}/Reshape"),
                ]
                continue
        new_nodes.append(n)
    kept = [t for t in g.initializer if t.name not in drop] + new_inits
    del g.node[:]
    g.node.extend(new_nodes)
    del g.initializer[:]
    g.initializer.extend(kept)
    if not any(o.domain == "com.microsoft" for o in model.opset_import):
        model.opset_import.append(helper.make_opsetid("com.microsoft", 1))
    return model

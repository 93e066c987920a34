"""Rewrite the MatMulNBits nodes of a graph so that onnxruntime-web runs them fast on every backend.

onnxruntime-web's WebAssembly build has no fast MatMulNBits kernel: it dequantizes every weight block on
every call (profiled: ~3.4 ms for one 1536x576 projection, ~0.45 s per token for the whole model), and
its WebGPU build takes only 2- and 4-bit MatMulNBits with integer zero points. The rewritten graph expresses each MatMulNBits as DequantizeLinear -> FusedMatMul (transB), less a small zero-point
term (a matmul over per-block sums of the input), over the *same* initializers in the *same* external data files. With the session option
`session.disable_quant_qdq=1`, onnxruntime constant-folds that chain once at load, so decoding runs plain
fp32 MatMul with pre-packed weights (WebAssembly: 0.45 s -> 34 ms per token in Node). The files keep
the exact quantised weights (small downloads); memory holds fp32 weights once the session is ready.

    y[n] = sum_k x[k] * scale[n, k // bs] * (q[n, k] - zp[n, k // bs])
         = x . (scale * q)^T[:, n]  -  sum_b blocksum(x)[b] * (scale * zp)[n, b]

with the zero point a float tensor (exact GGUF Q4_1 re-encoding) or, when absent, 2**(bits-1).
"""
from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

# The session config entry the rewritten graph needs; written into the model's manifest.
SESSION_CONFIG = {"session.disable_quant_qdq": "1"}

QUANT_TYPES = {4: TensorProto.UINT4, 8: TensorProto.UINT8}


def _attrs(node: onnx.NodeProto) -> dict:
    return {a.name: helper.get_attribute_value(a) for a in node.attribute}


def _view(init: onnx.TensorProto, name: str, data_type: int, dims: list[int]) -> onnx.TensorProto:
    """A second initializer over the same external bytes, read with another type and shape."""
    view = TensorProto()
    view.name = name
    view.data_type = data_type
    view.dims.extend(dims)
    if init.data_location == TensorProto.EXTERNAL:
        view.data_location = TensorProto.EXTERNAL
        view.external_data.extend(init.external_data)
    else:
        view.raw_data = init.raw_data
    return view


def derive(source: Path, target: Path) -> None:
    """Rewrite every MatMulNBits of `source` into `target` (which may be the same file)."""
    model = onnx.load(str(source), load_external_data=False)
    graph = model.graph
    inits = {i.name: i for i in graph.initializer}
    nodes: list[onnx.NodeProto] = []
    extra: list[onnx.TensorProto] = []
    for node in graph.node:
        if node.op_type != "MatMulNBits":
            nodes.append(node)
            continue
        a = _attrs(node)
        k, n, bits, bs = a["K"], a["N"], a["bits"], a["block_size"]
        x, b_name, s_name = node.input[0], node.input[1], node.input[2]
        zp_name = node.input[3] if len(node.input) > 3 and node.input[3] else None
        if zp_name and inits[zp_name].data_type != TensorProto.FLOAT:
            raise SystemExit(f"{node.name}: packed integer zero points are not handled")
        p = node.name.replace("/", "_").strip("_")
        q_view = f"{b_name}.as_{bits}bit_matrix"
        extra.append(_view(inits[b_name], q_view, QUANT_TYPES[bits], [n, k]))
        if zp_name is None:
            default_zp = numpy_helper.from_array(np.array(2 ** (bits - 1), dtype=np.float32), f"{p}.zp")
            extra.append(default_zp)
            zp_name = default_zp.name
        block_shape = numpy_helper.from_array(np.array([0, 0, k // bs, bs], dtype=np.int64), f"{p}.blocks")
        extra.append(block_shape)
        # y = x . (s*q)^T  -  blocksum(x) . (s*z)^T : the zero-point term is a small matmul over block sums,
        # so constant folding materialises only one fp32 matrix per projection.
        nodes += [
            helper.make_node("DequantizeLinear", [q_view, s_name], [f"{p}.sq"], axis=1, block_size=bs, name=f"{p}.dq"),
            helper.make_node(
                "FusedMatMul", [x, f"{p}.sq"], [f"{p}.main"], transB=1, domain="com.microsoft", name=f"{p}.mm"
            ),
            helper.make_node("Mul", [s_name, zp_name], [f"{p}.sz"], name=f"{p}.sz"),
            helper.make_node("Transpose", [f"{p}.sz"], [f"{p}.szt"], perm=[1, 0], name=f"{p}.szt"),
            helper.make_node("Reshape", [x, block_shape.name], [f"{p}.xb"], name=f"{p}.xb"),
            helper.make_node("ReduceSum", [f"{p}.xb", "wasm_graph.last_axis"], [f"{p}.xs"], keepdims=0, name=f"{p}.xs"),
            helper.make_node("MatMul", [f"{p}.xs", f"{p}.szt"], [f"{p}.corr"], name=f"{p}.corr"),
            helper.make_node("Sub", [f"{p}.main", f"{p}.corr"], list(node.output), name=f"{p}.sub"),
        ]
    extra.append(numpy_helper.from_array(np.array([-1], dtype=np.int64), "wasm_graph.last_axis"))
    del graph.node[:]
    graph.node.extend(nodes)
    graph.initializer.extend(extra)
    used = {i for nd in graph.node for i in nd.input}
    kept = [i for i in graph.initializer if i.name in used]
    del graph.initializer[:]
    graph.initializer.extend(kept)
    for opset in model.opset_import:
        if opset.domain in ("", "ai.onnx"):
            opset.version = max(opset.version, 21)  # blocked DequantizeLinear
    model.ir_version = max(model.ir_version, 10)  # 4-bit tensor types
    onnx.save(model, str(target))


if __name__ == "__main__":
    derive(Path(sys.argv[1]), Path(sys.argv[2]))

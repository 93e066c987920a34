"""Write an ONNX model as a small graph file plus size-capped external-data files.

Tensors are laid out in graph-initializer order; consecutive tensors fill
`<name>.data.0`, `<name>.data.1`, ... up to `target` bytes each (a tensor is never
split across files).  Small tensors stay inside the graph file.
"""
from __future__ import annotations

from pathlib import Path

import onnx
from onnx import external_data_helper as edh

ALIGN = 64


def _raw(t: onnx.TensorProto) -> bytes:
    if t.HasField("raw_data"):
        return t.raw_data
    return onnx.numpy_helper.from_array(onnx.numpy_helper.to_array(t), t.name).raw_data


def save_split(model: onnx.ModelProto, out_dir: Path, graph_name: str = "model.onnx",
               target: int = 40 * 1024 * 1024, hard_limit: int = 45 * 1024 * 1024,
               min_external: int = 1024) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    for old in out_dir.glob(f"{graph_name}.data*"):
        old.unlink()
    files: list[bytearray] = []
    cur = None
    for t in model.graph.initializer:
        if edh.uses_external_data(t):
            raise ValueError(f"load external data before splitting: {t.name}")
        data = _raw(t)
        if len(data) < min_external:
            continue
        if len(data) > hard_limit:
            raise ValueError(f"tensor {t.name} ({len(data)} B) exceeds the per-file limit")
        if cur is None or len(cur) + (-len(cur) % ALIGN) + len(data) > target:
            cur = bytearray()
            files.append(cur)
        cur.extend(b"\0" * (-len(cur) % ALIGN))
        offset = len(cur)
        cur.extend(data)
        location = f"{graph_name}.data.{len(files) - 1}"
        if not t.HasField("raw_data"):
            t.CopyFrom(onnx.numpy_helper.from_array(onnx.numpy_helper.to_array(t), t.name))
        edh.set_external_data(t, location=location, offset=offset, length=len(data))
        t.data_location = onnx.TensorProto.EXTERNAL
        t.ClearField("raw_data")
    written = []
    for i, buf in enumerate(files):
        p = out_dir / f"{graph_name}.data.{i}"
        p.write_bytes(bytes(buf))
        assert p.stat().st_size <= hard_limit
        written.append(p)
    gp = out_dir / graph_name
    gp.write_bytes(model.SerializeToString())
    return [gp] + written

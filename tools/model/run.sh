#!/usr/bin/env bash
# One command to rebuild and evaluate the Aisle browser models:
#   bash tools/model/run.sh
# venv -> pinned requirements -> fetch wheels -> convert/split/manifests -> evaluate (+ onnxruntime-web check),
# for the language model, all-MiniLM-L6-v2 and multilingual-e5-small (build_e5.py, evaluate_e5.py).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$HERE"
export HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 PYTHONHASHSEED=0
PY="${PYTHON:-python3}"
ORT_WEB_VERSION=1.30.0

if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
VPY="$HERE/.venv/bin/python"
"$VPY" -m pip install -q torch==2.13.0
"$VPY" -m pip install -q -r requirements.txt

"$VPY" build.py --steps fetch,verify,dequant,lm,embedder,runtime-graphs,manifest,e5

EVAL_ARGS=()
if command -v node >/dev/null && command -v npm >/dev/null; then
  OW="$HERE/cache/ortweb"
  if [ ! -f "$OW/node_modules/onnxruntime-web/package.json" ] || \
     ! grep -q "\"version\": \"$ORT_WEB_VERSION\"" "$OW/node_modules/onnxruntime-web/package.json"; then
    mkdir -p "$OW"
    [ -f "$OW/package.json" ] || echo '{"name":"ortweb-check","private":true}' > "$OW/package.json"
    npm install --prefix "$OW" --no-audit --no-fund --silent "onnxruntime-web@$ORT_WEB_VERSION"
  fi
  EVAL_ARGS+=(--ort-web-dir "$OW")
else
  echo "[run] node/npm not found: skipping the onnxruntime-web check" >&2
fi
"$VPY" evaluate.py "${EVAL_ARGS[@]}"
E5_ARGS=("${EVAL_ARGS[@]}")
# WebGPU check of the multilingual embedder: needs Chromium and the repo's node_modules (playwright-core)
if [ -x /usr/bin/chromium ] && [ -d "$HERE/../../node_modules/playwright-core" ]; then
  E5_ARGS+=(--chromium /usr/bin/chromium)
fi
"$VPY" evaluate_e5.py "${E5_ARGS[@]}"
echo "[run] done: see tools/model/REPORT.md"

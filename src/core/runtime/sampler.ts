/** Sampling settings for one generation. temperature 0 means greedy decoding. */
export interface SamplingOptions {
  temperature?: number;
  topK?: number;
  topP?: number;
  /** > 1 discourages tokens already in the context (CTRL-style penalty). */
  repetitionPenalty?: number;
  /** Same seed, same settings and same prompt give the same text. */
  seed?: number;
}

/** mulberry32: a small, fast PRNG with a 32-bit state, good enough for sampling and reproducible everywhere. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function argmax(values: Float32Array): number {
  let best = 0;
  for (let i = 1; i < values.length; i++)
    if ((values[i] ?? -Infinity) > (values[best] ?? -Infinity)) best = i;
  return best;
}

function applyRepetitionPenalty(logits: Float32Array, history: readonly number[], penalty: number): void {
  for (const id of new Set(history)) {
    const value = logits[id];
    if (value !== undefined) logits[id] = value > 0 ? value / penalty : value * penalty;
  }
}

/** Token ids of the k largest logits, largest first, in one pass (k = 0 means all of them). */
function topCandidates(logits: Float32Array, k: number): number[] {
  if (k <= 0 || k >= logits.length)
    return Array.from(logits.keys()).sort((a, b) => (logits[b] ?? 0) - (logits[a] ?? 0));
  const top: number[] = [];
  for (let id = 0; id < logits.length; id++) {
    const value = logits[id] ?? -Infinity;
    if (top.length === k && value <= (logits[top[k - 1] ?? 0] ?? -Infinity)) continue;
    let at = top.length;
    while (at > 0 && (logits[top[at - 1] ?? 0] ?? -Infinity) < value) at--;
    top.splice(at, 0, id);
    if (top.length > k) top.pop();
  }
  return top;
}

/** Picks the next token from one row of logits (which it may modify). */
export type Sampler = (logits: Float32Array, history: readonly number[]) => number;

export function createSampler(options: SamplingOptions = {}): Sampler {
  const temperature = options.temperature ?? 0;
  const penalty = options.repetitionPenalty ?? 1;
  const topK = options.topK ?? 0;
  const topP = options.topP ?? 1;
  const random = seededRandom(options.seed ?? Date.now());

  return (logits, history) => {
    if (penalty !== 1) applyRepetitionPenalty(logits, history, penalty);
    if (temperature <= 0) return argmax(logits);

    // Candidates sorted by logit; top-k first, then the nucleus (top-p) of the softmax.
    let candidates = topCandidates(logits, topK);
    const max = logits[candidates[0] ?? 0] ?? 0;
    let weights = candidates.map((id) => Math.exp(((logits[id] ?? 0) - max) / temperature));
    const sum = weights.reduce((a, b) => a + b, 0);
    weights = weights.map((w) => w / sum);
    if (topP < 1) {
      let cumulative = 0;
      let keep = 0;
      while (keep < weights.length && cumulative < topP) cumulative += weights[keep++] ?? 0;
      candidates = candidates.slice(0, keep);
      weights = weights.slice(0, keep).map((w) => w / cumulative);
    }
    let r = random();
    for (let i = 0; i < candidates.length; i++) {
      r -= weights[i] ?? 0;
      if (r <= 0) return candidates[i] ?? 0;
    }
    return candidates[candidates.length - 1] ?? 0;
  };
}

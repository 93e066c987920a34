import { nodeEngine } from '../../cli/model-source.ts';
import type { InProcessEngine } from '../../src/core/runtime/in-process-engine.ts';

/** One engine with the shipped models for a test file; loading takes a few seconds. */
export async function loadShippedEngine(): Promise<InProcessEngine> {
  const engine = nodeEngine({ threads: 1 });
  await engine.load({ backend: 'wasm' });
  return engine;
}

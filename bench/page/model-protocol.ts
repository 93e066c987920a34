/**
 * Messages between the bench page and its model worker. The bench keeps its own small protocol (not the
 * app's worker protocol, which grows with the app's features): every request has an id and gets exactly
 * one reply with that id, a result or an error message.
 */
import type { EngineInfo } from '../../src/core/runtime/engine.ts';
import type { GenerationResult } from '../../src/core/runtime/language-model.ts';

export interface ModelRequestMap {
  load: { params: Record<string, never>; result: EngineInfo };
  generate: { params: { prompt: string; maxNewTokens: number }; result: GenerationResult };
  embed: { params: { texts: string[] }; result: Float32Array[] };
  reset: { params: Record<string, never>; result: null };
}

export type ModelRequestType = keyof ModelRequestMap;
export type ModelRequest = {
  [T in ModelRequestType]: { id: number; type: T } & ModelRequestMap[T]['params'];
}[ModelRequestType];
export type ModelReply = { id: number; result: unknown } | { id: number; error: string };

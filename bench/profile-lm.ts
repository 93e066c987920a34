/**
 * Profiles our language model per operator with onnxruntime-web's own profiler (`enableProfiling`), on the
 * same WebAssembly build the browser runs, one thread. Run as a child process by bench/run.ts:
 * onnxruntime's WebAssembly prints its profile as JSON lines on stdout, which the parent parses
 * (bench/profile-parse.ts). Usage: tsx bench/profile-lm.ts <prompt tokens> <decode steps>
 */
import * as ort from 'onnxruntime-web';
import { fileSource } from '../cli/model-source.ts';
import { ChatTemplate } from '../src/core/runtime/chat-template.ts';
import { LanguageModel } from '../src/core/runtime/language-model.ts';
import { fileWithRole, graphFile, runtimeFiles } from '../src/core/runtime/manifest.ts';
import { loadModelFiles } from '../src/core/runtime/model-files.ts';
import { MODELS } from '../src/core/runtime/registry.ts';
import { TextTokenizer } from '../src/core/runtime/tokenizer.ts';

const [promptTokens = 128, decodeSteps = 16] = process.argv.slice(2).map(Number);
const manifest = { ...MODELS.languageModel, graph: { ...MODELS.languageModel.graph, eosTokenIds: [] } };
const files = await loadModelFiles(manifest, { backend: 'wasm', source: fileSource(manifest.id) });
const text = (role: 'tokenizer' | 'tokenizer-config' | 'chat-template') => {
  const bytes = files.get(fileWithRole(manifest, role)?.path ?? '');
  if (!bytes) throw new Error(`the language model has no ${role} file`);
  return new TextDecoder().decode(bytes);
};
const graph = graphFile(manifest, 'wasm');
const graphBytes = graph && files.get(graph.path);
if (!graph || !graphBytes) throw new Error('the language model has no graph');

ort.env.wasm.numThreads = 1;
ort.env.logLevel = 'error';
const session = await ort.InferenceSession.create(graphBytes, {
  executionProviders: ['wasm'],
  graphOptimizationLevel: 'all',
  enableProfiling: true,
  externalData: runtimeFiles(manifest, 'wasm')
    .filter((file) => file.role === 'external-data')
    .map((file) => ({ path: file.path, data: files.get(file.path) ?? new Uint8Array() })),
  extra: graph.sessionConfig ?? {},
});
const tokenizer = new TextTokenizer(
  JSON.parse(text('tokenizer')) as object,
  JSON.parse(text('tokenizer-config')),
);
const model = new LanguageModel(session, tokenizer, new ChatTemplate(text('chat-template'), {}), manifest);

// A prompt of exactly `promptTokens` tokens: the same id repeated is enough for per-operator timing.
const prompt = tokenizer.decode(
  Array.from({ length: promptTokens }, () => tokenizer.encode(' shop')[0] ?? 1),
);
for await (const chunk of model.stream({ prompt }, { maxNewTokens: decodeSteps + 1, temperature: 0 }))
  void chunk;
session.endProfiling();
await session.release();

import { AisleError } from '../errors.ts';
import { chooseBackend, type BackendChoice, type BackendEnvironment } from './backend.ts';
import { ChatTemplate } from './chat-template.ts';
import { Embedder, type EmbedKind } from './embedder.ts';
import type { AssistantEngine, EngineInfo, EngineLoadOptions, ModelRole } from './engine.ts';
import {
  LanguageModel,
  type GenerateOptions,
  type GenerationInput,
  type GenerationResult,
  type TokenChunk,
} from './language-model.ts';
import {
  fileWithRole,
  runtimeFiles,
  totalBytes,
  type ModelFileRole,
  type ModelManifest,
} from './manifest.ts';
import { loadModelFiles, type ModelSource, type ModelStore } from './model-files.ts';
import { createSession } from './ort-session.ts';
import { TextTokenizer } from './tokenizer.ts';

export interface InProcessEngineConfig {
  languageModel: ModelManifest;
  embedder: ModelManifest;
  /** Gives the files of one model, by model id. */
  source: (modelId: string) => ModelSource;
  store?: (modelId: string) => ModelStore | undefined;
  /** Probed when the first model loads: a GPU adapter is only asked for then. */
  environment: () => Promise<BackendEnvironment>;
}

const decoder = new TextDecoder();

function textFile(manifest: ModelManifest, files: Map<string, Uint8Array>, role: ModelFileRole): string {
  const file = fileWithRole(manifest, role);
  const bytes = file && files.get(file.path);
  if (!bytes) throw new AisleError('model-file-missing', `The model ${manifest.id} has no ${role} file.`);
  return decoder.decode(bytes);
}

function tokenizerOf(manifest: ModelManifest, files: Map<string, Uint8Array>): TextTokenizer {
  const json: unknown = JSON.parse(textFile(manifest, files, 'tokenizer'));
  const config: unknown = JSON.parse(textFile(manifest, files, 'tokenizer-config'));
  if (typeof json !== 'object' || json === null || typeof config !== 'object' || config === null)
    throw new AisleError('model-file-missing', `The tokenizer files of ${manifest.id} are not valid.`);
  return new TextTokenizer(json, { ...config });
}

type Loaded = { languageModel: LanguageModel; embedder: Embedder };

/** Runs both models in this thread: in Node and tests, and inside the browser's worker. */
export class InProcessEngine implements AssistantEngine {
  private choice: Promise<BackendChoice> | undefined;
  private readonly loading: { [R in ModelRole]?: Promise<Loaded[R]> } = {};
  private readonly loaded: { [R in ModelRole]?: Loaded[R] } = {};
  private storageProblem: string | undefined;

  constructor(private readonly config: InProcessEngineConfig) {}

  async load(options: EngineLoadOptions = {}): Promise<EngineInfo> {
    // The embedder first: it is small and search needs it; the language model follows.
    for (const role of options.models ?? (['embedder', 'languageModel'] as const))
      await this.model(role, options);
    return this.info();
  }

  async *stream(
    input: GenerationInput,
    options: GenerateOptions = {},
  ): AsyncGenerator<TokenChunk, GenerationResult> {
    const lm = await this.model('languageModel', {});
    return yield* lm.stream(input, options);
  }

  async embed(
    texts: readonly string[],
    options: { signal?: AbortSignal; kind?: EmbedKind } = {},
  ): Promise<Float32Array[]> {
    return (await this.model('embedder', {})).embed(texts, options);
  }

  async resetConversation(): Promise<void> {
    this.loaded.languageModel?.resetCache();
  }

  async dispose(): Promise<void> {
    const { languageModel, embedder } = this.loaded;
    await languageModel?.dispose();
    await embedder?.dispose();
    this.loaded.languageModel = this.loaded.embedder = undefined;
    this.loading.languageModel = this.loading.embedder = undefined;
  }

  private async info(): Promise<EngineInfo> {
    const choice = await this.backend({});
    const roles = (['languageModel', 'embedder'] as const).filter((role) => this.loaded[role]);
    return {
      ...choice,
      ...(this.storageProblem ? { storageProblem: this.storageProblem } : {}),
      models: roles.map((role) => {
        const m = this.config[role];
        return { role, id: m.id, name: m.name, bytes: totalBytes(runtimeFiles(m, choice.backend)) };
      }),
    };
  }

  /** The backend is chosen once, at the first load, and kept for both models. */
  private backend(options: EngineLoadOptions): Promise<BackendChoice> {
    this.choice ??= this.config.environment().then((env) => chooseBackend(options.backend ?? 'auto', env));
    return this.choice;
  }

  private model<R extends ModelRole>(role: R, options: EngineLoadOptions): Promise<Loaded[R]> {
    const pending = (this.loading[role] ??= this.start(role, options).catch((error: unknown) => {
      this.loading[role] = undefined; // a failed load may be tried again
      throw error;
    }) as (typeof this.loading)[R]);
    if (!pending) throw new AisleError('internal', `The ${role} did not start loading.`);
    return pending;
  }

  private async start<R extends ModelRole>(role: R, options: EngineLoadOptions): Promise<Loaded[R]> {
    const choice = await this.backend(options);
    const manifest = this.config[role];
    const files = await loadModelFiles(manifest, {
      backend: choice.backend,
      source: this.config.source(manifest.id),
      store: this.config.store?.(manifest.id),
      onProgress: options.onProgress,
      onStorageProblem: (message) => (this.storageProblem = message),
      signal: options.signal,
    });
    const tokenizer = tokenizerOf(manifest, files);
    const template =
      role === 'languageModel'
        ? new ChatTemplate(textFile(manifest, files, 'chat-template'), {
            bos_token: tokenizer.specialToken('bos_token'),
            eos_token: tokenizer.specialToken('eos_token'),
          })
        : undefined;

    const total = totalBytes(runtimeFiles(manifest, choice.backend));
    options.onProgress?.({ phase: 'compile', model: manifest.id, loaded: 0, total });
    const session = await createSession(manifest, files, choice);
    files.clear(); // the runtime holds its own copy of the weights now
    options.onProgress?.({ phase: 'compile', model: manifest.id, loaded: total, total });

    const model = template
      ? new LanguageModel(session, tokenizer, template, manifest)
      : new Embedder(session, tokenizer, manifest);
    this.loaded[role] = model as Loaded[R];
    return model as Loaded[R];
  }
}

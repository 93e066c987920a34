import { useRef, useState } from 'react';
import { AisleError } from '../../core/errors.ts';
import { generate } from '../../core/runtime/engine.ts';
import { useEngineInfo, useLoadProgress, useModelsError, useModelsStatus } from '../../state/store.ts';
import { OfflinePanel } from '../components/OfflinePanel.tsx';
import { ProgressBar } from '../components/ProgressBar.tsx';
import { useEngine } from '../engine-context.ts';
import { useModelLoader } from '../hooks/use-model-loader.ts';
import { useMessages } from '../hooks/use-messages.ts';
import { useStreamedText } from '../hooks/use-streamed-text.ts';
import { routeHref } from '../route.ts';

/**
 * The staff's check that this kiosk can run its models: load them (with progress), see which backend
 * runs them, and try the language and search models. Shoppers never land here.
 */
export function AssistantCheck() {
  const t = useMessages();
  const engine = useEngine();
  const status = useModelsStatus();
  const error = useModelsError();
  const info = useEngineInfo();
  const progress = useLoadProgress();
  const loadModels = useModelLoader();
  const answer = useStreamedText();
  const [prompt, setPrompt] = useState(t.models.prompt);
  const [generating, setGenerating] = useState(false);
  const [stats, setStats] = useState('');
  const [similarity, setSimilarity] = useState<string>('');
  const stopper = useRef<AbortController | null>(null);

  async function ask() {
    if (!engine) return;
    stopper.current = new AbortController();
    answer.reset();
    setStats('');
    setGenerating(true);
    try {
      const result = await generate(
        engine,
        { messages: [{ role: 'user', content: prompt }] },
        { maxNewTokens: 96, signal: stopper.current.signal, onToken: (chunk) => answer.append(chunk.text) },
      );
      const perToken = result.decodeMs / Math.max(1, result.tokenIds.length - 1);
      setStats(
        t.models.stats(
          result.tokenIds.length,
          result.finishReason,
          Math.round(result.prefillMs),
          perToken.toFixed(0),
        ),
      );
    } catch (e) {
      setStats(AisleError.from(e).message);
    } finally {
      setGenerating(false);
    }
  }

  async function checkSearchModel() {
    if (!engine) return;
    setSimilarity(''); // no figure from an earlier check while this one runs
    await loadModels(['embedder']);
    const [a, b] = await engine.embed(t.models.similarPair);
    const cosine = a && b ? a.reduce((sum, x, i) => sum + x * (b[i] ?? 0), 0) : 0;
    setSimilarity(cosine.toFixed(3));
  }

  const files = Object.entries(progress.files).filter(([key]) => !key.endsWith('/'));
  return (
    <main className="screen staff-screen">
      <h1>{t.models.heading}</h1>
      <a className="text-link" href={routeHref({ screen: 'catalog-admin' })} data-testid="staff.catalog-link">
        {t.models.catalogLink}
      </a>
      <section className="panel">
        <p data-testid="models.status">
          {status === 'idle' && t.models.idle}
          {status === 'loading' && t.models.loading}
          {status === 'ready' &&
            info &&
            (info.backend === 'webgpu' ? t.models.readyGpu : t.models.readyCpu(info.threads))}
          {status === 'error' && t.models.failed(error ?? '')}
        </p>
        {info && (
          <p className="muted" data-testid="models.backend" data-backend={info.backend}>
            {t.models.backend(info.backend, t.models.backendReasons[info.reason])}
          </p>
        )}
        <div className="button-row">
          <button
            type="button"
            className="primary"
            disabled={!engine || status === 'loading'}
            onClick={() => void loadModels()}
            data-testid="models.load"
          >
            {t.models.load}
          </button>
          <button
            type="button"
            disabled={!engine}
            onClick={() => void checkSearchModel()}
            data-testid="models.check-search"
          >
            {t.models.checkSearch}
          </button>
        </div>
        {similarity && <p data-testid="models.similarity">{t.models.similarity(similarity)}</p>}
        {progress.overall.total > 0 && (
          <div className="progress-list">
            <ProgressBar
              label={t.models.allFiles}
              loaded={progress.overall.loaded}
              total={progress.overall.total}
              testId="models.progress"
            />
            {files.map(([key, p]) => (
              <ProgressBar key={key} label={t.models.file(key, p.phase)} loaded={p.loaded} total={p.total} />
            ))}
          </div>
        )}
      </section>
      <section className="panel">
        <label htmlFor="check-prompt">{t.models.promptLabel}</label>
        <textarea
          id="check-prompt"
          value={prompt}
          onChange={(e) => setPrompt(e.target.value)}
          rows={3}
          data-testid="models.prompt"
        />
        <div className="button-row">
          <button
            type="button"
            className="primary"
            disabled={!engine || generating}
            onClick={() => void ask()}
            data-testid="models.ask"
          >
            {t.models.ask}
          </button>
          <button
            type="button"
            disabled={!generating}
            onClick={() => stopper.current?.abort()}
            data-testid="models.stop"
          >
            {t.models.stop}
          </button>
        </div>
        <p className="answer" data-testid="models.answer" aria-live="polite">
          {answer.text}
        </p>
        {stats && (
          <p className="muted" data-testid="models.stats">
            {stats}
          </p>
        )}
      </section>
      <OfflinePanel />
    </main>
  );
}

import { useCallback, useEffect, useRef, useState } from 'react';
import {
  DEFAULT_SEED,
  streamDescription,
  type DescriptionLength,
  type DescriptionTone,
} from '../../core/assistant/describe/index.ts';
import type { Product } from '../../core/catalog/index.ts';
import { AisleError } from '../../core/errors.ts';
import { useModelsStatus } from '../../state/store.ts';
import { useEngine } from '../engine-context.ts';
import { useModelLoader } from './use-model-loader.ts';

export interface DescriptionState {
  /** Checked sentences so far; the final text once done. */
  text: string;
  status: 'idle' | 'writing' | 'done' | 'error';
  source: 'model' | 'template' | null;
  error: string | null;
  /** Writes a description; each call after the first uses a new seed, so the wording changes. */
  generate(options: { length: DescriptionLength; tone: DescriptionTone }): Promise<void>;
  stop(): void;
}

/**
 * A product description written by the language model in the worker. Only sentences that passed the
 * fact check arrive, one at a time, so a per-sentence update needs no frame batching.
 */
export function useDescription(product: Product): DescriptionState {
  const engine = useEngine();
  const modelsStatus = useModelsStatus();
  const loadModels = useModelLoader();
  const [text, setText] = useState('');
  const [status, setStatus] = useState<DescriptionState['status']>('idle');
  const [source, setSource] = useState<DescriptionState['source']>(null);
  const [error, setError] = useState<string | null>(null);
  const seed = useRef(DEFAULT_SEED - 1);
  const stopper = useRef<AbortController | null>(null);

  // Leaving the product page stops the writing (the panel is keyed by product, so a new product remounts).
  useEffect(() => () => stopper.current?.abort(), []);

  const generate = useCallback<DescriptionState['generate']>(
    async ({ length, tone }) => {
      if (!engine) return;
      stopper.current?.abort();
      const controller = new AbortController();
      stopper.current = controller;
      seed.current += 1;
      setText('');
      setSource(null);
      setError(null);
      setStatus('writing');
      try {
        if (modelsStatus !== 'ready') await loadModels(['languageModel']);
        const stream = streamDescription(engine, product, {
          length,
          tone,
          seed: seed.current,
          signal: controller.signal,
        });
        let shown = '';
        for (;;) {
          const step = await stream.next();
          if (step.done) {
            setText(step.value.text);
            setSource(step.value.source);
            break;
          }
          shown = shown ? `${shown} ${step.value}` : step.value;
          setText(shown);
        }
        setStatus('done');
      } catch (e) {
        setError(AisleError.from(e).message);
        setStatus('error');
      }
    },
    [engine, product, modelsStatus, loadModels],
  );
  const stop = useCallback(() => stopper.current?.abort(), []);
  return { text, status, source, error, generate, stop };
}

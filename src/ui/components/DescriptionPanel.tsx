import { useState } from 'react';
import {
  DESCRIPTION_LENGTHS,
  DESCRIPTION_TONES,
  isDescriptionLength,
  isDescriptionTone,
  type DescriptionLength,
  type DescriptionTone,
} from '../../core/assistant/describe/index.ts';
import type { Product } from '../../core/catalog/index.ts';
import { useEngine } from '../engine-context.ts';
import { useDescription } from '../hooks/use-description.ts';
import { useMessages } from '../hooks/use-messages.ts';

/** Writes a fresh description of the product with the on-device model, in a chosen length and tone. */
export function DescriptionPanel({ product }: { product: Product }) {
  const t = useMessages();
  const engine = useEngine();
  const description = useDescription(product);
  const [length, setLength] = useState<DescriptionLength>('short');
  const [tone, setTone] = useState<DescriptionTone>('friendly');
  const writing = description.status === 'writing';

  return (
    <section className="panel describe-panel" data-testid="describe.panel" aria-label={t.describe.heading}>
      <h2>{t.describe.heading}</h2>
      <div className="describe-controls">
        <label>
          {t.describe.length}
          <select
            value={length}
            onChange={(e) => isDescriptionLength(e.target.value) && setLength(e.target.value)}
            data-testid="describe.length"
          >
            {DESCRIPTION_LENGTHS.map((l) => (
              <option key={l} value={l}>
                {t.describe.lengths[l]}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t.describe.tone}
          <select
            value={tone}
            onChange={(e) => isDescriptionTone(e.target.value) && setTone(e.target.value)}
            data-testid="describe.tone"
          >
            {DESCRIPTION_TONES.map((option) => (
              <option key={option} value={option}>
                {t.describe.tones[option]}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="primary"
          disabled={!engine || writing}
          onClick={() => void description.generate({ length, tone })}
          data-testid="describe.generate"
        >
          {description.status === 'idle' ? t.describe.generate : t.describe.regenerate}
        </button>
        {writing && (
          <button type="button" onClick={description.stop} data-testid="describe.stop">
            {t.describe.stop}
          </button>
        )}
      </div>
      <p className="answer" aria-live="polite" aria-busy={writing} data-testid="describe.output">
        {description.text || (writing ? t.describe.writing : '')}
      </p>
      {description.source === 'template' && (
        <p className="muted" data-testid="describe.note">
          {t.describe.fromTemplate}
        </p>
      )}
      {description.error && <p className="muted">{description.error}</p>}
    </section>
  );
}

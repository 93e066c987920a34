import { useState, type FormEvent } from 'react';
import { readKioskConfig, type KeyboardMode, type KioskConfig } from '../../core/kiosk/config.ts';
import { messages } from '../../i18n/messages.ts';
import { clearKioskOverrides, saveKioskOverrides } from '../../state/kiosk-overrides.ts';
import { useAppStore, useKioskConfig } from '../../state/store.ts';
import { STAFF_SETTINGS } from '../hooks/use-kiosk-startup.ts';
import { useMessages } from '../hooks/use-messages.ts';

const MODES: KeyboardMode[] = ['auto', 'always', 'never'];

interface Draft {
  idleSeconds: string;
  idleWarningSeconds: string;
  defaultLanguage: KioskConfig['defaultLanguage'];
  brandColor: string;
  onScreenKeyboard: KeyboardMode;
}

const draftOf = (config: KioskConfig): Draft => ({
  idleSeconds: String(config.idleSeconds),
  idleWarningSeconds: String(config.idleWarningSeconds),
  defaultLanguage: config.defaultLanguage,
  brandColor: config.brandColor ?? '',
  onScreenKeyboard: config.onScreenKeyboard,
});

/** The draft as staff's changes: numbers read as numbers (a blank one is left for the check to name). */
function overridesOf(draft: Draft): Record<string, unknown> {
  const number = (text: string) => (text.trim() === '' ? text : Number(text));
  return {
    idleSeconds: number(draft.idleSeconds),
    idleWarningSeconds: number(draft.idleWarningSeconds),
    defaultLanguage: draft.defaultLanguage,
    onScreenKeyboard: draft.onScreenKeyboard,
    ...(draft.brandColor.trim() ? { brandColor: draft.brandColor } : {}),
  };
}

/**
 * Staff's changes to the fleet's settings on this kiosk: checked like the fleet's file (a bad value is
 * named and nothing is saved), kept in local storage, and reset to the fleet's at a tap.
 */
export function KioskSettingsForm() {
  const t = useMessages().staff;
  const config = useKioskConfig();
  const fleet = useAppStore((s) => s.kioskFleetConfig);
  const issues = useAppStore((s) => s.kioskConfigIssues);
  const setKioskConfig = useAppStore((s) => s.setKioskConfig);
  const [draft, setDraft] = useState(() => draftOf(config));
  const [result, setResult] = useState<{ ok: boolean; lines: string[] } | null>(null);
  const fleetIssues = issues.filter((issue) => !issue.message.startsWith(`${STAFF_SETTINGS}:`));

  function save(event: FormEvent) {
    event.preventDefault();
    const overrides = overridesOf(draft);
    const read = readKioskConfig(overrides, fleet, STAFF_SETTINGS);
    if (read.issues.length > 0) {
      setResult({ ok: false, lines: read.issues.map((issue) => issue.message) });
      return;
    }
    saveKioskOverrides(overrides);
    setKioskConfig(fleet, read.config, fleetIssues);
    setResult({ ok: true, lines: [t.saved] });
  }

  function reset() {
    clearKioskOverrides();
    setKioskConfig(fleet, fleet, fleetIssues);
    setDraft(draftOf(fleet));
    setResult({ ok: true, lines: [t.resetDone] });
  }

  const field = (name: 'idleSeconds' | 'idleWarningSeconds' | 'brandColor', type: 'number' | 'text') => (
    <label className="form-field">
      <span>{t.fields[name]}</span>
      <input
        type={type}
        inputMode={type === 'number' ? 'numeric' : undefined}
        value={draft[name]}
        onChange={(event) => setDraft({ ...draft, [name]: event.target.value })}
        data-testid={`settings.${name}`}
      />
    </label>
  );

  return (
    <form className="panel kiosk-settings" onSubmit={save} data-testid="settings.form">
      <h2>{t.settingsHeading}</h2>
      <p className="muted">{t.settingsIntro}</p>
      {field('idleSeconds', 'number')}
      {field('idleWarningSeconds', 'number')}
      <label className="form-field">
        <span>{t.fields.defaultLanguage}</span>
        <select
          value={draft.defaultLanguage}
          onChange={(event) =>
            setDraft({ ...draft, defaultLanguage: event.target.value === 'zh' ? 'zh' : 'en' })
          }
          data-testid="settings.defaultLanguage"
        >
          <option value="en">{messages('zh').ui.header.otherLanguage}</option>
          <option value="zh">{messages('en').ui.header.otherLanguage}</option>
        </select>
      </label>
      {field('brandColor', 'text')}
      <label className="form-field">
        <span>{t.fields.onScreenKeyboard}</span>
        <select
          value={draft.onScreenKeyboard}
          onChange={(event) =>
            setDraft({ ...draft, onScreenKeyboard: MODES.find((m) => m === event.target.value) ?? 'auto' })
          }
          data-testid="settings.onScreenKeyboard"
        >
          {MODES.map((mode) => (
            <option key={mode} value={mode}>
              {t.keyboardModes[mode]}
            </option>
          ))}
        </select>
      </label>
      {result && (
        <div
          className={result.ok ? 'success-banner' : 'error-banner'}
          role={result.ok ? 'status' : 'alert'}
          data-testid="settings.result"
        >
          {!result.ok && <p>{t.invalid}</p>}
          <ul>
            {result.lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="button-row">
        <button type="submit" className="primary" data-testid="settings.save">
          {t.save}
        </button>
        <button type="button" onClick={reset} data-testid="settings.reset">
          {t.reset}
        </button>
      </div>
    </form>
  );
}

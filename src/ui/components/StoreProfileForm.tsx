import { useState, type FormEvent } from 'react';
import {
  storeProfileEdit,
  type StoreProfileEdit,
  type StoreProfileProblem,
  type StoreTextField,
} from '../../core/catalog/store-profile-edit.ts';
import type { UiMessages } from '../../i18n/en/ui.ts';
import type { CatalogKeeper } from '../../state/catalog-keeper.ts';
import type { StoreProfileSave } from '../../state/catalog-slice.ts';
import { useAppStore, useCatalog, useSearchReadiness } from '../../state/store.ts';
import { useShop } from '../engine-context.ts';
import { useMessages } from '../hooks/use-messages.ts';

/** The form's text fields in order, each with its test id and whether it takes more than a line. */
const TEXT_FIELDS: { field: StoreTextField; testId: string; long: boolean }[] = [
  { field: 'name', testId: 'store.name', long: false },
  { field: 'openingHours', testId: 'store.hours', long: false },
  { field: 'returnPolicy', testId: 'store.returns', long: true },
  { field: 'warrantyPolicy', testId: 'store.warranty', long: true },
  { field: 'shippingPolicy', testId: 'store.shipping', long: true },
];

/** A problem in words that name the field, as the staff member sees it labelled. */
function problemText(problem: StoreProfileProblem, t: UiMessages['store']): string {
  const field =
    problem.field === 'faq.question'
      ? t.question(problem.entry + 1)
      : problem.field === 'faq.answer'
        ? t.answer(problem.entry + 1)
        : t.fields[problem.field];
  return problem.problem === 'empty' ? t.empty(field) : t.tooLong(field, problem.limit ?? 0);
}

function hasProblem(
  problems: readonly StoreProfileProblem[],
  field: StoreProfileProblem['field'],
  entry?: number,
) {
  return problems.some((p) => p.field === field && (!('entry' in p) || p.entry === entry));
}

/**
 * The staff's store profile (on #/staff/catalog): name, hours, policies and store FAQ, which shop exports
 * do not carry. Saving applies it to the catalog in use, so the assistant answers from it at once, and
 * keeps it on the kiosk; a profile with a problem is not saved, and the one in use stays.
 */
export function StoreProfileForm({ keeper }: { keeper: CatalogKeeper }) {
  const t = useMessages();
  const shop = useShop();
  const catalog = useCatalog();
  const readiness = useSearchReadiness();
  const saveStoreProfile = useAppStore((s) => s.saveStoreProfile);
  // Null until staff change something: the form then shows the profile of the catalog in use.
  const [draft, setDraft] = useState<StoreProfileEdit | null>(null);
  const [saved, setSaved] = useState<StoreProfileSave | null>(null);
  const [saving, setSaving] = useState(false);

  const ready = shop !== null && catalog !== null && readiness === 'ready';
  if (!catalog)
    return (
      <section className="panel" data-testid="store.panel">
        <h2>{t.store.heading}</h2>
        <p className="muted">{t.store.waiting}</p>
      </section>
    );
  const edit = draft ?? storeProfileEdit(catalog.store);
  const problems = saved?.outcome === 'invalid' ? saved.problems : [];
  const change = (next: StoreProfileEdit) => {
    setDraft(next);
    setSaved(null);
  };

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!shop || saving) return;
    setSaving(true);
    const outcome = await saveStoreProfile(shop, keeper, edit);
    setSaving(false);
    setSaved(outcome);
    // Applied: the form shows the catalog's profile again, which now is this one.
    if (outcome.outcome === 'saved' || outcome.outcome === 'not-kept') setDraft(null);
  }

  return (
    <section className="panel store-profile" data-testid="store.panel">
      <h2>{t.store.heading}</h2>
      <p className="muted">{t.store.intro}</p>
      <form onSubmit={(event) => void save(event)} noValidate>
        {TEXT_FIELDS.map(({ field, testId, long }) => {
          const id = `store-${field}`;
          const props = {
            id,
            value: edit[field],
            'aria-invalid': hasProblem(problems, field) || undefined,
            'data-testid': testId,
          };
          return (
            <div className="form-field" key={field}>
              <label htmlFor={id}>{t.store.fields[field]}</label>
              {long ? (
                <textarea
                  {...props}
                  rows={3}
                  onChange={(e) => change({ ...edit, [field]: e.target.value })}
                />
              ) : (
                <input {...props} onChange={(e) => change({ ...edit, [field]: e.target.value })} />
              )}
            </div>
          );
        })}
        <fieldset className="faq-entries">
          <legend>{t.store.faqHeading}</legend>
          {edit.faq.length === 0 && <p className="muted">{t.store.faqNone}</p>}
          {edit.faq.map((entry, index) => {
            const update = (part: 'question' | 'answer', text: string) =>
              change({
                ...edit,
                faq: edit.faq.map((other, i) => (i === index ? { ...other, [part]: text } : other)),
              });
            // Entries have no identity but their place; the inputs are controlled, so index keys are safe.
            return (
              <div className="faq-entry" key={index} data-testid="store.faq">
                <label htmlFor={`store-faq-q-${index}`}>{t.store.question(index + 1)}</label>
                <input
                  id={`store-faq-q-${index}`}
                  value={entry.question}
                  aria-invalid={hasProblem(problems, 'faq.question', index) || undefined}
                  onChange={(e) => update('question', e.target.value)}
                  data-testid="store.faq.question"
                />
                <label htmlFor={`store-faq-a-${index}`}>{t.store.answer(index + 1)}</label>
                <textarea
                  id={`store-faq-a-${index}`}
                  rows={2}
                  value={entry.answer}
                  aria-invalid={hasProblem(problems, 'faq.answer', index) || undefined}
                  onChange={(e) => update('answer', e.target.value)}
                  data-testid="store.faq.answer"
                />
                <button
                  type="button"
                  className="button-secondary"
                  onClick={() => change({ ...edit, faq: edit.faq.filter((_, i) => i !== index) })}
                  data-testid="store.faq.remove"
                >
                  {t.store.removeFaq(index + 1)}
                </button>
              </div>
            );
          })}
          <button
            type="button"
            className="button-secondary"
            onClick={() => change({ ...edit, faq: [...edit.faq, { question: '', answer: '' }] })}
            data-testid="store.faq.add"
          >
            {t.store.addFaq}
          </button>
        </fieldset>
        <div className="button-row">
          <button type="submit" className="primary" disabled={!ready || saving} data-testid="store.save">
            {saving ? t.store.saving : t.store.save}
          </button>
        </div>
      </form>
      {!ready && <p className="muted">{t.store.waiting}</p>}
      {saved?.outcome === 'saved' && (
        <p className="success-banner" role="status" data-testid="store.saved">
          {t.store.saved}
        </p>
      )}
      {saved && saved.outcome !== 'saved' && (
        <div className="error-banner" role="alert" data-testid="store.error">
          {saved.outcome === 'invalid' ? (
            <>
              <p>{t.store.invalid}</p>
              <ul>
                {saved.problems.map((problem, i) => (
                  <li key={i}>{problemText(problem, t.store)}</li>
                ))}
              </ul>
            </>
          ) : saved.outcome === 'not-kept' ? (
            <p>{t.store.notKept(saved.message)}</p>
          ) : (
            <p>{t.store.notApplied(saved.message)}</p>
          )}
        </div>
      )}
    </section>
  );
}

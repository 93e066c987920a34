import type { FaqEntry, StoreProfile } from './types.ts';

/**
 * The part of a store profile staff set on the kiosk. Imported shop exports carry no store policies, so
 * staff write them here; the catalog's currency and locale stay as the catalog says.
 */
export interface StoreProfileEdit {
  name: string;
  openingHours: string;
  returnPolicy: string;
  warrantyPolicy: string;
  shippingPolicy: string;
  faq: FaqEntry[];
}

/** The text fields of the form, each a field of StoreProfileEdit. */
export type StoreTextField = Exclude<keyof StoreProfileEdit, 'faq'>;

/** What is wrong with one field; `entry` is the 0-based FAQ entry for FAQ fields. */
export type StoreProfileProblem =
  | { field: StoreTextField; problem: 'empty' | 'too-long'; limit?: number }
  | { field: 'faq.question' | 'faq.answer'; entry: number; problem: 'empty' | 'too-long'; limit?: number };

/** Limits that keep a profile readable on the kiosk and small in the assistant's prompt. */
export const STORE_NAME_LIMIT = 80;
export const STORE_TEXT_LIMIT = 2000;
export const STORE_FAQ_LIMIT = 50;

/** The form's starting values: what the catalog in use says now. */
export function storeProfileEdit(store: StoreProfile): StoreProfileEdit {
  return {
    name: store.name,
    openingHours: store.openingHours ?? '',
    returnPolicy: store.returnPolicy ?? '',
    warrantyPolicy: store.warrantyPolicy ?? '',
    shippingPolicy: store.shippingPolicy ?? '',
    faq: store.faq.map((entry) => ({ ...entry })),
  };
}

/** Every problem of an edit, in the form's order; none means it can be saved. Policies may be left empty. */
export function storeProfileProblems(edit: StoreProfileEdit): StoreProfileProblem[] {
  const problems: StoreProfileProblem[] = [];
  const name = edit.name.trim();
  if (name === '') problems.push({ field: 'name', problem: 'empty' });
  else if (name.length > STORE_NAME_LIMIT)
    problems.push({ field: 'name', problem: 'too-long', limit: STORE_NAME_LIMIT });
  for (const field of ['openingHours', 'returnPolicy', 'warrantyPolicy', 'shippingPolicy'] as const)
    if (edit[field].trim().length > STORE_TEXT_LIMIT)
      problems.push({ field, problem: 'too-long', limit: STORE_TEXT_LIMIT });
  edit.faq.forEach((entry, index) => {
    for (const [field, text] of [
      ['faq.question', entry.question],
      ['faq.answer', entry.answer],
    ] as const) {
      const trimmed = text.trim();
      if (trimmed === '') problems.push({ field, entry: index, problem: 'empty' });
      else if (trimmed.length > STORE_TEXT_LIMIT)
        problems.push({ field, entry: index, problem: 'too-long', limit: STORE_TEXT_LIMIT });
    }
  });
  return problems;
}

const optional = (text: string) => (text.trim() === '' ? undefined : text.trim());

/**
 * The store profile with the staff's edit applied: their fields replace the catalog's, an empty policy
 * means the store states none (the assistant then says it does not know), currency and locale stay.
 */
export function applyStoreProfile(store: StoreProfile, edit: StoreProfileEdit): StoreProfile {
  const openingHours = optional(edit.openingHours);
  const returnPolicy = optional(edit.returnPolicy);
  const warrantyPolicy = optional(edit.warrantyPolicy);
  const shippingPolicy = optional(edit.shippingPolicy);
  return {
    name: edit.name.trim(),
    currency: store.currency,
    locale: store.locale,
    ...(openingHours !== undefined && { openingHours }),
    ...(returnPolicy !== undefined && { returnPolicy }),
    ...(warrantyPolicy !== undefined && { warrantyPolicy }),
    ...(shippingPolicy !== undefined && { shippingPolicy }),
    faq: edit.faq.map((entry) => ({ question: entry.question.trim(), answer: entry.answer.trim() })),
  };
}

function isFaqEntry(value: unknown): value is FaqEntry {
  if (typeof value !== 'object' || value === null) return false;
  const entry: Partial<Record<keyof FaqEntry, unknown>> = value;
  return typeof entry.question === 'string' && typeof entry.answer === 'string';
}

/** Checks the shape of an edit read back from storage. */
export function isStoreProfileEdit(value: unknown): value is StoreProfileEdit {
  if (typeof value !== 'object' || value === null) return false;
  const edit: Partial<Record<keyof StoreProfileEdit, unknown>> = value;
  return (
    typeof edit.name === 'string' &&
    typeof edit.openingHours === 'string' &&
    typeof edit.returnPolicy === 'string' &&
    typeof edit.warrantyPolicy === 'string' &&
    typeof edit.shippingPolicy === 'string' &&
    Array.isArray(edit.faq) &&
    edit.faq.every(isFaqEntry)
  );
}

import { describe, expect, it } from 'vitest';
import { create } from 'zustand';
import type { StoreProfileEdit } from '../../src/core/catalog/store-profile-edit.ts';
import type { CatalogKeeper, KeptCatalog } from '../../src/state/catalog-keeper.ts';
import { createCatalogSlice, type CatalogSlice } from '../../src/state/catalog-slice.ts';
import { bytesOf, SHOPIFY_CSV, WordsOnlyShop } from './shops.ts';

const newStore = () => create<CatalogSlice>()(createCatalogSlice);

function memoryKeeper(failSaving = false): CatalogKeeper & { profile?: StoreProfileEdit } {
  let kept: KeptCatalog | undefined;
  const keeper: CatalogKeeper & { profile?: StoreProfileEdit } = {
    load: async () => kept,
    save: async (value) => void (kept = value),
    forget: async () => void (kept = undefined),
    loadStoreProfile: async () => keeper.profile,
    saveStoreProfile: async (edit) => {
      if (failSaving) throw new Error('the disk is full');
      keeper.profile = edit;
    },
  };
  return keeper;
}

const POLICY = 'Unopened tea can be returned within 14 days with the receipt.';

const EDIT: StoreProfileEdit = {
  name: 'The Tea Room',
  openingHours: 'Mon–Sat 9:00–18:00',
  returnPolicy: POLICY,
  warrantyPolicy: '',
  shippingPolicy: '  Free delivery over $50.  ',
  faq: [{ question: 'Do you sell gift cards?', answer: 'Yes, at the till.' }],
};

/** A Shopify export in use: a store profile with no policies at all. */
async function shopifyInUse() {
  const store = newStore();
  const shop = new WordsOnlyShop();
  const { catalog, issues } = await shop.importCatalog(bytesOf(SHOPIFY_CSV), 'tea.csv');
  await store.getState().activateCatalog(shop, { catalog, source: 'tea.csv', issues });
  return { store, shop };
}

describe('the store profile staff set', () => {
  it('is applied to the catalog in use and kept, trimmed, with currency and locale left alone', async () => {
    const { store, shop } = await shopifyInUse();
    const keeper = memoryKeeper();
    expect(await store.getState().saveStoreProfile(shop, keeper, EDIT)).toEqual({ outcome: 'saved' });
    const profile = store.getState().catalog?.store;
    expect(profile).toEqual({
      name: 'The Tea Room',
      currency: 'USD',
      locale: 'en-US',
      openingHours: 'Mon–Sat 9:00–18:00',
      returnPolicy: POLICY,
      shippingPolicy: 'Free delivery over $50.',
      faq: [{ question: 'Do you sell gift cards?', answer: 'Yes, at the till.' }],
    });
    expect(keeper.profile).toEqual(EDIT);
    // The worker's shop has it too: the assistant answers from it.
    expect(shop.catalog?.store).toEqual(profile);
  });

  it('with an empty FAQ question is refused, naming the entry, and the profile in use stays', async () => {
    const { store, shop } = await shopifyInUse();
    const keeper = memoryKeeper();
    await store.getState().saveStoreProfile(shop, keeper, EDIT);
    const bad = { ...EDIT, returnPolicy: 'changed', faq: [...EDIT.faq, { question: '  ', answer: 'No.' }] };
    expect(await store.getState().saveStoreProfile(shop, keeper, bad)).toEqual({
      outcome: 'invalid',
      problems: [{ field: 'faq.question', entry: 1, problem: 'empty' }],
    });
    expect(store.getState().catalog?.store.returnPolicy).toBe(POLICY);
    expect(shop.catalog?.store.returnPolicy).toBe(POLICY);
    expect(keeper.profile).toEqual(EDIT);
  });

  it('without a store name is refused', async () => {
    const { store, shop } = await shopifyInUse();
    const outcome = await store.getState().saveStoreProfile(shop, memoryKeeper(), { ...EDIT, name: ' ' });
    expect(outcome).toEqual({ outcome: 'invalid', problems: [{ field: 'name', problem: 'empty' }] });
    expect(store.getState().catalog?.store.name).toBe('Our store');
  });

  it('that cannot be kept is still in use, and says so', async () => {
    const { store, shop } = await shopifyInUse();
    const outcome = await store.getState().saveStoreProfile(shop, memoryKeeper(true), EDIT);
    expect(outcome).toEqual({ outcome: 'not-kept', message: 'the disk is full' });
    expect(shop.catalog?.store.returnPolicy).toBe(POLICY);
  });

  it('kept from before applies to the next catalog put in use, as at start-up', async () => {
    const store = newStore();
    const shop = new WordsOnlyShop();
    store.getState().setStoreEdit(EDIT);
    const { catalog, issues } = await shop.importCatalog(bytesOf(SHOPIFY_CSV), 'tea.csv');
    await store.getState().activateCatalog(shop, { catalog, source: 'tea.csv', issues });
    expect(store.getState().catalog?.store.returnPolicy).toBe(POLICY);
    expect(shop.catalog?.store.name).toBe('The Tea Room');
  });
});

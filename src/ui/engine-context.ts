import { createContext, useContext } from 'react';
import type { AssistantEngine } from '../core/runtime/engine.ts';
import type { ShopService } from '../core/shop/shop-service.ts';

/** What the worker offers the UI: the models, and the shop's catalog tasks and search. */
export interface WorkerServices {
  engine: AssistantEngine;
  shop: ShopService;
}

/** The worker's services, created once by the app root; null until the worker has started. */
export const WorkerContext = createContext<WorkerServices | null>(null);

export function useEngine(): AssistantEngine | null {
  return useContext(WorkerContext)?.engine ?? null;
}

export function useShop(): ShopService | null {
  return useContext(WorkerContext)?.shop ?? null;
}

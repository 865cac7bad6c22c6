import type { GraphStore } from '../store/GraphStore.js';
import { viewingEntities } from './entityView.js';
import { createLoaders, type Loaders } from './loaders.js';
import { StoppableStore } from './stoppableStore.js';

/** What every resolver receives: the store and this request's loaders. */
export interface ApiContext {
  store: GraphStore;
  loaders: Loaders;
  /** Makes every later store call of this request fail with QUERY_TIMEOUT (its answer was given up on). */
  stop(afterMs: number): void;
}

/** Resolvers read `store` through entity and relation views (entityView.ts), stoppable per request. */
export function createContext(store: GraphStore): ApiContext {
  const stoppable = new StoppableStore(viewingEntities(store));
  return { store: stoppable, loaders: createLoaders(stoppable), stop: (afterMs) => stoppable.stop(afterMs) };
}

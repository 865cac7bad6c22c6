import type { GraphStore } from '../store/GraphStore.js';
import { viewingEntities } from './entityView.js';
import { createLoaders, type Loaders } from './loaders.js';

/** What every resolver receives: the store and this request's loaders. */
export interface ApiContext {
  store: GraphStore;
  loaders: Loaders;
}

/** Resolvers read `store` through entity and relation views (entityView.ts). */
export function createContext(store: GraphStore): ApiContext {
  const viewing = viewingEntities(store);
  return { store: viewing, loaders: createLoaders(viewing) };
}

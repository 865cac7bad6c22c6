import type { GraphStore } from '../store/GraphStore.js';
import { createLoaders, type Loaders } from './loaders.js';

/** What every resolver receives: the store and this request's loaders. */
export interface ApiContext {
  store: GraphStore;
  loaders: Loaders;
}

export function createContext(store: GraphStore): ApiContext {
  return { store, loaders: createLoaders(store) };
}

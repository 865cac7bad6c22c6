export { MemoryStore } from './MemoryStore.js';
export { openMemoryStore, type OpenMemoryStoreOptions } from './openMemoryStore.js';

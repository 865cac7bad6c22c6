export * from './ontology.js';
export * from './types.js';
export * from './fold.js';
export * from './identity.js';
export * from './apocJson.js';
export * from './quoteBounds.js';

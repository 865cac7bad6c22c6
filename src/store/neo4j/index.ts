export { openNeo4jStore } from './openNeo4jStore.js';
export { connect, type Connection, type ConnectOptions, type StatementRun } from './connect.js';
export { loadGraph, changedNothing, emptyCounts, type LoadCounts, type LoadPhase, type LoadProgress } from './loadGraph.js';
export { planLoad, sha256, DEFAULT_BATCH_SIZE, LoadPlanError, type LoadPlan } from './loadPlan.js';
export { Neo4jUnavailableError, classifyNeo4jError, type UnavailableReason } from './storeUnavailable.js';

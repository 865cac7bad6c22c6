import { fileURLToPath } from 'node:url';
import { openMemoryStore } from '../../src/store/memory/index.js';
import { describeGraphStoreContract } from './graphStoreContract.js';

const fixture = fileURLToPath(new URL('../fixtures/mini-graph.jsonl', import.meta.url));

describeGraphStoreContract('memory', () => openMemoryStore(fixture, { watch: false }), fixture);

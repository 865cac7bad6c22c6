import { fileURLToPath } from 'node:url';
import { createApi, type Api } from '../../src/api/index.js';
import type { GraphStore } from '../../src/store/GraphStore.js';
import { openMemoryStore } from '../../src/store/memory/index.js';

export const fixturePath = fileURLToPath(new URL('../fixtures/mini-graph.jsonl', import.meta.url));
export const schemaDir = fileURLToPath(new URL('../../schema', import.meta.url));

export function openFixtureStore(): Promise<GraphStore> {
  return openMemoryStore(fixturePath, { watch: false });
}

/** The API over the mini fixture; internal errors are collected instead of printed. */
export async function fixtureApi(store?: GraphStore): Promise<Api & { logged: string[] }> {
  const logged: string[] = [];
  const api = await createApi({ store: store ?? (await openFixtureStore()), schemaDir, log: (m) => logged.push(m) });
  return Object.assign(api, { logged });
}

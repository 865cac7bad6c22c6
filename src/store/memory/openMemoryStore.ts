import { readFile } from 'node:fs/promises';
import { unwatchFile, watchFile, type Stats } from 'node:fs';
import { parseGraph, SnapshotFormatError, SnapshotIncompleteError, type Graph } from '../../graph/index.js';
import { StoreUnavailableError } from '../GraphStore.js';
import { MemoryStore } from './MemoryStore.js';

export interface OpenMemoryStoreOptions {
  /** Reload when the snapshot file changes (default true). */
  watch?: boolean;
  /** Polling interval of the watcher in ms (default 1000). */
  intervalMs?: number;
  /** Where reload notices and warnings go (default stderr). */
  log?: (message: string) => void;
}

async function readSnapshot(snapshotPath: string): Promise<Graph> {
  let text: string;
  try {
    text = await readFile(snapshotPath, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'does not exist' : `cannot be read (${code ?? String(error)})`;
    throw new StoreUnavailableError(`graph snapshot ${snapshotPath} ${why}; run 'kg build' to write it`, { cause: error });
  }
  let graph: Graph;
  try {
    graph = parseGraph(text, snapshotPath);
  } catch (error) {
    if (error instanceof SnapshotIncompleteError) {
      throw new StoreUnavailableError(`graph snapshot is incomplete: ${error.message}`, { cause: error });
    }
    if (error instanceof SnapshotFormatError) {
      throw new StoreUnavailableError(`graph snapshot is not valid APOC JSON Lines: ${error.message}`, { cause: error });
    }
    throw error;
  }
  const problem = snapshotProblem(graph);
  if (problem) throw new StoreUnavailableError(`graph snapshot ${snapshotPath} ${problem}; run 'kg build' to write it again`);
  return graph;
}

/**
 * Why a parsed snapshot cannot be what `kg build` wrote, or undefined. A file cut short lacks
 * the summary line (parseGraph refuses it); these are what a whole file may still get wrong:
 * no entities, or relationships naming nodes the file does not hold.
 */
export function snapshotProblem(graph: Graph): string | undefined {
  if (graph.entities.length === 0) return 'has no entities (an empty or truncated file)';
  const ids = new Set<string>();
  for (const list of [graph.entities, graph.briefings, graph.articles]) for (const node of list) ids.add(node.id);
  const dangling = graph.relationships.filter((r) => !ids.has(r.start) || !ids.has(r.end));
  if (dangling.length > 0) {
    const first = dangling[0]!;
    return `has ${dangling.length} relationship(s) whose nodes are not in the file (the first: ${first.id}, ${first.start} -[${first.type}]-> ${first.end}): it is truncated or corrupt`;
  }
  return undefined;
}

/**
 * Reads the snapshot into a MemoryStore and, unless told not to, keeps watching the file:
 * a new complete, valid snapshot replaces the graph; a missing, invalid, empty or truncated one
 * is reported once in the log, and in the store's warning (shown by /health) until a good one
 * comes, while the store keeps serving the graph it has.
 */
export async function openMemoryStore(snapshotPath: string, options: OpenMemoryStoreOptions = {}): Promise<MemoryStore> {
  const log = options.log ?? ((message: string) => process.stderr.write(`${message}\n`));
  const graph = await readSnapshot(snapshotPath);
  if (options.watch === false) return new MemoryStore(graph);

  let warnedAbout: string | undefined;
  let reloading = Promise.resolve();
  const listener = (current: Stats, previous: Stats) => {
    if (current.mtimeMs === previous.mtimeMs && current.size === previous.size && current.ino === previous.ino) return;
    reloading = reloading.then(async () => {
      if (current.nlink === 0 && current.mtimeMs === 0) {
        const warning = `graph snapshot ${snapshotPath} disappeared; still serving the graph loaded before`;
        if (warnedAbout !== 'missing') log(`warning: ${warning}`);
        warnedAbout = 'missing';
        store.setWarning(warning);
        return;
      }
      try {
        const next = await readSnapshot(snapshotPath);
        store.replace(next);
        store.setWarning(undefined);
        warnedAbout = undefined;
        // Counted as start-up counts them (kg serve, /health): every node, briefings and articles too.
        const stats = await store.stats();
        log(`reloaded graph snapshot ${snapshotPath} (${stats.nodes} nodes, ${stats.relationships} relationships)`);
      } catch (error) {
        const key = `invalid:${current.mtimeMs}:${current.size}`;
        const warning = `${(error as Error).message}; still serving the graph loaded before`;
        if (warnedAbout !== key) log(`warning: ${warning}`);
        warnedAbout = key;
        store.setWarning(warning);
      }
    });
  };
  watchFile(snapshotPath, { interval: options.intervalMs ?? 1000, persistent: false }, listener);
  const store = new MemoryStore(graph, { onClose: () => unwatchFile(snapshotPath, listener) });
  return store;
}

import { readFile } from 'node:fs/promises';
import { unwatchFile, watchFile, type Stats } from 'node:fs';
import { parseGraph, SnapshotFormatError, type Graph } from '../../graph/index.js';
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
  try {
    return parseGraph(text, snapshotPath);
  } catch (error) {
    if (error instanceof SnapshotFormatError) {
      throw new StoreUnavailableError(`graph snapshot is not valid APOC JSON Lines: ${error.message}`, { cause: error });
    }
    throw error;
  }
}

/**
 * Reads the snapshot into a MemoryStore and, unless told not to, keeps watching the file:
 * a new complete, valid snapshot replaces the graph; a missing or invalid one is reported
 * once and the store keeps serving the graph it has.
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
        if (warnedAbout !== 'missing') log(`warning: graph snapshot ${snapshotPath} disappeared; still serving the graph loaded before`);
        warnedAbout = 'missing';
        return;
      }
      try {
        const next = await readSnapshot(snapshotPath);
        store.replace(next);
        warnedAbout = undefined;
        log(`reloaded graph snapshot ${snapshotPath} (${next.entities.length} entities, ${next.relationships.length} relationships)`);
      } catch (error) {
        const key = `invalid:${current.mtimeMs}:${current.size}`;
        if (warnedAbout !== key) log(`warning: ${(error as Error).message}; still serving the graph loaded before`);
        warnedAbout = key;
      }
    });
  };
  watchFile(snapshotPath, { interval: options.intervalMs ?? 1000, persistent: false }, listener);
  const store = new MemoryStore(graph, { onClose: () => unwatchFile(snapshotPath, listener) });
  return store;
}

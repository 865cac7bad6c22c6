import { ConfigError, loadConfig, parsePort, parseStoreKind, type Config } from '../config.js';
import { startHttpServer } from '../api/index.js';
import type { GraphStore } from '../store/GraphStore.js';
import { openMemoryStore } from '../store/memory/index.js';
import { buildSnapshot, isSnapshotStale } from './buildSnapshot.js';
import { CliError } from './cliError.js';
import { parseCommandArgs } from './parseCommandArgs.js';

const HELP = `usage: kg serve [--store memory|neo4j] [--port N] [--host H] [--snapshot FILE]

Serves the GraphQL API at http://localhost:<port>/graphql (a query editor opens there in a
browser; /health reports the store and its counts).

  --store memory|neo4j  memory (default, env KG_STORE) reads the graph snapshot; neo4j reads the
                        database named by NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE
  --port N              port to listen on (default 4000, env PORT; 0 picks a free one)
  --host H              interface to listen on (default 0.0.0.0)
  --snapshot FILE       snapshot for the memory store (default data/graph.jsonl, env KG_SNAPSHOT).
                        Without it, the default snapshot is built from seed/ first when it is
                        missing or older than its inputs.
  -h, --help            show this help
`;

async function ensureSnapshot(config: Config, log: (message: string) => void): Promise<void> {
  const inputs = [config.briefingsDir];
  if (!(await isSnapshotStale(config.snapshotPath, inputs, config.seedDir))) return;
  log(`kg serve: ${config.snapshotPath} is missing or older than seed/; building it first`);
  const summary = await buildSnapshot({ inputs, seedDir: config.seedDir, out: config.snapshotPath, progress: (m) => log(`  ${m}`) });
  log(`kg serve: built ${summary.out} in ${summary.millis} ms`);
}

async function openStore(config: Config, snapshotFlag: string | undefined, log: (message: string) => void): Promise<GraphStore> {
  if (config.store === 'neo4j') {
    const { openNeo4jStore } = await import('../store/neo4j/index.js');
    return openNeo4jStore(config.neo4j);
  }
  if (snapshotFlag === undefined) await ensureSnapshot(config, log);
  return openMemoryStore(config.snapshotPath, { log });
}

export async function runServe(args: string[]): Promise<number> {
  const parsed = parseCommandArgs(args, { store: { type: 'string' }, port: { type: 'string' }, host: { type: 'string' }, snapshot: { type: 'string' } }, HELP);
  if (!parsed) return 0;
  const { values } = parsed;
  let config: Config;
  try {
    config = loadConfig();
    if (values.store !== undefined) config.store = parseStoreKind(values.store, '--store');
    if (values.port !== undefined) config.port = parsePort(values.port, '--port');
    if (values.snapshot !== undefined) config.snapshotPath = (await import('node:path')).resolve(values.snapshot);
  } catch (error) {
    if (error instanceof ConfigError) throw new CliError(error.message, 2);
    throw error;
  }
  const log = (message: string) => process.stderr.write(`${message}\n`);
  const store = await openStore(config, values.snapshot, log);
  let server;
  try {
    server = await startHttpServer({ store, port: config.port, host: values.host, schemaDir: config.schemaDir, log });
  } catch (error) {
    await store.close();
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new CliError(`port ${config.port} is already in use; pass --port N or set PORT`);
    throw error;
  }
  const stats = await store.stats().catch(() => undefined);
  log(`kg serve: GraphQL API on ${server.url} (${store.kind} store${stats ? `, ${stats.nodes} nodes, ${stats.relationships} relationships` : ''}); open it in a browser for the query editor`);

  return new Promise<number>((resolve) => {
    const onTerm = () => shutdown('SIGTERM');
    const onInt = () => shutdown('SIGINT');
    const shutdown = (signal: string) => {
      process.off('SIGTERM', onTerm);
      process.off('SIGINT', onInt);
      log(`kg serve: ${signal} received; finishing in-flight requests and closing the store`);
      server.close().then(
        () => resolve(0),
        (error: unknown) => {
          log(`kg serve: error while shutting down: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
          resolve(1);
        },
      );
    };
    process.on('SIGTERM', onTerm);
    process.on('SIGINT', onInt);
  });
}

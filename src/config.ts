import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// The only module that reads process.env. Everything else receives a Config (or a piece of
// one), so tests and the CLI's flags can override any setting without touching the environment.

export type StoreKind = 'memory' | 'neo4j';

export interface Neo4jConfig {
  uri: string;
  user: string;
  password: string;
  database: string;
}

export interface Config {
  /** Folder holding package.json, seed/, schema/. */
  projectRoot: string;
  /** Default input folder of `kg build`. */
  briefingsDir: string;
  /** Folder of curated data (gazetteer, reference facts). */
  seedDir: string;
  /** The graph snapshot, APOC JSON Lines. */
  snapshotPath: string;
  schemaDir: string;
  port: number;
  store: StoreKind;
  neo4j: Neo4jConfig;
  /** True when stderr is a terminal and progress may redraw lines. */
  interactive: boolean;
}

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

function findProjectRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(path.join(dir, 'package.json')) && existsSync(path.join(dir, 'seed'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new ConfigError('cannot find the project root (a folder with package.json and seed/) above ' + fileURLToPath(import.meta.url));
    dir = parent;
  }
}

export function parsePort(value: string, source: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`${source} is ${JSON.stringify(value)}; expected a port number from 0 to 65535`);
  }
  return port;
}

export function parseStoreKind(value: string, source: string): StoreKind {
  if (value === 'memory' || value === 'neo4j') return value;
  throw new ConfigError(`${source} is ${JSON.stringify(value)}; expected "memory" or "neo4j"`);
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const projectRoot = env.KG_ROOT ? path.resolve(env.KG_ROOT) : findProjectRoot();
  return {
    projectRoot,
    briefingsDir: path.join(projectRoot, 'seed', 'briefings'),
    seedDir: path.join(projectRoot, 'seed'),
    snapshotPath: path.resolve(projectRoot, env.KG_SNAPSHOT ?? path.join('data', 'graph.jsonl')),
    schemaDir: path.join(projectRoot, 'schema'),
    port: env.PORT ? parsePort(env.PORT, 'PORT') : 4000,
    store: env.KG_STORE ? parseStoreKind(env.KG_STORE, 'KG_STORE') : 'memory',
    neo4j: {
      uri: env.NEO4J_URI ?? 'neo4j://localhost:7687',
      user: env.NEO4J_USER ?? 'neo4j',
      password: env.NEO4J_PASSWORD ?? '',
      database: env.NEO4J_DATABASE ?? 'neo4j',
    },
    interactive: Boolean(process.stderr.isTTY) && env.CI !== 'true',
  };
}

import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig, type Neo4jConfig } from '../../src/config.js';

// The Neo4j suites share one database (Neo4j community has one user database), and each loads
// its own graph into it. Test files run in parallel processes, so each suite holds this lock
// (a folder, created atomically) from before its first load to after its last query.

/** The Neo4j the suites use (the test Neo4j from tests/neo4jGlobalSetup.ts, or the user's NEO4J_URI); undefined when there is none. */
export function testNeo4jConfig(): Neo4jConfig | undefined {
  return process.env.NEO4J_URI ? loadConfig().neo4j : undefined;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Waits for the database to be free, takes it, and returns the release. */
export async function holdNeo4jDatabase(config: Neo4jConfig, timeoutMs = 600_000): Promise<() => void> {
  const key = createHash('sha256').update(`${config.uri}\0${config.database}`).digest('hex').slice(0, 16);
  const dir = path.join(tmpdir(), `kg-neo4j-lock-${key}`);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      mkdirSync(dir);
      writeFileSync(path.join(dir, 'pid'), String(process.pid));
      return () => rmSync(dir, { recursive: true, force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    // A holder that died without releasing (a killed run) must not block the next run.
    let holder = NaN;
    try {
      holder = Number(readFileSync(path.join(dir, 'pid'), 'utf8'));
    } catch {
      // Not written yet: the holder is between mkdir and writeFile.
    }
    if (Number.isInteger(holder) && holder > 0 && !alive(holder)) rmSync(dir, { recursive: true, force: true });
    if (Date.now() > deadline) throw new Error(`waited ${timeoutMs} ms for another test file to release Neo4j database "${config.database}" at ${config.uri} (lock ${dir})`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { loadConfig } from '../config.js';
import { parseGraph } from '../graph/apocJson.js';
import {
  DEFAULT_BATCH_SIZE,
  changedNothing,
  connect,
  loadGraph,
  planLoad,
  sha256,
  type LoadCounts,
  type LoadPlan,
  type LoadProgress,
} from '../store/neo4j/index.js';
import { CliError } from './cliError.js';
import { parseCommandArgs } from './parseCommandArgs.js';

const USAGE = `usage: kg load [--snapshot FILE] [--batch-size N]

Loads the graph snapshot into Neo4j: constraints and indexes first, then nodes by label and
relationships by type in batches (one transaction each). Idempotent: loading the same snapshot
again changes nothing. Removes what an earlier load wrote and the snapshot no longer has; never
touches nodes, relationships or properties that kg load did not write.

options:
  --snapshot FILE   the snapshot to load (default: data/graph.jsonl, or KG_SNAPSHOT)
  --batch-size N    rows per transaction (default: ${DEFAULT_BATCH_SIZE})

Neo4j is reached through NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD and NEO4J_DATABASE.`;

function parseBatchSize(value: string | undefined): number {
  if (value === undefined) return DEFAULT_BATCH_SIZE;
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < 1) {
    throw new CliError(`--batch-size is ${JSON.stringify(value)}; expected a whole number of 1 or more`, 2);
  }
  return n;
}

function progressPrinter(interactive: boolean): { update: (event: LoadProgress) => void; done: () => void } {
  let lastGroup = '';
  let open = false;
  return {
    update(event) {
      const group = `${event.phase} ${event.name}`;
      const line = `${event.phase.padEnd(13)} ${event.name.padEnd(28)} batch ${event.batch}/${event.batches}`;
      if (interactive) {
        // Redraw one line per group; a new group starts a new line.
        if (open && group !== lastGroup) process.stderr.write('\n');
        process.stderr.write(`\r\x1b[K${line}`);
        open = true;
      } else {
        process.stderr.write(`${line}\n`);
      }
      lastGroup = group;
    },
    done() {
      if (interactive && open) process.stderr.write('\n');
      open = false;
    },
  };
}

export function formatLoadSummary(plan: LoadPlan, counts: LoadCounts): string {
  const nodes = plan.nodes.reduce((sum, g) => sum + g.rows.length, 0);
  const relationships = plan.relationships.reduce((sum, g) => sum + g.rows.length, 0);
  const lines = [
    `snapshot:       ${nodes} nodes, ${relationships} relationships (sha256 ${plan.snapshot.slice(0, 12)})`,
    `schema:         ${counts.constraintsAdded} constraints added, ${counts.indexesAdded} indexes added`,
    `nodes:          ${counts.nodesCreated} created, ${counts.nodesDeleted} deleted, ${counts.labelsAdded} labels added`,
    `relationships:  ${counts.relationshipsCreated} created, ${counts.relationshipsDeleted} deleted`,
    `properties set: ${counts.propertiesSet}`,
  ];
  if (counts.staleNodesKept > 0) {
    lines.push(`kept:           ${counts.staleNodesKept} nodes no longer in the snapshot, because relationships kg load did not write still use them`);
  }
  lines.push(changedNothing(counts) ? 'nothing changed: the database already held this snapshot' : 'done');
  return lines.join('\n');
}

export async function runLoad(args: string[]): Promise<number> {
  const parsed = parseCommandArgs(args, { snapshot: { type: 'string' }, 'batch-size': { type: 'string' } }, `${USAGE}\n`);
  if (!parsed) return 0;
  const { values } = parsed;
  const config = loadConfig();
  const batchSize = parseBatchSize(values['batch-size']);
  const snapshotPath = values.snapshot ? path.resolve(values.snapshot) : config.snapshotPath;

  let bytes: Buffer;
  try {
    bytes = await readFile(snapshotPath);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CliError(`snapshot ${snapshotPath} does not exist; run "kg build" first or pass --snapshot FILE`);
    throw new CliError(`cannot read snapshot ${snapshotPath}: ${(error as Error).message}`);
  }
  // Plan before connecting: a bad snapshot is reported without touching the database.
  const graph = parseGraph(bytes.toString('utf8'), snapshotPath);
  const plan = planLoad(graph, { snapshot: sha256(bytes), batchSize });

  const db = await connect(config.neo4j);
  process.stderr.write(`loading ${snapshotPath} into ${config.neo4j.uri} (database "${config.neo4j.database}")\n`);
  const printer = progressPrinter(config.interactive);
  try {
    const counts = await loadGraph(db, plan, printer.update);
    printer.done();
    process.stdout.write(`${formatLoadSummary(plan, counts)}\n`);
    return 0;
  } finally {
    printer.done();
    await db.close();
  }
}

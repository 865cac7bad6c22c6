import { connect } from '../../src/store/neo4j/connect.js';
import type { Neo4jConfig } from '../../src/config.js';
import { toPlain } from '../../src/store/neo4j/records.js';
import type { TestStatement } from '../neo4j/analystEdits.js';

/** Runs one test statement in a write transaction and returns plain rows. */
export async function runStatement(config: Neo4jConfig, statement: TestStatement, params: Record<string, unknown> = {}): Promise<Record<string, any>[]> {
  const db = await connect(config);
  try {
    return await db.write(async (tx) => (await tx.run(statement.text, params)).records.map((r) => toPlain(r.toObject()) as Record<string, any>));
  } finally {
    await db.close();
  }
}

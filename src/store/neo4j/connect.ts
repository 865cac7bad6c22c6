import neo4j from 'neo4j-driver';
import type { Driver, ManagedTransaction, QueryResult, RecordShape, Session } from 'neo4j-driver';
import type { Neo4jConfig } from '../../config.js';
import { boltNoDelay } from './boltNoDelay.js';
import { STATEMENTS, type Statement } from './cypher.js';
import { rethrowClassified } from './storeUnavailable.js';

// One place that opens the driver and runs statements: every query goes through `run` or
// `readOne`, which take a named Statement and exactly its declared parameters, on the
// configured database.

/** One statement the store ran: what the bench counts (round trips) and profiles (slow ones). */
export interface StatementRun {
  statement: Statement;
  params: Record<string, unknown>;
  /** From sending the statement to having decoded every record, as this process saw it. */
  ms: number;
  /** The server's own times: until the first record was ready (planning included), then until the last was sent. */
  serverAvailableMs: number;
  serverConsumedMs: number;
  /** CPU this process used meanwhile (sending, decoding; other work too when requests overlap). */
  clientCpuMs: number;
  records: number;
}

export interface ConnectOptions {
  /** Called after each statement run by `readOne` (every statement the store's reads send). */
  onStatement?: (run: StatementRun) => void;
}

export interface Connection {
  readonly config: Neo4jConfig;
  /**
   * One read statement in an auto-commit transaction: RUN and PULL go out together, one round
   * trip. A managed transaction (`read`) adds BEGIN and COMMIT: measured on the test Neo4j, a
   * trivial statement took 5.5 ms that way against 1.4 ms auto-committed (p50, loopback).
   * A single read statement needs no transaction of its own; what the managed one also gave, a
   * retry on a transient error, is not wanted here (a request whose Neo4j is down should get
   * STORE_UNAVAILABLE at once; the next request gets a fresh connection from the pool).
   */
  readOne<P extends string>(statement: Statement<P>, params: { [K in P]: unknown }): Promise<QueryResult<RecordShape>>;
  read<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T>;
  write<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Runs one named statement with its declared parameters. */
export function run<P extends string>(tx: ManagedTransaction, statement: Statement<P>, params: { [K in P]: unknown }): Promise<QueryResult<RecordShape>> {
  return tx.run(statement.text, params);
}

/**
 * Opens a driver and checks that the server answers and accepts the login, so a wrong address
 * or password is reported once, clearly, before any work starts.
 */
export async function connect(config: Neo4jConfig, options: ConnectOptions = {}): Promise<Connection> {
  let driver: Driver;
  try {
    boltNoDelay(config.uri);
    driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), {
      userAgent: 'ecolabel-kg',
      connectionTimeout: 10_000,
      // A port that accepts but never speaks Bolt should fail in seconds, not after a minute.
      connectionAcquisitionTimeout: 15_000,
      maxConnectionLifetime: 60 * 60 * 1000,
      // The driver retries a failed transaction for 30 s by default; a request to an API whose
      // Neo4j is down should get STORE_UNAVAILABLE in seconds, not after a minute of retries.
      maxTransactionRetryTime: 3_000,
    });
  } catch (error) {
    rethrowClassified(error, config);
  }
  try {
    await driver.verifyConnectivity({ database: config.database });
    // verifyConnectivity does not check the database exists on every server version; a trivial
    // read does.
    const session = driver.session({ database: config.database, defaultAccessMode: neo4j.session.READ });
    try {
      await session.executeRead((tx) => run(tx, STATEMENTS.ping, {}));
    } finally {
      await session.close();
    }
  } catch (error) {
    await driver.close().catch(() => undefined);
    rethrowClassified(error, config);
  }

  const within = async <T>(mode: 'READ' | 'WRITE', work: (tx: ManagedTransaction) => Promise<T>): Promise<T> => {
    const session: Session = driver.session({
      database: config.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    try {
      return mode === 'READ' ? await session.executeRead(work) : await session.executeWrite(work);
    } catch (error) {
      return rethrowClassified(error, config);
    } finally {
      await session.close();
    }
  };

  const readOne = async <P extends string>(statement: Statement<P>, params: { [K in P]: unknown }): Promise<QueryResult<RecordShape>> => {
    const session: Session = driver.session({ database: config.database, defaultAccessMode: neo4j.session.READ });
    const started = performance.now();
    const cpu = options.onStatement ? process.cpuUsage() : undefined;
    try {
      const result = await session.run(statement.text, params);
      if (options.onStatement) {
        options.onStatement({
          statement,
          params,
          ms: performance.now() - started,
          serverAvailableMs: result.summary.resultAvailableAfter.toNumber(),
          serverConsumedMs: result.summary.resultConsumedAfter.toNumber(),
          clientCpuMs: cpu ? (({ user, system }) => (user + system) / 1000)(process.cpuUsage(cpu)) : 0,
          records: result.records.length,
        });
      }
      return result;
    } catch (error) {
      return rethrowClassified(error, config);
    } finally {
      await session.close();
    }
  };

  return {
    config,
    readOne,
    read: (work) => within('READ', work),
    write: (work) => within('WRITE', work),
    close: () => driver.close(),
  };
}

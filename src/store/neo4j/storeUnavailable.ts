import type { Neo4jConfig } from '../../config.js';
import { StoreUnavailableError } from '../GraphStore.js';

// Turns the driver's connection failures into one sentence a user can act on. The driver's own
// messages are long and mention internals; the user needs to know which setting to fix.

export type UnavailableReason = 'unreachable' | 'unauthorized' | 'no-database' | 'invalid-uri';

/** The shared StoreUnavailableError (the API maps it to STORE_UNAVAILABLE), plus what went wrong. */
export class Neo4jUnavailableError extends StoreUnavailableError {
  constructor(
    message: string,
    readonly reason: UnavailableReason,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

const UNREACHABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired', 'ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT']);
const UNAUTHORIZED_CODES = new Set([
  'Neo.ClientError.Security.Unauthorized',
  'Neo.ClientError.Security.AuthenticationRateLimit',
  'Neo.ClientError.Security.CredentialsExpired',
]);
const NO_DATABASE_CODES = new Set(['Neo.ClientError.Database.DatabaseNotFound']);

function codeOf(error: unknown): string | undefined {
  if (error && typeof error === 'object' && 'code' in error) {
    const code = (error as { code: unknown }).code;
    return typeof code === 'string' ? code : undefined;
  }
  return undefined;
}

/**
 * The Neo4jUnavailableError for a connection failure, or undefined when `error` is something
 * else (a Cypher error, a bug) that must keep its own message and stack.
 */
export function classifyNeo4jError(error: unknown, config: Neo4jConfig): Neo4jUnavailableError | undefined {
  if (error instanceof Neo4jUnavailableError) return error;
  const code = codeOf(error);
  const message = error instanceof Error ? error.message : String(error);
  if (code && UNAUTHORIZED_CODES.has(code)) {
    return new Neo4jUnavailableError(
      `Neo4j at ${config.uri} refused the login for user "${config.user}": check NEO4J_USER and NEO4J_PASSWORD${config.password === '' ? ' (NEO4J_PASSWORD is not set)' : ''}`,
      'unauthorized',
      { cause: error },
    );
  }
  if (code && NO_DATABASE_CODES.has(code)) {
    return new Neo4jUnavailableError(
      `Neo4j at ${config.uri} has no database "${config.database}": check NEO4J_DATABASE`,
      'no-database',
      { cause: error },
    );
  }
  if (/responded HTTP|http endpoint/i.test(message)) {
    return new Neo4jUnavailableError(
      `${config.uri} answered HTTP, not Bolt: NEO4J_URI must name Neo4j's Bolt port (7687 by default), not Browser's HTTP port (7474)`,
      'unreachable',
      { cause: error },
    );
  }
  if ((code && UNREACHABLE_CODES.has(code)) || /ECONNREFUSED|ENOTFOUND|Could not perform discovery|Failed to connect|ProtocolError|handshake|timed out|timeout/i.test(message)) {
    return new Neo4jUnavailableError(
      `Neo4j is unreachable at ${config.uri}: is it running, and is NEO4J_URI right?`,
      'unreachable',
      { cause: error },
    );
  }
  if (/Unknown scheme|Invalid URL|Illegal URI/i.test(message)) {
    return new Neo4jUnavailableError(
      `NEO4J_URI ${JSON.stringify(config.uri)} is not a Neo4j address; expected e.g. neo4j://localhost:7687 or bolt://localhost:7687`,
      'invalid-uri',
      { cause: error },
    );
  }
  return undefined;
}

/** Rethrows connection failures as Neo4jUnavailableError (a StoreUnavailableError), anything else unchanged. */
export function rethrowClassified(error: unknown, config: Neo4jConfig): never {
  throw classifyNeo4jError(error, config) ?? error;
}

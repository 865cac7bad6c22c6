import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';

// Every error a client sees carries extensions.code from this enum. Messages name the bad
// value and what was expected. Anything we did not raise on purpose is masked as
// INTERNAL_SERVER_ERROR and logged whole on the server.

export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  STORE_UNAVAILABLE = 'STORE_UNAVAILABLE',
  QUERY_TOO_DEEP = 'QUERY_TOO_DEEP',
  QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX',
  TOO_MANY_ALIASES = 'TOO_MANY_ALIASES',
  TOO_MANY_DIRECTIVES = 'TOO_MANY_DIRECTIVES',
  /** The operation ran past LIMITS.queryTimeoutMs and was ended. */
  QUERY_TIMEOUT = 'QUERY_TIMEOUT',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
  /** Raised by Apollo Server: the query text does not parse (or has too many tokens). */
  GRAPHQL_PARSE_FAILED = 'GRAPHQL_PARSE_FAILED',
  /** Raised by Apollo Server: the query does not fit the schema. */
  GRAPHQL_VALIDATION_FAILED = 'GRAPHQL_VALIDATION_FAILED',
}

const HTTP_STATUS: Partial<Record<ErrorCode, number>> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.QUERY_TOO_DEEP]: 400,
  [ErrorCode.QUERY_TOO_COMPLEX]: 400,
  [ErrorCode.TOO_MANY_ALIASES]: 400,
  [ErrorCode.TOO_MANY_DIRECTIVES]: 400,
  [ErrorCode.QUERY_TIMEOUT]: 503,
  [ErrorCode.STORE_UNAVAILABLE]: 503,
};

/** Codes whose messages were written for clients and pass through unchanged. */
const CLIENT_CODES: ReadonlySet<string> = new Set([
  ...Object.values(ErrorCode).filter((c) => c !== ErrorCode.INTERNAL_SERVER_ERROR),
  // Apollo Server's own client errors.
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

/** Limit errors raised during validation; Apollo relabels them GRAPHQL_VALIDATION_FAILED. */
const LIMIT_CODES: ReadonlySet<string> = new Set([ErrorCode.QUERY_TOO_DEEP, ErrorCode.QUERY_TOO_COMPLEX, ErrorCode.TOO_MANY_ALIASES, ErrorCode.TOO_MANY_DIRECTIVES]);

export function apiError(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  const status = HTTP_STATUS[code];
  return new GraphQLError(message, { extensions: { code, ...extensions, ...(status ? { http: { status } } : {}) } });
}

export function badUserInput(message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return apiError(ErrorCode.BAD_USER_INPUT, message, extensions);
}

/** True for errors that mean the backend cannot answer (snapshot gone, database down). */
export function isStoreUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (error.name === 'StoreUnavailableError') return true;
  // neo4j-driver's codes for an unreachable or restarting database.
  const code = (error as { code?: unknown }).code;
  return code === 'ServiceUnavailable' || code === 'SessionExpired';
}

export type ErrorLogger = (message: string) => void;

const stderrLogger: ErrorLogger = (message) => process.stderr.write(`${message}\n`);

/** Apollo's formatError: keeps client errors, names store outages, masks the rest. */
export function createErrorFormatter(log: ErrorLogger = stderrLogger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (isStoreUnavailable(original)) {
      const message = (original as Error).message;
      return { message: `the graph store is unavailable: ${message}`, locations: formatted.locations, path: formatted.path, extensions: { code: ErrorCode.STORE_UNAVAILABLE } };
    }
    // Duck-typed: the GraphQLError classes of Apollo and of this module may come from different
    // builds of graphql.
    const inner = (error as { originalError?: { extensions?: Record<string, unknown> } } | null)?.originalError;
    const innerCode = inner?.extensions?.code;
    if (typeof innerCode === 'string' && LIMIT_CODES.has(innerCode)) {
      return { ...formatted, extensions: { ...stripHttp(formatted.extensions), code: innerCode } };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && CLIENT_CODES.has(code)) {
      return { ...formatted, extensions: { ...stripHttp(formatted.extensions), code } };
    }
    log(`internal error: ${original instanceof Error ? (original.stack ?? original.message) : String(original)}`);
    return { message: 'Internal server error', locations: formatted.locations, path: formatted.path, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
  };
}

function stripHttp(extensions: Record<string, unknown> | undefined): Record<string, unknown> {
  const { http: _http, stacktrace: _stack, ...rest } = extensions ?? {};
  return rest;
}

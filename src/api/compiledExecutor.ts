import { HeaderMap, type ApolloServerOptionsWithGateway, type ApolloServerPlugin } from '@apollo/server';
import { execute, GraphQLError, type DocumentNode, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import type { ApiContext } from './context.js';
import { compiledSize } from './compiledSize.js';
import { leavesArePreSerialized } from './preSerializedLeaves.js';
import { LIMITS } from './limits.js';
import { queryTimedOut } from './stoppableStore.js';

// Executes operations with graphql-jit: a document is compiled once into a function that
// resolves its fields without graphql-js's per-field work (argument coercion, field lookup,
// path and info objects), which was about a third of the CPU of a 10 KB answer. Apollo Server
// stays the server: parsing, validation (our limit rules included), the cost plugin, error
// formatting and HTTP are its own; this only replaces execution, through the executor hook
// Apollo offers gateways.
//
// Compiling costs as much as tens of executions (the bench's entity query: about 90 ms against
// 1 ms), so a document runs on graphql-js until it has been used `compileAfter` times (Apollo's
// document store hands out the same DocumentNode for the same text, so reuse is seen by
// identity). A query text sent once, or a new text on every request, never pays for
// compilation. Documents whose compiled code would be too large (compiledSize.ts) are never
// compiled. Compiled queries are kept for a bounded number of documents.

type Gateway = ApolloServerOptionsWithGateway<ApiContext>['gateway'];

export interface CompiledExecutorOptions {
  /** Uses of a document that run on graphql-js before it is compiled (0: compile at once). */
  compileAfter: number;
  /** Documents whose compiled queries are kept, least recently used dropped first. */
  maxCompiled: number;
  /**
   * Largest document compiled, in fields written (compiledSize.ts): compile time grows with it,
   * about 0.25 ms a field, and blocks the event loop.
   */
  maxCompiledSize: number;
  /**
   * Compilations allowed in any minute: a client sending ever new documents, each often enough
   * to be compiled, gets graphql-js once these are spent instead of stalling the event loop.
   */
  maxCompilesPerMinute: number;
}

export const COMPILED_EXECUTOR_DEFAULTS: CompiledExecutorOptions = { compileAfter: 8, maxCompiled: 100, maxCompiledSize: 400, maxCompilesPerMinute: 30 };

/** graphql-jit's answer to a document it cannot compile: graphql-js runs that one. */
const NOT_COMPILED = null;

export class CompiledExecutor {
  private readonly uses = new WeakMap<DocumentNode, number>();
  private readonly compiled = new Map<DocumentNode, Map<string, CompiledQuery | typeof NOT_COMPILED>>();
  /** The document of the last compiled query used: the most recent entry of `compiled`. */
  private latest: DocumentNode | undefined;
  private readonly options: CompiledExecutorOptions;
  /** When the compilations of the last minute happened (ms, performance.now()), oldest first. */
  private readonly compileTimes: number[] = [];
  /** Operations run through compiled code and through graphql-js since start (for tests and the bench). */
  readonly counts = { compiled: 0, interpreted: 0 };

  constructor(
    private readonly schema: GraphQLSchema,
    options: Partial<CompiledExecutorOptions> = {},
  ) {
    this.options = { ...COMPILED_EXECUTOR_DEFAULTS, ...options };
  }

  execute(document: DocumentNode, operationName: string | null | undefined, variables: Record<string, unknown> | undefined, context: ApiContext): Promise<ExecutionResult> | ExecutionResult {
    const query = this.compiledFor(document, operationName ?? undefined);
    if (!query) return this.interpret(document, operationName, variables, context);
    const result = query.query(undefined, context, variables ?? {});
    return result instanceof Promise ? result.then((r) => this.settle(r, document, operationName, variables, context)) : this.settle(result, document, operationName, variables, context);
  }

  private interpret(document: DocumentNode, operationName: string | null | undefined, variables: Record<string, unknown> | undefined, context: ApiContext): Promise<ExecutionResult> | ExecutionResult {
    this.counts.interpreted++;
    return execute({ schema: this.schema, document, operationName, variableValues: variables, contextValue: context });
  }

  private settle(result: ExecutionResult, document: DocumentNode, operationName: string | null | undefined, variables: Record<string, unknown> | undefined, context: ApiContext): Promise<ExecutionResult> | ExecutionResult {
    // No data at all: the variables did not fit their types, and nothing ran. graphql-js words
    // those errors as clients have always seen them (and Apollo recognises them as
    // BAD_USER_INPUT by their variable-definition nodes), so it answers instead.
    if (!('data' in result)) return this.interpret(document, operationName, variables, context);
    this.counts.compiled++;
    // graphql-js's key order, so in-process answers read the same (HTTP answers are reordered by Apollo).
    return result.errors ? { errors: result.errors.map(asGraphQLJsError), data: result.data } : result;
  }

  /** Documents with compiled queries now. */
  get size(): number {
    return this.compiled.size;
  }

  private mayCompile(): boolean {
    const now = performance.now();
    while (this.compileTimes.length > 0 && now - this.compileTimes[0]! > 60_000) this.compileTimes.shift();
    if (this.compileTimes.length >= this.options.maxCompilesPerMinute) return false;
    this.compileTimes.push(now);
    return true;
  }

  private compiledFor(document: DocumentNode, operationName: string | undefined): CompiledQuery | typeof NOT_COMPILED {
    const key = operationName ?? '';
    const byOperation = this.compiled.get(document);
    if (byOperation?.has(key)) {
      // Most recently used last, so eviction takes the oldest (a document run again and again stays put).
      if (document !== this.latest) {
        this.compiled.delete(document);
        this.compiled.set(document, byOperation);
        this.latest = document;
      }
      return byOperation.get(key)!;
    }
    const used = (this.uses.get(document) ?? 0) + 1;
    this.uses.set(document, used);
    if (used <= this.options.compileAfter || !this.mayCompile()) return NOT_COMPILED;
    const query = compiledSize(this.schema, document, operationName, this.options.maxCompiledSize) <= this.options.maxCompiledSize ? compile(this.schema, document, operationName) : NOT_COMPILED;
    const entry = byOperation ?? new Map<string, CompiledQuery | typeof NOT_COMPILED>();
    entry.set(key, query);
    this.compiled.delete(document);
    this.compiled.set(document, entry);
    this.latest = document;
    for (const oldest of this.compiled.keys()) {
      if (this.compiled.size <= this.options.maxCompiled) break;
      this.compiled.delete(oldest);
      if (oldest === this.latest) this.latest = undefined;
    }
    return query;
  }
}

/**
 * graphql-jit's errors lack graphql-js's guarantees (their `extensions` may be undefined, which
 * Apollo's error formatting does not survive): the same error as graphql-js would raise it.
 */
function asGraphQLJsError(error: GraphQLError): GraphQLError {
  const copy = new GraphQLError(error.message, { path: error.path, originalError: error.originalError ?? undefined, extensions: error.extensions ?? undefined });
  (copy as { locations: GraphQLError['locations'] }).locations = error.locations;
  return copy;
}

function compile(schema: GraphQLSchema, document: DocumentNode, operationName: string | undefined): CompiledQuery | typeof NOT_COMPILED {
  try {
    // An ExecutionResult instead of a query means the operation cannot run as named (no such
    // operation, several without a name): graphql-js reports that in its own words.
    // Leaf values the views hand out already serialized are written as they are (preSerializedLeaves.ts).
    const result = compileQuery(schema, document, operationName, { disablingCapturingStackErrors: true, disableLeafSerialization: leavesArePreSerialized(schema, document) });
    return isCompiledQuery(result) ? result : NOT_COMPILED;
  } catch {
    return NOT_COMPILED;
  }
}

/**
 * The execution's result, or QUERY_TIMEOUT once it has run `timeoutMs`: the answer goes out
 * then, and the execution left behind fails at its next store call (stoppableStore.ts).
 */
function withinTime(running: Promise<ExecutionResult> | ExecutionResult, timeoutMs: number, context: ApiContext): Promise<ExecutionResult> | ExecutionResult {
  if (!(running instanceof Promise)) return running;
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<ExecutionResult>((resolve) => {
    timer = setTimeout(() => {
      context.stop(timeoutMs);
      resolve({ data: null, errors: [queryTimedOut(timeoutMs)] });
    }, timeoutMs);
  });
  return Promise.race([running, timedOut]).finally(() => clearTimeout(timer));
}

/**
 * GraphQL over HTTP: a response that carries `data` (even null: execution started) is a 2xx for
 * both media types, whatever its field errors; a field error's own 4xx status (BAD_USER_INPUT
 * from a resolver) is for requests refused before execution. Server-side failures (the store
 * unavailable, the time limit) keep their 503.
 */
function executionStatus(result: ExecutionResult): ExecutionResult {
  if (!('data' in result) || !result.errors) return result;
  let changed = false;
  const errors = result.errors.map((error) => {
    const http = error.extensions?.http as { status?: number } | undefined;
    if (!http || (http.status ?? 0) >= 500) return error;
    changed = true;
    const { http: _http, ...extensions } = error.extensions;
    const copy = new GraphQLError(error.message, { nodes: error.nodes, source: error.source, positions: error.positions, path: error.path, originalError: error.originalError, extensions });
    // graphql-jit's errors have locations without nodes.
    (copy as { locations: GraphQLError['locations'] }).locations = error.locations;
    return copy;
  });
  return changed ? { ...result, errors } : result;
}

/**
 * Results of operations run early by compiledExecutionPlugin that Apollo's execution step is to
 * return (a result with errors, or what the executor threw), by the request's context.
 */
const earlyResults = new WeakMap<object, { result: ExecutionResult } | { error: unknown }>();

/**
 * Runs each operation in Apollo's responseForOperation hook, just before Apollo would execute
 * it, and answers with the result when it has no errors: Apollo then skips its execution step,
 * which for a gateway costs a request-context copy, a media-type negotiation and the execution
 * hooks on every request, and formats and sends the answer as it would have. A result with
 * errors, or a throw, is handed to the execution step instead (`earlyResults`), so Apollo reports
 * errors exactly as before, and no operation runs twice.
 */
export function compiledExecutionPlugin(executor: CompiledExecutor, timeoutMs: number = LIMITS.queryTimeoutMs): ApolloServerPlugin<ApiContext> {
  const listener: Awaited<ReturnType<NonNullable<ApolloServerPlugin<ApiContext>['requestDidStart']>>> = {
    async responseForOperation({ operation, document, request, contextValue }) {
      // No operation (none of that name, or several without one): Apollo's execution step reports it.
      if (!operation) return null;
      let result: ExecutionResult;
      try {
        result = await withinTime(executor.execute(document, request.operationName, request.variables, contextValue), timeoutMs, contextValue);
      } catch (error) {
        earlyResults.set(contextValue, { error });
        return null;
      }
      if (result.errors !== undefined || !('data' in result)) {
        earlyResults.set(contextValue, { result: executionStatus(result) });
        return null;
      }
      return { http: { status: undefined, headers: new HeaderMap() }, body: { kind: 'single', singleResult: result } };
    },
  };
  return {
    async requestDidStart() {
      return listener;
    },
  };
}

/**
 * The "gateway" Apollo Server is given instead of a schema: it serves `schema` and executes
 * with `executor` (or returns what compiledExecutionPlugin already ran). Apollo still parses,
 * validates and formats every request.
 */
export function compiledExecutorGateway(schema: GraphQLSchema, executor: CompiledExecutor): Gateway {
  let announce: ((schemaContext: { apiSchema: GraphQLSchema; coreSupergraphSdl: string }) => void) | undefined;
  return {
    onSchemaLoadOrUpdate(callback) {
      announce = callback;
      return () => {
        announce = undefined;
      };
    },
    async load() {
      // The schema never changes while serving: announced once, as a gateway does on load.
      announce?.({ apiSchema: schema, coreSupergraphSdl: '' });
      return {
        // The operation name the client asked for, not the one Apollo resolved: an unknown name
        // must fail as it does in graphql-js, not run the document's only operation.
        executor: async (request) => {
          const early = earlyResults.get(request.context);
          if (early) {
            earlyResults.delete(request.context);
            if ('error' in early) throw early.error;
            return early.result;
          }
          return executor.execute(request.document, request.request.operationName, request.request.variables, request.context as ApiContext);
        },
      };
    },
    async stop() {},
  };
}

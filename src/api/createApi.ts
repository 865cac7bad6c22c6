import { ApolloServer, type ApolloServerPlugin, type GraphQLRequestContextDidResolveOperation } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import { loadConfig } from '../config.js';
import type { GraphStore } from '../store/GraphStore.js';
import { createContext, type ApiContext } from './context.js';
import { CompiledExecutor, compiledExecutionPlugin, compiledExecutorGateway, type CompiledExecutorOptions } from './compiledExecutor.js';
import { DocumentCache } from './documentCache.js';
import { createErrorFormatter, type ErrorLogger } from './errors.js';
import { LIMITS } from './limits.js';
import { loadSchema } from './loadSchema.js';
import { checkOperationCost, knownOperationTypeRule, QueryPrecheck, type RefusedQuery } from './queryLimits.js';

export interface ApiOptions {
  store: GraphStore;
  /** Folder of schema/*.graphql; default: loadConfig().schemaDir. */
  schemaDir?: string;
  /** Where masked internal errors are logged whole (default stderr). */
  log?: ErrorLogger;
  /** Apollo's store of parsed and validated documents; default: a new DocumentCache. */
  documentCache?: DocumentCache;
  /** When documents are compiled and how many are kept; default COMPILED_EXECUTOR_DEFAULTS. */
  compiledExecutor?: Partial<CompiledExecutorOptions>;
  /** Longest an operation may run before it is ended with QUERY_TIMEOUT; default LIMITS.queryTimeoutMs. */
  queryTimeoutMs?: number;
}

export interface Api {
  server: ApolloServer<ApiContext>;
  schema: GraphQLSchema;
  store: GraphStore;
  /** Runs operations (compiled once a document is used again); its counts say which way each went. */
  executor: CompiledExecutor;
  /** A fresh per-request context: one DataLoader set over the store. */
  createContext(): ApiContext;
  /**
   * Checks a query text against the limits (depth, aliases, directives, cost) before Apollo
   * parses and validates it (queryLimits.ts). Empty when it may go on.
   */
  checkQueryText(query: unknown): RefusedQuery[];
  /** Runs one operation in-process (tests, scripts); the same pipeline HTTP requests go through. */
  execute(query: string, variables?: Record<string, unknown>): Promise<{ data?: Record<string, unknown> | null; errors?: readonly { message: string; extensions?: Record<string, unknown> }[] }>;
  stop(): Promise<void>;
}

/**
 * Cost and `first` depend on the variables: an operation that has any is checked again with
 * them once it is resolved (QueryPrecheck checked it with each variable at its default).
 */
function variablesCostPlugin(): ApolloServerPlugin<ApiContext> {
  const listener = {
    async didResolveOperation({ schema, document, operation, request }: GraphQLRequestContextDidResolveOperation<ApiContext>) {
      if (!operation?.variableDefinitions?.length) return;
      try {
        checkOperationCost(schema, document, operation.name?.value, request.variables ?? {});
      } catch (error) {
        // Variables that do not fit their types are reported by execution, with their names.
        if ((error as { extensions?: Record<string, unknown> }).extensions?.code === undefined) return;
        throw error;
      }
    },
  };
  return {
    async requestDidStart() {
      return listener;
    },
  };
}

export async function createApi(options: ApiOptions): Promise<Api> {
  const schema = loadSchema(options.schemaDir ?? loadConfig().schemaDir);
  const executor = new CompiledExecutor(schema, options.compiledExecutor);
  const server = new ApolloServer<ApiContext>({
    // Apollo serves the schema and runs the request pipeline; execution goes through its
    // gateway executor hook to compiled queries (see compiledExecutor.ts).
    gateway: compiledExecutorGateway(schema, executor),
    introspection: true,
    // The HTTP server owns shutdown (finish in-flight requests, close the store, exit 0);
    // Apollo's own handlers would re-raise the signal and exit 143.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: false,
    // Read-only API without cookies or credentials: nothing for a cross-site request to abuse,
    // and plain GET /graphql?query=... from curl or a browser should work.
    csrfPrevention: false,
    parseOptions: { maxTokens: LIMITS.maxTokens },
    // Parsed and validated documents of recent query texts, bounded (see documentCache.ts).
    documentStore: options.documentCache ?? new DocumentCache(),
    validationRules: [knownOperationTypeRule],
    formatError: createErrorFormatter(options.log),
    // No cache hints are set, and the cache-control plugin would wrap every field resolver; this
    // is no federation subgraph, so inline traces are never asked for.
    plugins: [variablesCostPlugin(), compiledExecutionPlugin(executor, options.queryTimeoutMs), ApolloServerPluginLandingPageDisabled(), ApolloServerPluginCacheControlDisabled(), ApolloServerPluginInlineTraceDisabled()],
  });
  await server.start();
  const store = options.store;
  const precheck = new QueryPrecheck(schema);
  const checkQueryText = (query: unknown) => precheck.check(query);
  return {
    server,
    schema,
    store,
    executor,
    createContext: () => createContext(store),
    checkQueryText,
    async execute(query, variables) {
      const refused = checkQueryText(query);
      if (refused.length > 0) return { errors: refused };
      const response = await server.executeOperation({ query, variables }, { contextValue: createContext(store) });
      if (response.body.kind !== 'single') throw new Error('incremental delivery is not used by this API');
      return response.body.singleResult as Awaited<ReturnType<Api['execute']>>;
    },
    stop: () => server.stop(),
  };
}

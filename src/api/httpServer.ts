import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import type { GraphStore } from '../store/GraphStore.js';
import { answerWithApollo } from './answerWithApollo.js';
import { createApi, type Api } from './createApi.js';
import { ResponseCache } from './responseCache.js';
import { isStoreUnavailable, type ErrorLogger } from './errors.js';
import { ASSET_PREFIX, graphiqlAssets, graphiqlPage } from './graphiqlPage.js';
import { serveExplore } from '../explore/serveExplore.js';

// node:http in front of Apollo Server: /graphql (POST and GET), /health, the offline query
// editor for browsers, and the report writers' page at /explore. close() stops accepting, lets in-flight requests finish, then closes
// the store.

export interface HttpServerOptions {
  store: GraphStore;
  /** 0 picks a free port. */
  port: number;
  host?: string;
  schemaDir?: string;
  log?: ErrorLogger;
  /** Longest an operation may run before it is ended with QUERY_TIMEOUT; default LIMITS.queryTimeoutMs. */
  queryTimeoutMs?: number;
}

export interface HttpServer {
  api: Api;
  /** http://host:port/graphql */
  url: string;
  port: number;
  /** Stops accepting, waits for in-flight requests, stops Apollo, closes the store. */
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 1_000_000;
const GRAPHQL_PATH = '/graphql';
const SHUTDOWN_GRACE_MS = 10_000;

class RequestError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

function sendRequestError(res: ServerResponse, status: number, message: string): void {
  sendJson(res, status, { errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] });
}

/**
 * The body as text. Read with stream events rather than `for await`: the async iterator costs a
 * few percent of the CPU of a small request. Past the limit the rest is read and dropped, so
 * the 413 answer goes out on a connection that stays usable.
 */
function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        req.off('data', onData);
        req.resume();
        reject(new RequestError(413, `request body is larger than ${MAX_BODY_BYTES} bytes; the limit is ${MAX_BODY_BYTES}`));
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.once('end', () => resolve(chunks.length === 1 ? chunks[0]!.toString('utf8') : Buffer.concat(chunks).toString('utf8')));
    req.once('error', reject);
  });
}

function wantsHtml(req: IncomingMessage): boolean {
  return (req.headers.accept ?? '').includes('text/html');
}

export async function startHttpServer(options: HttpServerOptions): Promise<HttpServer> {
  const log = options.log ?? ((message: string) => process.stderr.write(`${message}\n`));
  const api = await createApi({ store: options.store, schemaDir: options.schemaDir, log, queryTimeoutMs: options.queryTimeoutMs });
  const assets = graphiqlAssets();
  const assetCache = new Map<string, Buffer>();

  async function health(res: ServerResponse): Promise<void> {
    try {
      const stats = await options.store.stats();
      const counts = { nodes: stats.nodes, relationships: stats.relationships, byLabel: stats.byLabel };
      const warning = options.store.warning?.();
      // Still answering, from the graph loaded before: 200, but not "ok".
      if (warning) return sendJson(res, 200, { status: 'degraded', store: options.store.kind, warning, counts });
      sendJson(res, 200, { status: 'ok', store: options.store.kind, counts });
    } catch (error) {
      if (!isStoreUnavailable(error)) log(`health check failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      sendJson(res, 503, { status: 'unavailable', store: options.store.kind, error: isStoreUnavailable(error) ? (error as Error).message : 'the store did not answer' });
    }
  }

  async function asset(res: ServerResponse, name: string): Promise<void> {
    const entry = assets.get(name);
    if (!entry) return sendJson(res, 404, { error: `no asset ${JSON.stringify(name)}; expected one of ${[...assets.keys()].join(', ')}` });
    let content = assetCache.get(name);
    if (!content) assetCache.set(name, (content = await readFile(entry.file)));
    res.writeHead(200, { 'content-type': entry.contentType, 'cache-control': 'public, max-age=86400' });
    res.end(content);
  }

  async function graphql(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    let body: unknown = undefined;
    let text = '';
    if (req.method === 'POST') {
      text = await readBody(req);
      const type = req.headers['content-type'] ?? '';
      if (type.includes('application/json') || type.includes('application/graphql-response+json') || type === '') {
        try {
          body = text === '' ? undefined : JSON.parse(text);
        } catch (error) {
          throw new RequestError(400, `request body is not valid JSON (${(error as Error).message}); expected {"query": "...", "variables": {...}}`);
        }
      } else {
        body = text;
      }
    }
    const query = req.method === 'POST' ? (body as { query?: unknown } | undefined)?.query : url.searchParams.get('query');
    const refused = api.checkQueryText(query);
    if (refused.length > 0) return sendJson(res, 400, { errors: refused });
    // The same request against the same data gets the same answer: reuse it (read-only stores only).
    const version = options.store.dataVersion?.();
    const cacheKey = version === undefined ? undefined : `${req.method}\u0000${req.headers.accept ?? ''}\u0000${url.search}\u0000${text}`;
    if (cacheKey !== undefined) {
      const hit = responses.get(cacheKey, version!);
      if (hit) {
        res.writeHead(hit.status, hit.headers);
        res.end(hit.body);
        return;
      }
    }
    const answer = await answerWithApollo(api.server, req, res, url, body, async () => api.createContext());
    // Only complete successful answers without errors are kept. Apollo writes `errors` first, so
    // the start of an answer tells most; the whole answer is searched only before it is kept.
    const sent = answer.body;
    if (cacheKey !== undefined && sent !== undefined && answer.status === 200 && !sent.startsWith('{"errors"') && responses.wanted(cacheKey, version!) && !sent.includes('"errors"')) {
      responses.set(cacheKey, version!, { status: answer.status, headers: answer.headers, body: sent });
    }
  }

  const responses = new ResponseCache();

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const method = req.method ?? 'GET';
    if (url.pathname === '/health' && (method === 'GET' || method === 'HEAD')) return health(res);
    if (url.pathname.startsWith(ASSET_PREFIX) && method === 'GET') return asset(res, url.pathname.slice(ASSET_PREFIX.length));
    // The report writers' page (/explore) and its bundled assets.
    if (url.pathname.startsWith('/explore') && (await serveExplore(url.pathname, method, GRAPHQL_PATH, res))) return;
    const isEditorPath = url.pathname === '/' || url.pathname === GRAPHQL_PATH;
    if (isEditorPath && method === 'GET' && wantsHtml(req) && !url.searchParams.has('query')) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(graphiqlPage(GRAPHQL_PATH));
      return;
    }
    if (url.pathname === GRAPHQL_PATH) return graphql(req, res, url);
    sendJson(res, 404, { error: `nothing at ${url.pathname}; the GraphQL endpoint is ${GRAPHQL_PATH}, health is at /health` });
  }

  let stopping = false;
  const server: Server = createServer((req, res) => {
    // A keep-alive connection would hold close() open until it times out: once stopping, drop
    // each connection as soon as its response is sent.
    res.on('finish', () => {
      if (stopping) server.closeIdleConnections();
    });
    if (stopping) res.setHeader('connection', 'close');
    handle(req, res).catch((error: unknown) => {
      if (error instanceof RequestError) return sendRequestError(res, error.status, error.message);
      log(`internal error serving ${req.method} ${req.url}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      if (!res.headersSent) sendJson(res, 500, { errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
      else res.end();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '0.0.0.0', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const shownHost = !options.host || options.host === '0.0.0.0' || options.host === '::' ? 'localhost' : options.host;

  let closing: Promise<void> | undefined;
  return {
    api,
    port,
    url: `http://${shownHost}:${port}${GRAPHQL_PATH}`,
    close() {
      closing ??= (async () => {
        stopping = true;
        const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeIdleConnections();
        // A client that never finishes its request does not hold the process forever.
        const force = setTimeout(() => server.closeAllConnections(), SHUTDOWN_GRACE_MS);
        force.unref();
        await stopped;
        clearTimeout(force);
        await api.stop();
        await options.store.close();
      })();
      return closing;
    },
  };
}

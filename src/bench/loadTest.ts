import autocannon from 'autocannon';

// One HTTP load run with autocannon: a fixed number of connections POSTing one GraphQL query for
// a fixed time. Before the run the query is sent once and its answer checked, so a figure is
// never the speed of an error; during the run every non-2xx answer is counted.

export interface LoadOptions {
  /** http://127.0.0.1:PORT/graphql */
  url: string;
  query: string;
  connections: number;
  seconds: number;
  /** An unmeasured run first, so the figures are of warm code (JIT, caches), not of start-up. */
  warmupSeconds: number;
  /**
   * same: one body for every request (a response cache may answer it).
   * executed: a random id in the body's `extensions`, so no response cache can answer, while the
   *   query text, and so the server's cache of parsed and validated documents, stays the same.
   * new-text: a random id in a comment of the query, so every request is also parsed and validated.
   */
  variant?: LoadVariant;
}

export type LoadVariant = 'same' | 'executed' | 'new-text';

function bodyOf(query: string, variant: LoadVariant): string {
  if (variant === 'executed') return JSON.stringify({ query, extensions: { nonce: '[<id>]' } });
  if (variant === 'new-text') return JSON.stringify({ query: `# [<id>]\n${query}` });
  return JSON.stringify({ query });
}

export interface LoadResult {
  requestsPerSecond: number;
  p50Ms: number;
  /** autocannon measures p97.5, not p95. */
  p97_5Ms: number;
  p99Ms: number;
  requests: number;
  /** Non-2xx answers, socket errors and timeouts together. */
  failures: number;
  responseBytes: number;
}

export async function checkQuery(url: string, query: string): Promise<number> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  const text = await res.text();
  const json = JSON.parse(text) as { data?: unknown; errors?: { message: string }[] };
  if (res.status !== 200 || json.errors || !json.data) {
    throw new Error(`query answered ${res.status} ${text.slice(0, 300)}; expected 200 with data and no errors`);
  }
  return Buffer.byteLength(text);
}

export async function loadTest(options: LoadOptions): Promise<LoadResult> {
  const responseBytes = await checkQuery(options.url, options.query);
  const run = (seconds: number) =>
    autocannon({
      url: options.url,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: bodyOf(options.query, options.variant ?? 'same'),
      idReplacement: (options.variant ?? 'same') !== 'same',
      connections: options.connections,
      duration: seconds,
      timeout: 10,
    });
  if (options.warmupSeconds > 0) await run(options.warmupSeconds);
  const result = await run(options.seconds);
  return {
    requestsPerSecond: result.requests.total / result.duration,
    p50Ms: result.latency.p50,
    p97_5Ms: result.latency.p97_5,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    failures: result.non2xx + result.errors + result.timeouts,
    responseBytes,
  };
}

import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { parseGraph } from '../graph/index.js';
import { openMemoryStore } from '../store/memory/index.js';
import { countStoreCalls } from './countStoreCalls.js';
import { benchNeo4j } from './neo4jBench.js';
import { fixed, formatTable, mib, type Row } from './formatTable.js';
import { generateCorpus } from './generateCorpus.js';
import { loadTest, type LoadResult, type LoadVariant } from './loadTest.js';
import { measureBuild, type BuildMeasurement } from './measureBuild.js';
import { measurePrecheck } from './measurePrecheck.js';
import { BASELINE_QUERY, LOAD_QUERIES, THREE_LEVEL_DEPTH, THREE_LEVEL_QUERY } from './queries.js';
import { startServerProcess, type ServerProcess } from './serverProcess.js';

// npm run bench: build throughput at 1x, 10x and 100x the seed briefings, HTTP throughput and
// latency of four queries against a bare Apollo baseline, store calls per request, and start-up
// time and memory of kg serve. Everything runs on loopback in child processes of this one,
// in a temporary folder that is removed at the end.

const HELP = `usage: npm run bench [-- --quick] [-- --connections N]

  --quick          2 s per load run instead of 10 s, one build of each corpus instead of the
                   best of three, and one run of each load with a target instead of three
                   (a smoke run; figures are noisier)
  --connections N  concurrent HTTP connections per load run (default 50)
`;

const BUILD_TIMEOUT_MS = 15 * 60_000;
const START_TIMEOUT_MS = 120_000;

const TARGETS = {
  buildMBps: 1,
  ratio100to10: 12,
  entityFractionOfBaseline: 0.5,
  entityP99Ms: 20,
};

/** The fastest of `repeats` builds, with the highest peak memory seen. */
async function bestBuild(cli: string, input: string, out: string, repeats: number, extraArgs: string[] = []): Promise<BuildMeasurement> {
  let best: BuildMeasurement | undefined;
  let peak = 0;
  for (let i = 0; i < repeats; i++) {
    const m = await measureBuild(cli, input, out, BUILD_TIMEOUT_MS, extraArgs);
    peak = Math.max(peak, m.maxRssBytes);
    if (!best || m.buildMs < best.buildMs) best = m;
  }
  return { ...best!, maxRssBytes: peak };
}

/**
 * The run of median throughput, with the median p50 and p99 of all runs (each median taken on
 * its own: the runs are repeated measurements of one thing, not one run to pick).
 */
function medianRun(runs: readonly LoadResult[]): LoadResult {
  const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const rps = median(runs.map((r) => r.requestsPerSecond));
  const run = runs.find((r) => r.requestsPerSecond === rps)!;
  return { ...run, p50Ms: median(runs.map((r) => r.p50Ms)), p99Ms: median(runs.map((r) => r.p99Ms)) };
}

function say(message: string): void {
  process.stderr.write(`bench: ${message}\n`);
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { quick: { type: 'boolean' }, connections: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const seconds = values.quick ? 2 : 10;
  // The machine is shared: the best of three builds is the build's own cost, not its neighbours'
  // (on two vCPUs one build of the 100x corpus took from 8.3 s to 12.6 s within minutes). Load
  // runs with a target are also run three times, and judged on the median run.
  const repeats = values.quick ? 1 : 3;
  const warmupSeconds = values.quick ? 1 : 2;
  const connections = values.connections === undefined ? 50 : Number(values.connections);
  if (!Number.isInteger(connections) || connections < 1 || connections > 1000) throw new Error(`--connections is ${values.connections}; expected 1..1000`);

  const config = loadConfig();
  const cli = path.join(config.projectRoot, 'dist', 'cli', 'main.js');
  const baselineMain = path.join(config.projectRoot, 'dist', 'bench', 'bareApolloMain.js');
  const work = await mkdtemp(path.join(tmpdir(), 'kg-bench-'));
  const rows: Row[] = [];
  const servers: ServerProcess[] = [];
  try {
    // --- build throughput
    say('building the seed briefings');
    const builds: Record<string, BuildMeasurement> = {};
    const seedSnapshot = path.join(work, 'seed.jsonl');
    builds['seed (1x)'] = await bestBuild(cli, config.briefingsDir, seedSnapshot, repeats);
    const seedGraph = parseGraph(await readFile(seedSnapshot, 'utf8'), seedSnapshot);
    const snapshots: Record<string, string> = { '1x': seedSnapshot };
    for (const copies of [10, 100]) {
      const corpus = await generateCorpus({ briefingsDir: config.briefingsDir, entities: seedGraph.entities, copies, outDir: path.join(work, `corpus-${copies}x`) });
      say(`building ${copies}x: ${corpus.files} files, ${fixed(corpus.bytes / 1e6, 1)} MB`);
      const out = path.join(work, `graph-${copies}x.jsonl`);
      builds[`${copies}x`] = await bestBuild(cli, corpus.dir, out, repeats);
      snapshots[`${copies}x`] = out;
      if (copies === 100) {
        // The other way of building a corpus this size, to show what worker threads bring on
        // this machine: in one thread where kg build would start workers, else with two.
        const threaded = builds['100x']!.workers > 0;
        const other = threaded ? ['--workers', '0'] : ['--workers', '2'];
        say(`building 100x again with ${other.join(' ')}`);
        builds[threaded ? '100x, one thread' : '100x, 2 worker threads'] = await bestBuild(cli, corpus.dir, path.join(work, 'graph-100x-other.jsonl'), repeats, other);
      }
    }
    for (const [name, b] of Object.entries(builds)) {
      const mbps = b.bytes / 1e6 / (b.buildMs / 1000);
      const group = `build ${name}`;
      // The target is a rate: a build of the seed or of 10x is mostly the fixed start-up (Node
      // compiling the extractor, the seed data), so it is checked on the 100x corpus as kg build
      // runs it by default, and on the marginal rate below.
      const checked = name === '100x';
      rows.push({ group, measure: 'briefing text', value: fixed(b.bytes / 1e6, 2), unit: 'MB' });
      rows.push({ group, measure: 'entities / relationships', value: `${b.entities} / ${b.relationships}`, unit: 'count' });
      rows.push({ group, measure: `build time (kg build summary, best of ${repeats})`, value: fixed(b.buildMs / 1000, 2), unit: 's' });
      rows.push({ group, measure: checked ? 'throughput' : 'throughput, fixed start-up included', value: fixed(mbps, 2), unit: 'MB/s', ...(checked ? { target: `>= ${TARGETS.buildMBps}`, met: mbps >= TARGETS.buildMBps } : {}) });
      rows.push({ group, measure: 'peak memory (max RSS)', value: mib(b.maxRssBytes), unit: 'MiB' });
    }
    const b10 = builds['10x']!;
    // Both in one thread (10x is under the size at which kg build starts workers), so the ratio
    // shows how the work grows, not what the workers bring.
    const b100 = builds['100x, one thread'] ?? builds['100x']!;
    const ratio = b100.buildMs / b10.buildMs;
    // What each further MB costs once the fixed part (gazetteer, reference facts, Node's JIT) is paid.
    const marginal = (b100.bytes - b10.bytes) / 1e6 / ((b100.buildMs - b10.buildMs) / 1000);
    const fixedStartMs = b10.buildMs - (b10.bytes / 1e6 / marginal) * 1000;
    rows.push({ group: 'build scaling', measure: 'marginal throughput, 10x -> 100x', value: fixed(marginal, 2), unit: 'MB/s', target: `>= ${TARGETS.buildMBps}`, met: marginal >= TARGETS.buildMBps });
    rows.push({ group: 'build scaling', measure: 'fixed start-up, from the 10x and 100x builds', value: fixed(fixedStartMs / 1000, 2), unit: 's' });
    rows.push({ group: 'build scaling', measure: 'time 100x : 10x (one thread each)', value: fixed(ratio, 2), unit: 'ratio', target: `<= ${TARGETS.ratio100to10}`, met: ratio <= TARGETS.ratio100to10 });

    // --- kg serve start-up and memory, as `npm start` runs it
    const started: Record<string, ServerProcess> = {};
    for (const scale of ['1x', '100x']) {
      say(`starting kg serve on the ${scale} snapshot`);
      const server = await startServerProcess([cli, 'serve', '--snapshot', snapshots[scale]!, '--port', '0', '--host', '127.0.0.1'], START_TIMEOUT_MS);
      servers.push(server);
      started[scale] = server;
      rows.push({ group: `kg serve ${scale}`, measure: 'start-up to /health 200', value: fixed(server.startupMs, 0), unit: 'ms' });
      rows.push({ group: `kg serve ${scale}`, measure: 'resident memory when ready', value: mib(await server.rss()), unit: 'MiB' });
    }

    // --- HTTP throughput and latency; the baseline before and after the queries, averaged, so
    // a change in the machine's load during the run shows up in both. Each query runs twice:
    // the same body on every request (what a dashboard polling the API sends; the API may
    // answer it from its response cache), and executed on every request (a random id in the
    // body's extensions defeats the response cache). The entity query runs a third time with a
    // new query text on every request, so each one is also parsed and validated.
    say('starting the bare Apollo baseline');
    const baseline = await startServerProcess([baselineMain], START_TIMEOUT_MS);
    servers.push(baseline);
    const load = (base: string, query: string, variant: LoadVariant, label: string, withConnections = connections) => {
      say(`load: ${label} (${variant}), ${withConnections} connections, ${seconds} s after ${warmupSeconds} s of warm-up`);
      return loadTest({ url: `${base}/graphql`, query, connections: withConnections, seconds, warmupSeconds, variant });
    };
    const before = await load(baseline.base, BASELINE_QUERY, 'same', 'bare Apollo { __typename }');
    const plan: [string, string, string][] = [...Object.entries(LOAD_QUERIES).map(([name, q]): [string, string, string] => [name, q, '1x']), ['entity, 100x graph', LOAD_QUERIES['entity with its relations'], '100x']];
    const VARIANT_LABEL: Record<LoadVariant, string> = { same: 'same body', executed: 'executed each time', 'new-text': 'new query text each time' };
    const results: { name: string; runs: LoadResult[]; isEntity: boolean; query: string; scale: string; variant: LoadVariant }[] = [];
    for (const [name, query, scale] of plan) {
      const isEntity = name === 'entity with its relations';
      const variants: LoadVariant[] = isEntity ? ['same', 'executed', 'new-text'] : ['same', 'executed'];
      for (const variant of variants) {
        const r = await load(started[scale]!.base, query, variant, name);
        results.push({ name: `${name}, ${VARIANT_LABEL[variant]}`, runs: [r], isEntity: isEntity && variant !== 'new-text', query, scale, variant });
      }
    }
    // The runs that carry a target are measured `repeats` times, the later ones after all the
    // others, and judged on the median run: one 10 s run on this shared machine can land in a
    // busy stretch (the executed entity query: p99 18 ms in quiet minutes, 21 ms in a busy one).
    for (let round = 2; round <= repeats; round++) {
      for (const target of results.filter((t) => t.isEntity)) {
        target.runs.push(await load(started[target.scale]!.base, target.query, target.variant, `${target.name.split(',')[0]} (run ${round} of ${repeats})`));
      }
    }
    const after = await load(baseline.base, BASELINE_QUERY, 'same', 'bare Apollo { __typename } again');
    const baselineRps = (before.requestsPerSecond + after.requestsPerSecond) / 2;
    const group = `HTTP, ${connections} conn, ${seconds} s`;
    rows.push({ group, measure: 'bare Apollo { __typename }: throughput', value: `${fixed(before.requestsPerSecond, 0)} / ${fixed(after.requestsPerSecond, 0)}`, unit: 'req/s (before / after)' });
    rows.push({ group, measure: 'bare Apollo { __typename }: latency p50 / p99', value: `${fixed(before.p50Ms, 1)} / ${fixed(before.p99Ms, 1)}`, unit: 'ms' });
    for (const { name, runs, isEntity } of results) {
      const r = medianRun(runs);
      const of = runs.length > 1 ? `, median of ${runs.length} runs` : '';
      const fraction = r.requestsPerSecond / baselineRps;
      rows.push({ group, measure: `${name}: throughput${of}`, value: fixed(r.requestsPerSecond, 0), unit: 'req/s' });
      rows.push({
        group,
        measure: `${name}: of baseline`,
        value: fixed(fraction, 2),
        unit: 'fraction',
        ...(isEntity ? { target: `>= ${TARGETS.entityFractionOfBaseline}`, met: fraction >= TARGETS.entityFractionOfBaseline } : {}),
      });
      rows.push({
        group,
        measure: `${name}: latency p50 / p99${of}`,
        value: `${fixed(r.p50Ms, 1)} / ${fixed(r.p99Ms, 1)}`,
        unit: 'ms',
        ...(isEntity ? { target: `p99 < ${TARGETS.entityP99Ms}`, met: r.p99Ms < TARGETS.entityP99Ms } : {}),
      });
      if (runs.length > 1) {
        rows.push({ group, measure: `  each run: ${runs.map((x) => `${fixed(x.requestsPerSecond, 0)} req/s p99 ${fixed(x.p99Ms, 0)} ms`).join('; ')}`, value: '', unit: '' });
      }
      const requests = runs.reduce((sum, x) => sum + x.requests, 0);
      const failures = runs.reduce((sum, x) => sum + x.failures, 0);
      rows.push({ group, measure: `${name}: answer size / failed requests`, value: `${r.responseBytes} / ${failures}`, unit: `bytes / of ${requests}`, target: '0 failed', met: failures === 0 });
    }
    for (const scale of ['1x', '100x']) {
      rows.push({ group: `kg serve ${scale}`, measure: 'resident memory after its load runs', value: mib(await started[scale]!.rss()), unit: 'MiB' });
    }
    for (const s of servers.splice(0)) await s.stop();

    // --- store calls per request
    say('counting store calls of a three-level query');
    const store = await openMemoryStore(seedSnapshot, { watch: false });
    const calls = await countStoreCalls(store, THREE_LEVEL_QUERY, config.schemaDir);
    const bound = THREE_LEVEL_DEPTH + 1;
    const detail = (methods: Record<string, number>) =>
      Object.entries(methods)
        .map(([m, n]) => `${m} ${n}`)
        .join(', ') || 'none';
    rows.push({ group: 'store calls', measure: `three-level query, data calls (${calls.entitiesReturned} names returned)`, value: String(calls.dataCalls), unit: 'calls', target: `<= ${bound}`, met: calls.dataCalls <= bound });
    rows.push({ group: 'store calls', measure: `  by method: ${detail(calls.byMethod)}`, value: '', unit: '' });
    rows.push({ group: 'store calls', measure: `  version checks, not counted: ${detail(calls.versionChecks)}`, value: '', unit: '' });

    // --- what the query precheck (issue 15: depth, aliases, directives, cost before Apollo) costs
    say('timing the query precheck');
    const precheck = measurePrecheck(config.schemaDir, LOAD_QUERIES, values.quick ? 200 : 2000);
    for (const m of precheck) {
      rows.push({ group: 'query precheck (in process)', measure: `${m.name}: new text / remembered text / parse+validate alone`, value: `${fixed(m.newTextUs, 0)} / ${fixed(m.rememberedUs, 1)} / ${fixed(m.parseValidateUs, 0)}`, unit: 'µs per request' });
    }
    const entityNewText = results.find((r) => r.variant === 'new-text');
    if (entityNewText) {
      const entityCheck = precheck.find((m) => m.name === 'entity with its relations')!;
      const r = medianRun(entityNewText.runs);
      // Under 50 connections the server's one JavaScript thread is saturated, so the time it
      // spends per request is about 1 / throughput.
      const share = entityCheck.newTextUs / (1e6 / r.requestsPerSecond);
      rows.push({ group: 'query precheck (in process)', measure: 'share of a new-text entity request (server time per request = 1 / throughput)', value: fixed(share * 100, 1), unit: '%' });
    }

    // --- Neo4j: kg load throughput, serving from Neo4j, Cypher round trips, slow statements
    rows.push(...(await benchNeo4j({ projectRoot: config.projectRoot, cli, schemaDir: config.schemaDir, snapshots, load, baselineRps, say, startTimeoutMs: START_TIMEOUT_MS, profileRuns: values.quick ? 5 : 20 })));

    process.stdout.write(`\n${formatTable(rows)}\n`);
    const missed = rows.filter((r) => r.met === false);
    process.stdout.write(missed.length ? `\n${missed.length} target(s) missed: ${missed.map((r) => `${r.group} ${r.measure}`).join('; ')}\n` : '\nall targets met\n');
    return 0;
  } finally {
    for (const s of servers) await s.stop();
    await rm(work, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);

import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseGraph, serializeGraph } from '../../src/graph/apocJson.js';
import { cli, kg, projectRoot, workspace } from '../hostile/support.js';
import { holdNeo4jDatabase, testNeo4jConfig } from '../support/neo4jDatabase.js';
import { runStatement } from '../support/neo4jQuery.js';
import { seedGraph } from '../support/seedGraph.js';
import { ANALYST_EDITS } from './analystEdits.js';
import { INSPECT } from './inspectStatements.js';

// `kg load`, the command a user runs, on the seed graph and a real Neo4j 5 (the test Neo4j, or
// NEO4J_URI): the schema it creates, idempotence proved by Neo4j's own counters, a reload that
// replaces stale pipeline facts but not an analyst's work, a load killed half-way then rerun,
// and the three ways a connection fails.

const config = testNeo4jConfig();

/** The database as a sorted list of lines: every node and relationship with every property. */
async function fingerprint(): Promise<string[]> {
  const nodes = (await runStatement(config!, INSPECT.nodes)).map((row) => JSON.stringify([[...row.labels].sort(), sortKeys(row.props)]));
  const relationships = (await runStatement(config!, INSPECT.relationships)).map((row) => JSON.stringify([row.start, row.type, row.end, sortKeys(row.props)]));
  return [...nodes.sort(), ...relationships.sort()];
}

function sortKeys(props: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.keys(props).sort().map((k) => [k, props[k]]));
}

/** The figures of kg load's summary: "nodes: 587 created, 0 deleted, ..." → { nodesCreated: 587, ... }. */
function summaryCounts(stdout: string): Record<string, number> {
  const figure = (line: string, what: string) => Number(new RegExp(`^${line}:\\s.*?(\\d+) ${what}`, 'm').exec(stdout)?.[1] ?? NaN);
  return {
    snapshotNodes: Number(/^snapshot:\s+(\d+) nodes/m.exec(stdout)?.[1] ?? NaN),
    snapshotRelationships: Number(/^snapshot:\s+\d+ nodes, (\d+) relationships/m.exec(stdout)?.[1] ?? NaN),
    constraintsAdded: figure('schema', 'constraints added'),
    indexesAdded: figure('schema', 'indexes added'),
    nodesCreated: figure('nodes', 'created'),
    nodesDeleted: figure('nodes', 'deleted'),
    relationshipsCreated: figure('relationships', 'created'),
    relationshipsDeleted: figure('relationships', 'deleted'),
    propertiesSet: Number(/^properties set:\s+(\d+)$/m.exec(stdout)?.[1] ?? NaN),
  };
}

if (config) {
  let release: (() => void) | undefined;
  let snapshot = '';
  let graphText = '';
  let full: string[] = [];

  beforeAll(async () => {
    release = await holdNeo4jDatabase(config);
    snapshot = (await seedGraph()).out;
    graphText = readFileSync(snapshot, 'utf8');
    await runStatement(config, INSPECT.wipe);
  });
  afterAll(() => release?.());

  describe(`kg load of the seed graph into Neo4j at ${config.uri}`, () => {
    it('creates every node and relationship of the snapshot, the constraints, and the full-text index with the CJK analyzer', { timeout: 180_000 }, async () => {
      const { code, stdout, stderr } = await kg(['load', '--snapshot', snapshot]);
      expect(code, stderr).toBe(0);
      const counts = summaryCounts(stdout);
      const graph = parseGraph(graphText, snapshot);
      expect(counts.snapshotNodes).toBe(graph.entities.length + graph.briefings.length + graph.articles.length);
      expect(counts.snapshotRelationships).toBe(graph.relationships.length);
      expect(counts.nodesCreated).toBe(counts.snapshotNodes);
      expect(counts.relationshipsCreated).toBe(counts.snapshotRelationships);
      const [inDb] = await runStatement(config, INSPECT.counts);
      expect(inDb).toEqual({ nodes: counts.snapshotNodes, kgNodes: counts.snapshotNodes, relationships: counts.snapshotRelationships, kgRelationships: counts.snapshotRelationships });

      const constraints = await runStatement(config, INSPECT.constraints);
      for (const [name, label] of [['kg_entity_id', 'Entity'], ['kg_briefing_id', 'Briefing'], ['kg_article_id', 'Article']] as const) {
        expect(constraints).toContainEqual({ name, type: 'UNIQUENESS', labelsOrTypes: [label], properties: ['id'] });
      }
      const indexes = await runStatement(config, INSPECT.indexes);
      const fulltext = indexes.find((i) => i.name === 'kg_entity_names');
      expect(fulltext).toMatchObject({ type: 'FULLTEXT', state: 'ONLINE', labelsOrTypes: ['Entity'], properties: ['name', 'nameZh', 'nameEn', 'aliases'] });
      expect(fulltext!.options.indexConfig['fulltext.analyzer']).toBe('cjk');
      for (const name of ['kg_event_start_date', 'kg_entity_name', 'kg_entity_kind']) expect(indexes.find((i) => i.name === name)?.state).toBe('ONLINE');

      // The cjk analyzer indexes Han text as bigrams: a two-character piece from inside a name finds it.
      expect((await runStatement(config, INSPECT.fulltext, { query: '联合认证' })).map((r) => r.id)).toContain('organization:cec');
      expect((await runStatement(config, INSPECT.fulltext, { query: 'environmental' })).map((r) => r.id)).toContain('organization:cec');
      full = await fingerprint();
    });

    it('a second load of the same snapshot creates, deletes and sets nothing, and says so', { timeout: 120_000 }, async () => {
      const { code, stdout } = await kg(['load', '--snapshot', snapshot]);
      expect(code).toBe(0);
      expect(summaryCounts(stdout)).toMatchObject({ constraintsAdded: 0, indexesAdded: 0, nodesCreated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsDeleted: 0, propertiesSet: 0 });
      expect(stdout.trim().split('\n').at(-1)).toBe('nothing changed: the database already held this snapshot');
      expect(await fingerprint()).toEqual(full);
    });

    it("a reload after the graph changed replaces the stale pipeline facts and leaves the analyst's nodes, relationships and properties alone", { timeout: 180_000 }, async () => {
      const graph = parseGraph(graphText, snapshot);
      // The next build: one organisation gone (with its relationships), one property changed.
      const gone = graph.entities.find((e) => e.id === 'organization:edc') ?? graph.entities.find((e) => e.label === 'Organization' && e.id !== 'organization:cec')!;
      const annotated = 'organization:gen';
      const analyst = { annotated, linked: 'organization:cec', memoTarget: gone.id, memoId: 'memo:load-test', note: '分析员手工添加' };
      await runStatement(config, ANALYST_EDITS.add, analyst);

      const droppedRelationships = graph.relationships.filter((r) => r.start === gone.id || r.end === gone.id).length;
      expect(droppedRelationships).toBeGreaterThan(0);
      graph.entities = graph.entities.filter((e) => e.id !== gone.id);
      graph.relationships = graph.relationships.filter((r) => r.start !== gone.id && r.end !== gone.id);
      graph.entities.find((e) => e.id === annotated)!.properties.nameEn = 'Global Ecolabelling Network (renamed by the next build)';
      const next = path.join(workspace('kg-load-next-'), 'graph.jsonl');
      writeFileSync(next, serializeGraph(graph));

      const reload = await kg(['load', '--snapshot', next]);
      expect(reload.code, reload.stderr).toBe(0);
      const counts = summaryCounts(reload.stdout);
      expect(counts).toMatchObject({ nodesCreated: 0, relationshipsCreated: 0, relationshipsDeleted: droppedRelationships, nodesDeleted: 0 });
      // The analyst's memo still points at the organisation, so its node stays (and is counted).
      expect(reload.stdout).toContain('kept:           1 nodes no longer in the snapshot');
      const [kept] = await runStatement(config, ANALYST_EDITS.read, analyst);
      expect(kept).toEqual({ note: analyst.note, memos: 1, links: 1 });
      const [gen] = await runStatement(config, ANALYST_EDITS.entity, { id: annotated });
      expect(gen!.props.nameEn).toBe('Global Ecolabelling Network (renamed by the next build)');
      expect(gen!.props.analystNote).toBe(analyst.note);
      const relationships = await runStatement(config, INSPECT.relationships);
      expect(relationships.filter((r) => (r.start === gone.id || r.end === gone.id) && r.props._kg)).toEqual([]);

      // The full graph back: the organisation's facts return, the analyst's work is still there.
      const back = await kg(['load', '--snapshot', snapshot]);
      expect(back.code).toBe(0);
      expect(summaryCounts(back.stdout)).toMatchObject({ nodesCreated: 0, relationshipsCreated: droppedRelationships, nodesDeleted: 0, relationshipsDeleted: 0 });
      expect(await runStatement(config, ANALYST_EDITS.read, analyst)).toEqual([{ note: analyst.note, memos: 1, links: 1 }]);
      await runStatement(config, ANALYST_EDITS.removeMemo, analyst);
      await runStatement(config, ANALYST_EDITS.cleanUp, analyst);
      expect(await fingerprint()).toEqual(full);
    });

    it('a load killed half-way, then run again, ends identical to an uninterrupted one', { timeout: 240_000 }, async () => {
      await runStatement(config, INSPECT.wipe);
      // Small batches, so the load is many transactions and the kill lands between two of them.
      const child = spawn(process.execPath, [cli, 'load', '--snapshot', snapshot, '--batch-size', '25'], { cwd: projectRoot, env: { ...process.env, CI: 'true' }, stdio: ['ignore', 'pipe', 'pipe'] });
      let progress = '';
      child.stderr.on('data', (d: Buffer) => (progress += d.toString()));
      const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      await new Promise<void>((resolve, reject) => {
        const timer = setInterval(() => {
          // Killed once the relationships have begun: nodes are all in, relationships are not.
          if (/^relationships\s+\S+\s+batch 2\//m.test(progress)) {
            clearInterval(timer);
            child.kill('SIGKILL');
            resolve();
          }
          if (child.exitCode !== null) {
            clearInterval(timer);
            reject(new Error(`kg load finished before it could be killed:\n${progress}`));
          }
        }, 5);
      });
      expect(await exited).toBeNull();
      const [half] = await runStatement(config, INSPECT.counts);
      const graph = parseGraph(graphText, snapshot);
      expect(half!.nodes).toBe(graph.entities.length + graph.briefings.length + graph.articles.length);
      expect(half!.relationships).toBeGreaterThan(0);
      expect(half!.relationships).toBeLessThan(graph.relationships.length);

      const rerun = await kg(['load', '--snapshot', snapshot]);
      expect(rerun.code, rerun.stderr).toBe(0);
      expect(summaryCounts(rerun.stdout)).toMatchObject({ nodesCreated: 0, nodesDeleted: 0, relationshipsDeleted: 0 });
      expect(summaryCounts(rerun.stdout).relationshipsCreated).toBe(graph.relationships.length - half!.relationships);
      expect(await fingerprint()).toEqual(full);
    });
  });

  describe('kg load when the connection fails: one clear line for each cause', () => {
    it('a wrong password names the user and the settings to check', async () => {
      const { code, stderr } = await kg(['load', '--snapshot', snapshot], { NEO4J_PASSWORD: 'not-the-password' });
      expect(code).toBe(1);
      expect(stderr.trim()).toBe(`kg: Neo4j at ${config.uri} refused the login for user "${config.user}": check NEO4J_USER and NEO4J_PASSWORD`);
    });

    it('a database the server does not have is named', async () => {
      const { code, stderr } = await kg(['load', '--snapshot', snapshot], { NEO4J_DATABASE: 'nosuchdb' });
      expect(code).toBe(1);
      expect(stderr.trim()).toBe(`kg: Neo4j at ${config.uri} has no database "nosuchdb": check NEO4J_DATABASE`);
    });

    it('no server at the address says it is unreachable', async () => {
      const uri = 'bolt://127.0.0.1:9'; // discard: nothing speaks Bolt there
      const { code, stderr } = await kg(['load', '--snapshot', snapshot], { NEO4J_URI: uri });
      expect(code).toBe(1);
      expect(stderr.trim()).toBe(`kg: Neo4j is unreachable at ${uri}: is it running, and is NEO4J_URI right?`);
    });
  });
} else {
  describe.skip('kg load on a real Neo4j (skipped: no test Neo4j and NEO4J_URI is not set)', () => {
    it('runs on the test Neo4j (npm run setup:neo4j) or on NEO4J_URI', () => undefined);
  });
}

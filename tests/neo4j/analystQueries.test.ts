import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Neo4jConfig } from '../../src/config.js';
import { connect } from '../../src/store/neo4j/connect.js';
import { allStatementForms } from '../../src/store/neo4j/cypher.js';
import { toPlain } from '../../src/store/neo4j/records.js';
import { kg, projectRoot } from '../hostile/support.js';
import { holdNeo4jDatabase, testNeo4jConfig } from '../support/neo4jDatabase.js';
import { runStatement } from '../support/neo4jQuery.js';
import { seedGraph } from '../support/seedGraph.js';
import { ANALYST_EDITS } from './analystEdits.js';
import { splitStatements } from './cypherLinter.js';
import { INSPECT } from './inspectStatements.js';

// schema/neo4j/queries.cypher, the analysts' file, run query by query on the seed graph loaded
// by `kg load` into a real Neo4j: each returns the rows its comment promises. Then every
// statement the store builds at run time, in each of its forms, is planned by the server.

const config = testNeo4jConfig();
type Row = Record<string, any>;

async function runText(db: Neo4jConfig, text: string, params: Record<string, unknown> = {}): Promise<Row[]> {
  const connection = await connect(db);
  try {
    return await connection.write(async (tx) => (await tx.run(text, params)).records.map((r) => toPlain(r.toObject()) as Row));
  } finally {
    await connection.close();
  }
}

/** What each query's comment promises, checked on its rows (keyed by the comment's question). */
const PROMISES: [RegExp, (rows: Row[]) => void][] = [
  [/^Which GEN members has CEC signed joint standards with/, (rows) => {
    const byPartner = Object.fromEntries(rows.map((r) => [r.partnerEn ?? r.partner, r.standards]));
    expect(Object.values(byPartner).flat()).toEqual(expect.arrayContaining(['中日环境标志扫描仪共同标准', '中德环境标志空调共同标准']));
    expect(rows.some((r) => r.partner === '日本环境协会' && r.standards.includes('中日环境标志扫描仪共同标准'))).toBe(true);
  }],
  [/^Who is 任勇/, (rows) => {
    expect(rows[0]!.positions.some((p: string) => p.includes('中日友好环境保护中心') || p.includes('生态环境部对外合作与交流中心') || p.includes('环境发展中心'))).toBe(true);
    expect(rows.map((r) => r.date)).toEqual(expect.arrayContaining(['2018-03-06', '2020-01-17']));
  }],
  [/^In which briefings and articles is 任勇 mentioned/, (rows) => {
    expect(rows.length).toBeGreaterThanOrEqual(2);
    expect(rows.every((r) => r.times >= 1 && typeof r.briefingTitle === 'string')).toBe(true);
  }],
  [/^What did CEC do in the last quarter of 2017/, (rows) => {
    for (const day of ['2017-10-08', '2017-11-21', '2017-11-29', '2017-12-13', '2017-12-21', '2017-12-27', '2017-12-29']) expect(rows.map((r) => r.start)).toContain(day);
    expect(rows.map((r) => r.start)).toEqual([...rows.map((r) => r.start)].sort());
  }],
  [/^Which eco-label programmes does UL run/, (rows) => {
    expect(JSON.stringify(rows)).toMatch(/GREENGUARD|绿色卫士/);
    expect(JSON.stringify(rows)).toMatch(/ECOLOGO|生态标签/);
  }],
  [/^How are Green Seal and CEC connected/, (rows) => {
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows[0])).toContain('全球环境标志网络');
  }],
  [/^Who launched the Asia Pacific Green Public Procurement Network/, (rows) => {
    expect(JSON.stringify(rows)).toMatch(/联合国环境规划署|UNEP/);
    expect(JSON.stringify(rows)).toMatch(/KEITI|韩国环境产业技术研究院/);
  }],
  [/^What part do Chinese organisations play/, (rows) => {
    expect(JSON.stringify(rows)).toMatch(/core group|核心/);
    expect(JSON.stringify(rows)).toMatch(/implementing agency|实施/);
  }],
  [/^Which organisations are members of GEN/, (rows) => {
    expect(rows.length).toBeGreaterThanOrEqual(3);
    expect(rows.every((r) => Object.values(r).some((v) => (typeof v === 'string' && v.length > 0) || (Array.isArray(v) && v.length > 0)))).toBe(true);
    expect(JSON.stringify(rows)).toContain('中环联合认证中心');
  }],
  [/^Who works at EDC/, (rows) => expect(JSON.stringify(rows)).toContain('任勇')],
  [/^Which events took place in Beijing/, (rows) => expect(rows.length).toBeGreaterThanOrEqual(2)],
  [/^Which joint standards exist/, (rows) => expect(JSON.stringify(rows)).toContain('中日环境标志扫描仪共同标准')],
  [/^Which organisations does the graph know in each country/, (rows) => expect(rows.length).toBeGreaterThanOrEqual(3)],
  [/^What does a briefing mention/, (rows) => expect(rows.length).toBeGreaterThanOrEqual(5)],
  [/^Which facts were read with low confidence/, (rows) => expect(rows.length).toBeGreaterThanOrEqual(1)],
  [/^What is the evidence behind a fact/, (rows) => {
    expect(rows.length).toBeGreaterThanOrEqual(1);
    expect(JSON.stringify(rows)).toMatch(/全球环境标志网络|GEN/);
  }],
  [/^Which entities match a fragment of a name/, (rows) => expect(rows.length).toBeGreaterThanOrEqual(1)],
  [/^What have analysts added by hand/, (rows) => {
    expect(JSON.stringify(rows)).toContain('Memo');
    expect(JSON.stringify(rows)).toContain('COOPERATES_WITH');
  }],
  [/^Which properties have analysts added/, (rows) => expect(JSON.stringify(rows)).toContain('analystNote')],
];

const analyst = { annotated: 'organization:gen', linked: 'organization:cec', memoTarget: 'organization:edc', memoId: 'memo:analyst-queries', note: '手工核对' };

if (config) {
  let release: (() => void) | undefined;
  beforeAll(async () => {
    release = await holdNeo4jDatabase(config);
    await runStatement(config, INSPECT.wipe);
    const load = await kg(['load', '--snapshot', (await seedGraph()).out]);
    if (load.code !== 0) throw new Error(`kg load failed: ${load.stderr}`);
    // The last two queries list what analysts added by hand: add some.
    await runStatement(config, ANALYST_EDITS.add, analyst);
  }, 240_000);
  afterAll(async () => {
    await runStatement(config, ANALYST_EDITS.removeMemo, analyst);
    await runStatement(config, ANALYST_EDITS.cleanUp, analyst);
    release?.();
  });

  const statements = splitStatements(readFileSync(path.join(projectRoot, 'schema', 'neo4j', 'queries.cypher'), 'utf8'));

  describe(`schema/neo4j/queries.cypher on the seed graph in Neo4j at ${config.uri}`, () => {
    it('has a promise checked here for every query in the file', () => {
      const questions = statements.map((text) => /^\/\/ (.+\?)/m.exec(text)?.[1] ?? text);
      expect(questions.filter((q) => !PROMISES.some(([re]) => re.test(q)))).toEqual([]);
      expect(statements.length).toBe(PROMISES.length);
    });

    it.each(statements.map((text) => [/^\/\/ (.+\?)/m.exec(text)?.[1] ?? text.slice(0, 60), text] as const))('%s', async (question, text) => {
      const rows = await runText(config, text);
      expect(rows.length, `no rows for: ${question}`).toBeGreaterThan(0);
      PROMISES.find(([re]) => re.test(question))![1](rows);
    });
  });

  describe('every statement the store builds at run time, in each form, is planned by the server', () => {
    it.each(allStatementForms().map((s) => [s.name, s] as const))('%s', async (_name, statement) => {
      // Schema statements change the schema; they ran for real in kg load above.
      if (/^\s*CREATE (CONSTRAINT|FULLTEXT INDEX|INDEX)/.test(statement.text)) return;
      const params = Object.fromEntries(statement.params.map((p) => [p, null]));
      await expect(runText(config, `EXPLAIN ${statement.text}`, params)).resolves.toEqual([]);
    });
  });
} else {
  describe.skip('schema/neo4j/queries.cypher on a real Neo4j (skipped: no test Neo4j and NEO4J_URI is not set)', () => {
    it('runs on the test Neo4j (npm run setup:neo4j) or on NEO4J_URI', () => undefined);
  });
}

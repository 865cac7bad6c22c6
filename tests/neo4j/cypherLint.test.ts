import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ENTITY_LABELS, RELATIONSHIP_TYPES } from '../../src/graph/ontology.js';
import { SCHEMA_STATEMENTS, allStatementForms, mergeNodesStatement, mergeRelationshipsStatement, shortestPathStatement } from '../../src/store/neo4j/cypher.js';
import { ANALYST_EDITS, ANALYST_LABELS, ANALYST_TYPES } from './analystEdits.js';
import { INSPECT } from './inspectStatements.js';
import { NEO4J5_FUNCTIONS, NEO4J5_PROCEDURES, lint, parametersOf, splitStatements } from './cypherLinter.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const schemaDir = path.join(root, 'schema', 'neo4j');
const cypherFiles = readdirSync(schemaDir).filter((f) => f.endsWith('.cypher')).sort();

function reportWarnings(where: string, warnings: string[]): void {
  if (warnings.length > 0) console.info(`${where}: ${warnings.length} warning(s)\n  ${warnings.join('\n  ')}`);
}

describe("Neo4j 5's function and procedure list used by the linter", () => {
  it('holds the built-ins our statements call and no plugin the compose file does not install', () => {
    expect(NEO4J5_PROCEDURES['db.index.fulltext.queryNodes']?.signature).toContain('indexName :: STRING');
    expect(NEO4J5_PROCEDURES['db.awaitIndexes']).toBeDefined();
    expect(NEO4J5_FUNCTIONS['toLower']).toBeDefined();
    expect(Object.keys(NEO4J5_FUNCTIONS).filter((name) => name.startsWith('apoc.'))).toEqual([]);
    expect(Object.keys(NEO4J5_PROCEDURES).filter((name) => name.startsWith('apoc.') || name.startsWith('gds.'))).toEqual([]);
  });
});

describe('the linter can fail', () => {
  it('rejects a misspelt keyword', () => {
    expect(lint('MATCH (n:Entity) RETRUN n').errors).not.toEqual([]);
  });
  it('rejects an unknown function and an APOC function (no APOC is installed)', () => {
    expect(lint('MATCH (n:Entity) RETURN kg.fold(n.name)').errors.join()).toContain('Function kg.fold is not present');
    expect(lint('RETURN apoc.text.clean($t)', ['t']).errors.join()).toContain('apoc.text.clean');
  });
  it('rejects an undeclared parameter, an undefined variable, a misspelt label and relationship type', () => {
    expect(lint('MATCH (n:Entity {id: $id}) RETURN n').errors.join()).toContain('Parameter $id is not defined');
    expect(lint('MATCH (n:Entity) RETURN m').errors.join()).toContain('Variable `m` not defined');
    expect(lint('MATCH (n:Organisation) RETURN n').errors.join()).toContain('Label Organisation');
    expect(lint('MATCH (:Entity)-[r:MEMBER]->(:Entity) RETURN r').errors.join()).toContain('MEMBER');
  });
  it('rejects a variable-length bound given as a parameter', () => {
    expect(lint('MATCH p = shortestPath((a:Entity)-[*..$n]-(b:Entity)) RETURN p', ['n']).errors).not.toEqual([]);
  });
});

describe('every Cypher statement in src/ (store/neo4j/cypher.ts, each form of each builder)', () => {
  const forms = allStatementForms();

  it('covers every label and relationship type in the builders', () => {
    const names = forms.map((s) => s.name);
    for (const label of ENTITY_LABELS) expect(names).toContain(mergeNodesStatement(label).name);
    for (const type of RELATIONSHIP_TYPES) expect(names).toContain(mergeRelationshipsStatement(type).name);
    expect(names).toContain(shortestPathStatement(10).name);
    expect(new Set(names).size).toBe(names.length);
  });

  it.each(forms.map((s) => [s.name, s] as const))('%s: no errors, and it uses exactly its declared parameters', (name, statement) => {
    const { errors, warnings } = lint(statement.text, statement.params);
    reportWarnings(name, warnings);
    expect(errors).toEqual([]);
    expect(parametersOf(statement.text)).toEqual([...statement.params].sort());
  });

  it('builders refuse a label or type outside the ontology', () => {
    expect(() => mergeNodesStatement('Organisation' as never)).toThrow(/not a label of the ontology/);
    expect(() => mergeRelationshipsStatement('KNOWS` {x:1}]->() DETACH DELETE (n' as never)).toThrow(/not a relationship type/);
    expect(() => shortestPathStatement(11 as never)).toThrow(/path bound 11/);
  });
});

describe("the tests' own Cypher (an analyst's hand edits, tests/neo4j/analystEdits.ts; inspection, tests/neo4j/inspectStatements.ts)", () => {
  it.each([...Object.values(ANALYST_EDITS), ...Object.values(INSPECT)].map((s) => [s.name, s] as const))('%s: no errors, exactly its declared parameters', (name, statement) => {
    const { errors, warnings } = lint(statement.text, statement.params, { labels: ANALYST_LABELS, types: ANALYST_TYPES });
    reportWarnings(name, warnings);
    expect(errors).toEqual([]);
    expect(parametersOf(statement.text)).toEqual([...statement.params].sort());
  });
});

describe('no Cypher outside store/neo4j/cypher.ts', () => {
  const CYPHER = /\b(OPTIONAL MATCH|MATCH|MERGE) \(|\bUNWIND \$|\bCREATE (CONSTRAINT|FULLTEXT INDEX|INDEX)\b|\bCALL db\./;
  const files = (readdirSync(path.join(root, 'src'), { recursive: true }) as string[]).filter((f) => f.endsWith('.ts')).sort();

  it('finds Cypher only in the statements module', () => {
    const offenders = files.filter((f) => f !== path.join('store', 'neo4j', 'cypher.ts') && CYPHER.test(readFileSync(path.join(root, 'src', f), 'utf8')));
    expect(offenders).toEqual([]);
    expect(CYPHER.test(readFileSync(path.join(root, 'src', 'store', 'neo4j', 'cypher.ts'), 'utf8'))).toBe(true);
  });
});

describe('schema/neo4j/*.cypher', () => {
  it('has the schema script and the analysts’ queries', () => {
    expect(cypherFiles).toEqual(expect.arrayContaining(['schema.cypher', 'queries.cypher']));
  });

  it('schema.cypher holds exactly the statements kg load runs, in order', () => {
    const statements = splitStatements(readFileSync(path.join(schemaDir, 'schema.cypher'), 'utf8')).map((s) =>
      s.replace(/\/\/.*$/gm, '').replace(/;\s*$/, '').replace(/\s+/g, ' ').trim(),
    );
    expect(statements).toEqual(SCHEMA_STATEMENTS.map((s) => s.text.replace(/\s+/g, ' ')));
  });

  for (const file of cypherFiles) {
    const statements = splitStatements(readFileSync(path.join(schemaDir, file), 'utf8'));
    it(`${file}: every statement lints without errors (${statements.length} statements)`, () => {
      expect(statements.length).toBeGreaterThan(0);
      const failures: string[] = [];
      statements.forEach((text, i) => {
        const { errors, warnings } = lint(text);
        reportWarnings(`${file} #${i + 1}`, warnings);
        if (errors.length > 0) failures.push(`#${i + 1}:\n${text}\n  ${errors.join('\n  ')}`);
      });
      expect(failures).toEqual([]);
    });
  }

  it('queries.cypher says, above each query, what question it answers', () => {
    const statements = splitStatements(readFileSync(path.join(schemaDir, 'queries.cypher'), 'utf8'));
    expect(statements.length).toBeGreaterThanOrEqual(14);
    for (const text of statements) expect(text).toMatch(/^\/\/ .+\?/m);
  });
});

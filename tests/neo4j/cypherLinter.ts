import { createRequire } from 'node:module';
import type * as LanguageSupport from '@neo4j-cypher/language-support';
import type { DbSchema, Neo4jFunction, Neo4jProcedure, SyntaxDiagnostic } from '@neo4j-cypher/language-support';
import { ENTITY_LABELS, PROVENANCE_LABELS, RELATIONSHIP_TYPES } from '../../src/graph/ontology.js';

// Neo4j's own Cypher front-end (the parser and semantic analysis of the database, compiled to
// JavaScript in @neo4j-cypher/language-support), set up as a Neo4j 5 community server without
// plugins would answer it.
//
// The package's ESM build has extension-less imports Node cannot resolve; its CommonJS bundle
// works, so it is loaded through require.
const ls = createRequire(import.meta.url)('@neo4j-cypher/language-support') as typeof LanguageSupport;

const CYPHER_5 = 'CYPHER 5';
/** Plugins the package's reference server had installed; docker-compose.yml installs none of them. */
const PLUGIN_PREFIXES = ['apoc.', 'gds.'];

function withoutPlugins<T extends { name: string }>(registry: Record<string, T> | undefined): Record<string, T> {
  return Object.fromEntries(Object.entries(registry ?? {}).filter(([name]) => !PLUGIN_PREFIXES.some((prefix) => name.startsWith(prefix))));
}

/**
 * Neo4j 5's functions and procedures. The package ships them as dumped from a live Neo4j 5
 * server (`SHOW FUNCTIONS` / `SHOW PROCEDURES`, in testData.mockSchema) with APOC and GDS
 * installed; those plugins are removed, so a statement that needs them fails the lint.
 */
export const NEO4J5_FUNCTIONS: Record<string, Neo4jFunction> = withoutPlugins(ls.testData.mockSchema.functions?.[CYPHER_5]);
export const NEO4J5_PROCEDURES: Record<string, Neo4jProcedure> = withoutPlugins(ls.testData.mockSchema.procedures?.[CYPHER_5]);

export const GRAPH_LABELS = ['Entity', ...ENTITY_LABELS, ...PROVENANCE_LABELS];

export function dbSchema(parameters: readonly string[], extra: { labels?: string[]; types?: string[] } = {}): DbSchema {
  return {
    defaultLanguage: CYPHER_5,
    functions: { [CYPHER_5]: NEO4J5_FUNCTIONS },
    procedures: { [CYPHER_5]: NEO4J5_PROCEDURES },
    labels: [...GRAPH_LABELS, ...(extra.labels ?? [])],
    relationshipTypes: [...RELATIONSHIP_TYPES, ...(extra.types ?? [])],
    // Values only matter to autocompletion; the linter checks that each parameter is declared.
    parameters: Object.fromEntries(parameters.map((name) => [name, null])),
  };
}

export interface LintReport {
  errors: string[];
  warnings: string[];
}

function messageOf(d: SyntaxDiagnostic): string {
  return typeof d.message === 'string' ? d.message : d.message.value;
}

function formatDiagnostic(text: string, d: SyntaxDiagnostic): string {
  const excerpt = text.slice(d.offsets.start, Math.min(d.offsets.end, d.offsets.start + 40));
  return `${d.range.start.line + 1}:${d.range.start.character + 1} ${messageOf(d)} [${excerpt}]`;
}

/** Lints one statement; an undeclared label or relationship type counts as an error (a typo). */
export function lint(text: string, parameters: readonly string[] = [], extra: { labels?: string[]; types?: string[] } = {}): LintReport {
  const diagnostics = ls.lintCypherQuery(text, dbSchema(parameters, extra));
  const errors: string[] = [];
  const warnings: string[] = [];
  for (const d of diagnostics) {
    const unknownName = /^(Label|Relationship type) .* is not present in the database/.test(messageOf(d));
    (d.severity === 1 || unknownName ? errors : warnings).push(formatDiagnostic(text, d));
  }
  return { errors, warnings };
}

/** The parameters a statement uses, as Neo4j's parser sees them. */
export function parametersOf(text: string): string[] {
  return ls.parseParameters(text, false).sort();
}

/** A .cypher file cut into statements by Neo4j's parser (`;` inside strings and comments is safe). */
export function splitStatements(script: string): string[] {
  return ls.parseStatementsStrs(script).map((s) => s.trim()).filter((s) => s.replace(/\/\/.*$/gm, '').trim() !== '');
}

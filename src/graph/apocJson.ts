import { isEntityLabel, isRelationshipType, type EntityLabel } from './ontology.js';
import type { ArticleNode, BriefingNode, EntityNode, Graph, Properties, PropertyValue, Relationship } from './types.js';

// The snapshot format: one JSON object per line in the layout of APOC's apoc.export.json, so
// the file loads into Neo4j, the embedded store, or any tool that reads APOC exports.
// Serialisation is canonical (sorted lines and keys) so the same graph gives the same bytes.
// The last line is a summary (a node labelled Snapshot, so apoc.import.json takes it as any
// other node) that counts what the file holds: a file cut short anywhere has lost it, or holds
// fewer lines than it counts, and the reader refuses it, naming the file.

export interface ApocNodeLine {
  type: 'node';
  id: string;
  labels: string[];
  properties: Properties;
}

export interface ApocRelationshipLine {
  type: 'relationship';
  id: string;
  label: string;
  start: { id: string; labels: string[] };
  end: { id: string; labels: string[] };
  properties: Properties;
}

export type ApocLine = ApocNodeLine | ApocRelationshipLine;

export class SnapshotFormatError extends Error {
  constructor(
    readonly source: string,
    readonly line: number,
    detail: string,
  ) {
    super(`${source}:${line}: ${detail}`);
    this.name = 'SnapshotFormatError';
  }
}

/**
 * A snapshot that is not whole: it ends without its summary line, holds other counts than the
 * summary says, or goes on after it. Raised by parseGraph, naming the file and the line.
 */
export class SnapshotIncompleteError extends SnapshotFormatError {
  constructor(source: string, line: number, detail: string) {
    super(source, line, detail);
    this.name = 'SnapshotIncompleteError';
  }
}

/** The summary line's id and label: no entity id has this prefix (ontology.ts ID_PREFIX). */
export const SNAPSHOT_SUMMARY_ID = 'snapshot:summary';
export const SNAPSHOT_SUMMARY_LABEL = 'Snapshot';
/** The format the summary names; a reader refuses a format it does not know. */
export const SNAPSHOT_FORMAT = 'kg-snapshot/1';

/** What the summary line counts. */
export interface SnapshotSummary {
  format: string;
  briefings: number;
  articles: number;
  entities: number;
  nodes: number;
  relationships: number;
}

function summaryOf(graph: Graph): SnapshotSummary {
  const nodes = graph.briefings.length + graph.articles.length + graph.entities.length;
  return { articles: graph.articles.length, briefings: graph.briefings.length, entities: graph.entities.length, format: SNAPSHOT_FORMAT, nodes, relationships: graph.relationships.length };
}

/** True when `line` (one line of a snapshot's text) is the summary line kg build writes last. */
export function isSnapshotSummaryLine(line: string): boolean {
  return line.startsWith(`{"type":"node","id":${JSON.stringify(SNAPSHOT_SUMMARY_ID)},`);
}

/** The properties in key order, without undefined values and empty lists (but aliases). */
function sortedProperties(properties: Record<string, PropertyValue | undefined>): Properties {
  const keys = Object.keys(properties);
  // most relationships' properties are built in this form already: they need no copy
  if (isCanonical(properties, keys)) return properties as Properties;
  const out: Properties = {};
  for (const key of keys.sort()) {
    const value = properties[key];
    if (value === undefined) continue;
    if (Array.isArray(value) && value.length === 0 && key !== 'aliases') continue;
    out[key] = value;
  }
  return out;
}

function isCanonical(properties: Record<string, PropertyValue | undefined>, keys: string[]): boolean {
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    if (i > 0 && keys[i - 1]! >= key) return false;
    const value = properties[key];
    if (value === undefined || (Array.isArray(value) && value.length === 0 && key !== 'aliases')) return false;
  }
  return true;
}

function labelsOf(id: string, graphLabels: Map<string, string[]>): string[] {
  const labels = graphLabels.get(id);
  if (!labels) throw new Error(`relationship end ${id} is not a node of the graph`);
  return labels;
}

export function entityLabels(label: EntityLabel): string[] {
  return ['Entity', label];
}

/** The graph as APOC JSON lines: briefings, articles, entities, then relationships, each by id; then the summary. */
export function toApocLines(graph: Graph): ApocLine[] {
  return [...apocLines(graph)];
}

/** toApocLines one line at a time: a snapshot's lines are built, written and dropped in turn. */
function* apocLines(graph: Graph): Generator<ApocLine> {
  const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const labels = new Map<string, string[]>();
  for (const b of [...graph.briefings].sort(byId)) {
    labels.set(b.id, ['Briefing']);
    yield { type: 'node', id: b.id, labels: ['Briefing'], properties: sortedProperties({ ...b }) };
  }
  for (const a of [...graph.articles].sort(byId)) {
    labels.set(a.id, ['Article']);
    yield { type: 'node', id: a.id, labels: ['Article'], properties: sortedProperties({ ...a }) };
  }
  for (const e of [...graph.entities].sort(byId)) {
    labels.set(e.id, entityLabels(e.label));
    yield { type: 'node', id: e.id, labels: entityLabels(e.label), properties: sortedProperties(e.properties) };
  }
  for (const r of [...graph.relationships].sort(byId)) {
    yield {
      type: 'relationship',
      id: r.id,
      label: r.type,
      start: { id: r.start, labels: labelsOf(r.start, labels) },
      end: { id: r.end, labels: labelsOf(r.end, labels) },
      properties: sortedProperties(r.properties),
    };
  }
  yield { type: 'node', id: SNAPSHOT_SUMMARY_ID, labels: [SNAPSHOT_SUMMARY_LABEL], properties: summaryOf(graph) as unknown as Properties };
}

export function serializeGraph(graph: Graph): string {
  return [...serializeGraphChunks(graph)].join('');
}

/**
 * The same bytes as serializeGraph, in chunks of `linesPerChunk` lines: a snapshot of a large
 * corpus is tens of MB, and writing it chunk by chunk spares building one string of it.
 */
export function* serializeGraphChunks(graph: Graph, linesPerChunk = 1000): Generator<string> {
  let chunk: ApocLine[] = [];
  for (const line of apocLines(graph)) {
    chunk.push(line);
    if (chunk.length >= linesPerChunk) {
      yield jsonLines(chunk);
      chunk = [];
    }
  }
  if (chunk.length) yield jsonLines(chunk);
}

/** Where one line ends and the next begins in the JSON text of an array of lines. */
const BETWEEN_LINES = '},{"type":';

/**
 * Lines as JSON Lines text. One JSON.stringify of the array costs much less than one per line
 * (V8 grows each result from a few bytes); the array's text is "[" + the lines' texts joined
 * by "," + "]", and only those commas are followed by `{"type":`. Inside a JSON string every
 * `"` is escaped, and no line holds an array of objects (labels and property values are
 * strings, numbers and booleans, or arrays of strings and numbers).
 */
function jsonLines(lines: ApocLine[]): string {
  return JSON.stringify(lines).slice(1, -1).replaceAll(BETWEEN_LINES, '}\n{"type":') + '\n';
}

function str(props: Properties, key: string): string | undefined {
  const v = props[key];
  return typeof v === 'string' ? v : undefined;
}

function num(props: Properties, key: string): number {
  const v = props[key];
  return typeof v === 'number' ? v : 0;
}

/**
 * Parses a snapshot. Errors name the source and the line, and say what was expected. A snapshot
 * must end with its summary line and hold what it counts (SnapshotIncompleteError otherwise): a
 * file cut short at a line boundary still parses line by line, and only the summary tells.
 */
export function parseGraph(text: string, source = 'snapshot'): Graph {
  const graph: Graph = { entities: [], briefings: [], articles: [], relationships: [] };
  const articleBriefing = new Map<string, string>();
  const rawLines = text.split('\n');
  let summary: { line: number; properties: Properties } | undefined;
  let lastLine = 0;
  rawLines.forEach((raw, index) => {
    const lineNo = index + 1;
    if (raw.trim() === '') return;
    lastLine = lineNo;
    if (summary) {
      throw new SnapshotIncompleteError(source, lineNo, `a line follows the summary line ${summary.line}, which kg build writes last (two snapshots run together?)`);
    }
    let line: ApocLine;
    try {
      line = JSON.parse(raw) as ApocLine;
    } catch {
      throw new SnapshotFormatError(source, lineNo, 'expected one JSON object per line (APOC JSON Lines)');
    }
    if (line === null || typeof line !== 'object' || typeof line.id !== 'string') {
      throw new SnapshotFormatError(source, lineNo, 'expected an object with a string "id"');
    }
    const properties = (line.properties ?? {}) as Properties;
    if (line.type === 'node') {
      const labels = Array.isArray(line.labels) ? line.labels : [];
      if (line.id === SNAPSHOT_SUMMARY_ID && labels.includes(SNAPSHOT_SUMMARY_LABEL)) {
        summary = { line: lineNo, properties };
      } else if (labels.includes('Briefing')) {
        graph.briefings.push({
          id: line.id,
          title: str(properties, 'title') ?? line.id,
          issue: str(properties, 'issue'),
          publishedOn: str(properties, 'publishedOn'),
          publisher: str(properties, 'publisher'),
          file: str(properties, 'file') ?? '',
          sha256: str(properties, 'sha256') ?? '',
        } satisfies BriefingNode);
      } else if (labels.includes('Article')) {
        graph.articles.push({
          id: line.id,
          briefingId: str(properties, 'briefingId') ?? '',
          title: str(properties, 'title') ?? '',
          order: num(properties, 'order'),
          startOffset: num(properties, 'startOffset'),
          endOffset: num(properties, 'endOffset'),
          text: str(properties, 'text') ?? '',
        } satisfies ArticleNode);
      } else {
        const label = labels.find((l) => l !== 'Entity');
        if (!label || !isEntityLabel(label) || !labels.includes('Entity')) {
          throw new SnapshotFormatError(source, lineNo, `unknown labels ${JSON.stringify(labels)}; expected ["Entity", <type label>], ["Briefing"] or ["Article"]`);
        }
        if (typeof properties.name !== 'string') {
          throw new SnapshotFormatError(source, lineNo, `node ${line.id} has no string "name"`);
        }
        graph.entities.push({
          id: line.id,
          label,
          properties: { aliases: [], ...properties, id: line.id } as unknown as EntityNode['properties'],
        });
      }
    } else if (line.type === 'relationship') {
      if (!isRelationshipType(line.label)) {
        throw new SnapshotFormatError(source, lineNo, `unknown relationship type ${JSON.stringify(line.label)}`);
      }
      if (!line.start?.id || !line.end?.id) {
        throw new SnapshotFormatError(source, lineNo, 'expected "start" and "end" objects with an "id"');
      }
      if (line.label === 'HAS_ARTICLE') articleBriefing.set(line.end.id, line.start.id);
      graph.relationships.push({ id: line.id, type: line.label, start: line.start.id, end: line.end.id, properties } satisfies Relationship);
    } else {
      throw new SnapshotFormatError(source, lineNo, 'expected "type" to be "node" or "relationship"');
    }
  });
  checkSummary(graph, summary, source, lastLine);
  for (const article of graph.articles) {
    if (!article.briefingId) article.briefingId = articleBriefing.get(article.id) ?? '';
  }
  return graph;
}

/** Refuses a snapshot without its summary line, of another format, or holding other counts. */
function checkSummary(graph: Graph, summary: { line: number; properties: Properties } | undefined, source: string, lastLine: number): void {
  if (!summary) {
    const where = lastLine === 0 ? 'is empty: it holds not even' : `ends at line ${lastLine} without`;
    throw new SnapshotIncompleteError(
      source,
      lastLine + 1,
      `the snapshot ${where} the summary line kg build writes last ({"type":"node","id":"${SNAPSHOT_SUMMARY_ID}",...}): it was cut short, or written by a kg build older than the summary line; run 'kg build' to write it again`,
    );
  }
  const format = summary.properties.format;
  if (format !== SNAPSHOT_FORMAT) {
    throw new SnapshotIncompleteError(source, summary.line, `the summary line names format ${JSON.stringify(format)}; expected ${JSON.stringify(SNAPSHOT_FORMAT)}`);
  }
  const held = summaryOf(graph);
  const differ = (['briefings', 'articles', 'entities', 'relationships'] as const).filter((k) => summary.properties[k] !== held[k]);
  if (differ.length > 0) {
    const said = differ.map((k) => `${String(summary.properties[k])} ${k}`).join(', ');
    const found = differ.map((k) => `${held[k]}`).join(', ');
    throw new SnapshotIncompleteError(source, summary.line, `the summary line counts ${said}, but the file holds ${found}: lines are missing or were added (cut short or edited); run 'kg build' to write it again`);
  }
}

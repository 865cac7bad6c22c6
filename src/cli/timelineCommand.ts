import path from 'node:path';
import { GraphQLError } from 'graphql';
import { createContext, describeEvents, encodeCursor, timeline, LIMITS, type TimelineEntry } from '../api/index.js';
import { ConfigError, loadConfig, parseStoreKind } from '../config.js';
import type { GraphStore } from '../store/GraphStore.js';
import { openMemoryStore } from '../store/memory/index.js';
import { CliError } from './cliError.js';
import { parseCommandArgs } from './parseCommandArgs.js';

const HELP = `usage: kg timeline --entity NAME [--from D] [--to D] [--kind K]... [--format md|csv|json]
                   [--snapshot FILE] [--store memory|neo4j] [--limit N]

Prints the events of an entity in date order, each with its date as precise as the briefings
give it, its place, its participants with their roles, and its source (briefing and quote).
Runs the same code as the GraphQL field Query.timeline.

  --entity NAME      an entity id, name or alias (case- and width-insensitive)
  --from D, --to D   inclusive bounds: 2017, 2017-10 or 2017-10-08
  --kind K           only events of this kind (meeting, visit, signing...); repeatable
  --format F         md (default), csv or json
  --snapshot FILE    snapshot for the memory store (default data/graph.jsonl)
  --store S          memory (default) or neo4j
  --limit N          at most N events (default: all, read ${LIMITS.maxFirst} at a time)
`;

const FORMATS = ['md', 'csv', 'json'] as const;
type Format = (typeof FORMATS)[number];

/** "2017-10-08..13", "2017-11-21 – 2017-12-02", "2017-10" */
export function formatDateRange(start: string | null, end: string | null): string {
  if (!start) return 'undated';
  if (!end || end === start) return start;
  if (start.length === 10 && end.length === 10 && start.slice(0, 7) === end.slice(0, 7)) return `${start}..${end.slice(8)}`;
  return `${start}..${end}`;
}

function participantsText(entry: TimelineEntry): string {
  return entry.participants.map((p) => (p.roles.length ? `${p.name} (${p.roles.join(', ')})` : p.name)).join('; ');
}

function sourceText(entry: TimelineEntry): string {
  const s = entry.sources[0];
  if (!s) return '';
  if (s.citation && !s.briefing) return s.citation;
  return [s.briefing, s.quote ? `“${s.quote}”` : null].filter(Boolean).join(': ');
}

function markdownCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}

export function renderMarkdown(title: string, entries: readonly TimelineEntry[]): string {
  const lines = [`# ${title}`, '', '| date | event | kind | place | participants | source |', '|---|---|---|---|---|---|'];
  for (const e of entries) {
    const name = e.nameEn ? `${e.name} (${e.nameEn})` : e.name;
    lines.push(`| ${[formatDateRange(e.startDate, e.endDate), name, e.kind ?? '', e.places.join(', '), participantsText(e), sourceText(e)].map(markdownCell).join(' | ')} |`);
  }
  if (entries.length === 0) lines.push('', '_No events._');
  return lines.join('\n') + '\n';
}

function csvCell(text: string): string {
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function renderCsv(entries: readonly TimelineEntry[]): string {
  const header = ['start_date', 'end_date', 'date_precision', 'event_id', 'event', 'event_en', 'kind', 'places', 'participants', 'briefing', 'quote'];
  const rows = entries.map((e) => [
    e.startDate ?? '',
    e.endDate ?? '',
    e.datePrecision ?? '',
    e.id,
    e.name,
    e.nameEn ?? '',
    e.kind ?? '',
    e.places.join('; '),
    participantsText(e),
    e.sources[0]?.briefing ?? e.sources[0]?.citation ?? '',
    e.sources[0]?.quote ?? '',
  ]);
  return [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\n') + '\n';
}

async function openStore(kind: string | undefined, snapshot: string | undefined): Promise<GraphStore> {
  const config = loadConfig();
  const store = kind === undefined ? config.store : parseStoreKind(kind, '--store');
  if (store === 'neo4j') {
    const { openNeo4jStore } = await import('../store/neo4j/index.js');
    return openNeo4jStore(config.neo4j);
  }
  return openMemoryStore(snapshot ? path.resolve(snapshot) : config.snapshotPath, { watch: false });
}

export interface TimelineReport {
  entity: { id: string; name: string; type: string };
  from: string | null;
  to: string | null;
  events: TimelineEntry[];
}

/** Every event of the entity (paging through Query.timeline's code path), described. */
export async function buildTimelineReport(store: GraphStore, options: { entity: string; from?: string; to?: string; kinds?: string[]; limit?: number }): Promise<TimelineReport> {
  const context = createContext(store);
  const events = [];
  let after: string | undefined;
  let offset = 0;
  let entity = null;
  for (;;) {
    const want = Math.min(LIMITS.maxFirst, (options.limit ?? Infinity) - events.length);
    if (want <= 0) break;
    const page = await timeline(context, { entity: options.entity, from: options.from, to: options.to, kinds: options.kinds, first: want, after });
    if (page.unknownEntity) throw new CliError(`--entity ${JSON.stringify(options.entity)} names no entity in the graph; try an id, a Chinese or English name, or an abbreviation`);
    entity = page.entity;
    events.push(...page.events);
    offset = page.offset + page.events.length;
    if (page.events.length === 0 || offset >= page.totalCount) break;
    after = encodeCursor(offset - 1);
  }
  return {
    entity: { id: entity!.id, name: String(entity!.properties.name), type: entity!.label },
    from: options.from ?? null,
    to: options.to ?? null,
    events: await describeEvents(context, events),
  };
}

export async function runTimeline(args: string[]): Promise<number> {
  const parsed = parseCommandArgs(
    args,
    {
      entity: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      kind: { type: 'string', multiple: true },
      format: { type: 'string', default: 'md' },
      snapshot: { type: 'string' },
      store: { type: 'string' },
      limit: { type: 'string' },
    },
    HELP,
  );
  if (!parsed) return 0;
  const { values } = parsed;
  if (!values.entity) throw new CliError(`--entity is required; expected an entity id, name or alias\n${HELP}`, 2);
  const format = values.format as Format;
  if (!FORMATS.includes(format)) throw new CliError(`--format is ${JSON.stringify(values.format)}; expected md, csv or json`, 2);
  let limit: number | undefined;
  if (values.limit !== undefined) {
    limit = Number(values.limit);
    if (!Number.isInteger(limit) || limit < 1) throw new CliError(`--limit is ${JSON.stringify(values.limit)}; expected a positive whole number`, 2);
  }
  // Dates are ISO, truncated: compared over the precision both have, a later --from is reversed.
  if (values.from !== undefined && values.to !== undefined) {
    const common = Math.min(values.from.trim().length, values.to.trim().length);
    if (values.from.trim().slice(0, common) > values.to.trim().slice(0, common)) {
      throw new CliError(`--from ${values.from} is after --to ${values.to}; expected --from on or before --to (swap them?)`, 2);
    }
  }
  let store: GraphStore;
  try {
    store = await openStore(values.store, values.snapshot);
  } catch (error) {
    if (error instanceof ConfigError) throw new CliError(error.message, 2);
    throw error;
  }
  try {
    if (values.kind?.length) {
      // A misspelt kind would filter every event out and print an empty table.
      const { events } = await store.events({}, { offset: 0, limit: Number.MAX_SAFE_INTEGER });
      const known = [...new Set(events.map((e) => e.properties.kind).filter((k): k is string => typeof k === 'string'))].sort();
      const unknown = values.kind.filter((k) => !known.includes(k));
      if (unknown.length > 0) throw new CliError(`--kind ${unknown.map((k) => JSON.stringify(k)).join(', ')}: no event in the graph has ${unknown.length === 1 ? 'that kind' : 'those kinds'}; expected one of ${known.join(', ')}`, 2);
    }
    const report = await buildTimelineReport(store, { entity: values.entity, from: values.from, to: values.to, kinds: values.kind, limit });
    if (report.events.length === 0) {
      const filters = [values.from || values.to ? `between ${values.from ?? 'the start'} and ${values.to ?? 'now'}` : '', values.kind?.length ? `of kind ${values.kind.join(' or ')}` : ''].filter(Boolean).join(' ');
      process.stderr.write(`kg timeline: no events for ${report.entity.name} (${report.entity.id})${filters ? ` ${filters}` : ''}\n`);
    }
    const title = `Timeline: ${report.entity.name}${report.from || report.to ? ` (${report.from ?? '…'} to ${report.to ?? '…'})` : ''}`;
    const out = format === 'json' ? JSON.stringify(report, null, 2) + '\n' : format === 'csv' ? renderCsv(report.events) : renderMarkdown(title, report.events);
    process.stdout.write(out);
    return 0;
  } catch (error) {
    // Argument errors from the API (ambiguous name, bad date) are user errors here.
    if (error instanceof GraphQLError) throw new CliError(error.message.replace(/^entity /, '--entity ').replace(/^(from|to) /, '--$1 '), 2);
    throw error;
  } finally {
    await store.close();
  }
}

import path from 'node:path';
import { GraphQLError } from 'graphql';
import { writeFileSync } from 'node:fs';
import { createContext, describeEvents, encodeCursor, timeline, LIMITS, type TimelineEntry } from '../api/index.js';
import { renderCsv, renderMarkdown } from '../explore/timelineExports.js';
import { ConfigError, loadConfig, parseStoreKind } from '../config.js';
import type { GraphStore } from '../store/GraphStore.js';
import { openMemoryStore } from '../store/memory/index.js';
import { CliError } from './cliError.js';
import { parseCommandArgs } from './parseCommandArgs.js';

const HELP = `usage: kg timeline --entity NAME [--from D] [--to D] [--kind K]... [--format md|csv|json|svg|png]
                   [--out FILE] [--snapshot FILE] [--store memory|neo4j] [--limit N]

Prints the events of an entity in date order, each with its date as precise as the briefings
give it, its place, its participants with their roles, and its source (briefing and quote).
Runs the same code as the GraphQL field Query.timeline.

  --entity NAME      an entity id, name or alias (case- and width-insensitive)
  --from D, --to D   inclusive bounds: 2017, 2017-10 or 2017-10-08
  --kind K           only events of this kind (meeting, visit, signing...); repeatable
  --format F         md (default), csv, json, or a picture: svg or png (the explore page's
                     timeline, drawn with the bundled CJK font)
  --out FILE         write to FILE instead of standard output (png needs it, or a pipe)
  --snapshot FILE    snapshot for the memory store (default data/graph.jsonl)
  --store S          memory (default) or neo4j
  --limit N          at most N events (default: all, read ${LIMITS.maxFirst} at a time)
`;

const FORMATS = ['md', 'csv', 'json', 'svg', 'png'] as const;
type Format = (typeof FORMATS)[number];

// The text formats live with the page's exports, so the page and the command write the same files.
export { formatDateRange, renderCsv, renderMarkdown } from '../explore/timelineExports.js';

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

async function renderReport(format: Format, title: string, report: TimelineReport): Promise<string | Buffer> {
  if (format === 'json') return JSON.stringify(report, null, 2) + '\n';
  if (format === 'csv') return renderCsv(report.events);
  if (format === 'md') return renderMarkdown(title, report.events);
  // ECharts and resvg load only when a picture is asked for.
  const { renderTimelinePng, renderTimelineSvg, MissingFontError } = await import('../explore/renderTimelineImage.js');
  try {
    return format === 'svg' ? renderTimelineSvg(report.events, title) : renderTimelinePng(report.events, title);
  } catch (error) {
    if (error instanceof MissingFontError) throw new CliError(error.message);
    throw error;
  }
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
      out: { type: 'string' },
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
  if (!FORMATS.includes(format)) throw new CliError(`--format is ${JSON.stringify(values.format)}; expected md, csv, json, svg or png`, 2);
  if (format === 'png' && !values.out && process.stdout.isTTY) throw new CliError('--format png writes binary image data; give --out FILE or redirect standard output to a file', 2);
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
    const out = await renderReport(format, title, report);
    if (values.out) writeFileSync(values.out, out);
    else process.stdout.write(out);
    return 0;
  } catch (error) {
    // Argument errors from the API (ambiguous name, bad date) are user errors here.
    if (error instanceof GraphQLError) throw new CliError(error.message.replace(/^entity /, '--entity ').replace(/^(from|to) /, '--$1 '), 2);
    throw error;
  } finally {
    await store.close();
  }
}

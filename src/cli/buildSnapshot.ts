import { mkdir, open, rename, rm, stat, writeFile, readdir, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { DiscoveryRegistrar, extractGraph, loadGazetteer, loadReferenceFacts, ReadingMerger, type BriefingReading, type ExtractOptions, type ExtractResult, type SkipRecord } from '../extract/index.js';
import { serializeGraphChunks, type BriefingNode, type Graph } from '../graph/index.js';
import { listBriefingFiles } from '../ingest/index.js';
import { briefingBytes, BuildInputError, BuildWorkers, defaultBuildWorkers, readBriefings, readInWorkers, type ReadBriefings } from './readBriefings.js';

// `kg build` as a function: read briefings and seed data, extract, write the snapshot
// atomically (a temporary file renamed over the old one), and summarise what was built.

export interface BuildSummary {
  out: string;
  files: string[];
  bytesRead: number;
  nodesByLabel: Record<string, number>;
  relationshipsByType: Record<string, number>;
  skips: SkipRecord[];
  warnings: string[];
  graph: Graph;
  millis: number;
  /** Where the time went: reading and searching the briefings, extracting, writing the snapshot. */
  phases: { readMs: number; extractMs: number; writeMs: number; workers: number };
}

export { BuildInputError, MAX_BRIEFING_BYTES } from './readBriefings.js';

/** Below this much briefing text, a build reads in one thread unless told otherwise (--workers). */
export const PARALLEL_FROM_BYTES = 4 * 1024 * 1024;

export interface BuildSnapshotOptions {
  inputs: string[];
  seedDir: string;
  out: string;
  /** Called with one line per step, for a terminal. */
  progress?: (message: string) => void;
  /** Worker threads reading the briefings side by side while this one registers and merges (default: defaultBuildWorkers() for corpora of PARALLEL_FROM_BYTES or more; 0: none, this thread reads). */
  workers?: number;
}

/** Chinese characters a line needs to count as body text rather than a label or a stray word. */
const MIN_BODY_CJK = 10;
const CJK = /[\u3400-\u9fff]/g;

/**
 * Briefings in which no article has a line of body text: a line outside headings with at least
 * MIN_BODY_CJK Chinese characters. A README, an English note or a file of headings only is not
 * a briefing, and building from it would replace the snapshot with a graph of the seed data alone.
 */
export function briefingsWithoutText(graph: Graph): BriefingNode[] {
  const withText = new Set<string>();
  for (const article of graph.articles) {
    if (withText.has(article.briefingId)) continue;
    for (const line of article.text.split('\n')) {
      if (/^\s*#/.test(line)) continue;
      if ((line.match(CJK)?.length ?? 0) >= MIN_BODY_CJK) {
        withText.add(article.briefingId);
        break;
      }
    }
  }
  return graph.briefings.filter((b) => !withText.has(b.id));
}

export async function buildSnapshot(options: BuildSnapshotOptions): Promise<BuildSummary> {
  const started = Date.now();
  const progress = options.progress ?? (() => {});
  const files = await listBriefingFiles(options.inputs);
  // Seed data first: a broken gazetteer is reported before any briefing is read.
  const gazetteer = await loadGazetteer(options.seedDir);
  const reference = await loadReferenceFacts(options.seedDir, gazetteer);
  progress(`reading ${files.length} briefing${files.length === 1 ? '' : 's'}; gazetteer: ${gazetteer.entries.length} entities; reference facts: ${reference.length}`);
  // Starting workers (each loads and compiles the extractor) costs more than it saves on a few
  // briefings: by default they read corpora of PARALLEL_FROM_BYTES or more.
  const total = await briefingBytes(files);
  const workerCount = options.workers ?? (total >= PARALLEL_FROM_BYTES ? defaultBuildWorkers() : 0);
  const pool = BuildWorkers.start(Math.min(workerCount, files.length), options.seedDir, gazetteer);
  let result: ExtractResult;
  let read: ReadBriefings;
  let readMs: number;
  const extractStarted = Date.now();
  try {
    const extractOptions: ExtractOptions = {
      gazetteer,
      reference,
      onProgress: (e) => progress(`[${e.index + 1}/${e.total}] ${e.pass === 'discover' ? 'discovering entities in' : 'reading facts from'} ${path.basename(e.briefing)}`),
    };
    // Any unreadable, undecodable or oversized file stops the build before anything is written.
    const readStarted = Date.now();
    if (pool) {
      // The workers search the briefings; this thread registers what they find as it comes in.
      const registrar = new DiscoveryRegistrar(files, extractOptions);
      read = await readInWorkers(files, pool, progress, (briefing, finds) => registrar.add(briefing, finds));
      readMs = Date.now() - readStarted;
      const discovery = registrar.finish();
      // Readings arrive in any order; each is merged as soon as those before it are.
      const merger = new ReadingMerger(discovery, extractOptions);
      const order = discovery.units.map((u) => u.b.file);
      const waiting = new Map<string, BriefingReading>();
      let next = 0;
      await pool.read(discovery, progress, (file, reading) => {
        waiting.set(file, reading);
        for (; next < order.length && waiting.has(order[next]!); next++) {
          merger.add(waiting.get(order[next]!)!);
          waiting.delete(order[next]!);
        }
      });
      result = merger.finish();
    } else {
      read = await readBriefings(files, { progress });
      readMs = Date.now() - readStarted;
      result = extractGraph(read.briefings, extractOptions);
    }
  } finally {
    await pool?.close();
  }
  const { graph, skips } = result;
  const { bytesRead, warnings, workers } = read;
  const extractMs = Date.now() - extractStarted - readMs;
  const empty = briefingsWithoutText(graph);
  if (empty.length > 0) {
    const named = empty.map((b) => files.find((f) => f.endsWith(b.file.replace(/^briefings\//, ''))) ?? b.file);
    throw new BuildInputError(`no article text found in ${named.join(', ')}: a briefing is expected to hold Chinese body text (lines of at least ${MIN_BODY_CJK} Chinese characters outside headings); nothing was written, ${options.out} is as it was`);
  }
  const writeStarted = Date.now();
  await writeAtomically(options.out, serializeGraphChunks(graph));
  const writeMs = Date.now() - writeStarted;
  progress(`wrote ${options.out}`);
  const nodesByLabel: Record<string, number> = { Briefing: graph.briefings.length, Article: graph.articles.length };
  for (const e of graph.entities) nodesByLabel[e.label] = (nodesByLabel[e.label] ?? 0) + 1;
  const relationshipsByType: Record<string, number> = {};
  for (const r of graph.relationships) relationshipsByType[r.type] = (relationshipsByType[r.type] ?? 0) + 1;
  return { out: options.out, files, bytesRead, nodesByLabel, relationshipsByType, skips, warnings, graph, millis: Date.now() - started, phases: { readMs, extractMs, writeMs, workers } };
}

/** Writes to a temporary file beside the target and renames it over the target. */
export async function writeAtomically(file: string, content: string | Iterable<string>): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
  try {
    if (typeof content === 'string') await writeFile(tmp, content, 'utf8');
    else await writeChunks(tmp, content);
    await rename(tmp, file);
  } catch (error) {
    await rm(tmp, { force: true });
    throw error;
  }
}

/**
 * Chunks as UTF-8, each written while the next one is built and encoded. Two buffers take turns:
 * encoding into a buffer at hand is much cheaper than letting each write allocate its own.
 */
async function writeChunks(file: string, chunks: Iterable<string>): Promise<void> {
  const handle = await open(file, 'w');
  const buffers = [Buffer.alloc(0), Buffer.alloc(0)];
  let turn = 0;
  let writing: Promise<void> | undefined;
  try {
    for (const chunk of chunks) {
      // three bytes of UTF-8 at most for each UTF-16 code unit
      if (buffers[turn]!.length < chunk.length * 3) buffers[turn] = Buffer.allocUnsafe(chunk.length * 3);
      const buffer = buffers[turn]!;
      const bytes = buffer.subarray(0, buffer.write(chunk, 'utf8'));
      await writing;
      writing = writeAll(handle, bytes);
      turn = 1 - turn;
    }
    await writing;
  } finally {
    // a chunk that failed to build leaves the write before it in flight
    await writing?.catch(() => {});
    await handle.close();
  }
}

async function writeAll(handle: FileHandle, bytes: Uint8Array): Promise<void> {
  for (let done = 0; done < bytes.length; ) done += (await handle.write(bytes, done)).bytesWritten;
}

async function newestMtime(target: string): Promise<number> {
  const s = await stat(target);
  if (!s.isDirectory()) return s.mtimeMs;
  let newest = s.mtimeMs;
  for (const entry of await readdir(target)) newest = Math.max(newest, await newestMtime(path.join(target, entry)));
  return newest;
}

/** True when the snapshot is missing or older than any briefing or seed file. */
export async function isSnapshotStale(snapshotPath: string, inputs: string[], seedDir: string): Promise<boolean> {
  let snapshot: number;
  try {
    snapshot = (await stat(snapshotPath)).mtimeMs;
  } catch {
    return true;
  }
  for (const input of [...inputs, seedDir]) {
    try {
      if ((await newestMtime(input)) > snapshot) return true;
    } catch {
      // A missing input is the build's error to report, not a reason to rebuild.
    }
  }
  return false;
}

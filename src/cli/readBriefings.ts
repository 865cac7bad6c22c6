import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { articlesOf, briefingIdOf, discoverBriefing, type BriefingReading, type BriefingUnit, type Candidate, type Discovery, type FactDraft, type Gazetteer, type PlaceHead, type PortableRegistry, type SentenceFinds } from '../extract/index.js';
import { ingestBriefing, type IngestedBriefing } from '../ingest/index.js';

// Reading the briefings for `kg build`: each file is decoded, normalised, split into articles
// and, in worker threads, searched for entities (pass 1 of extraction). Those steps depend on
// nothing but the file and the gazetteer, and they are about a third of a build, so on a
// machine with cores to spare (defaultBuildWorkers) they run side by side. Results are used in the order of
// the file list, so the snapshot is the same whichever worker finished first.

/** A briefing is a newsletter issue: tens of KiB. Beyond this, a file is not one (split it). */
export const MAX_BRIEFING_BYTES = 20 * 1024 * 1024;

export class BuildInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BuildInputError';
  }
}

export interface ReadBriefingsOptions {
  progress: (message: string) => void;
}

export interface ReadBriefings {
  briefings: IngestedBriefing[];
  bytesRead: number;
  warnings: string[];
  /** How many worker threads did the reading side by side (0: this thread alone). */
  workers: number;
}

/**
 * Worker threads reading a large build on this machine: one per core beside the one this thread
 * keeps for registering, merging and writing, at most four; none with fewer than three cores.
 * Each worker compiles the extractor again and its results are copied across, so a worker must
 * have a core of its own to pay: on two cores, one or two workers built the 100x corpus in
 * 10.9 s against 10.0-10.6 s in one thread, with half as much CPU time and memory again.
 */
export function defaultBuildWorkers(cores = availableParallelism()): number {
  return cores < 3 ? 0 : Math.min(cores - 1, 4);
}

// Gazetteer entries cross the thread boundary by id: a structured clone would copy them.
export type EncodedCandidate = Omit<Candidate, 'known' | 'placeHead'> & { known?: string; placeHead?: string };
export interface EncodedFinds {
  known: { start: number; end: number; text: string; value: string }[];
  candidates: EncodedCandidate[];
}

export function encodeFinds(finds: SentenceFinds[][]): EncodedFinds[][] {
  return finds.map((article) =>
    article.map((s) => ({
      known: s.known.map((m) => ({ start: m.start, end: m.end, text: m.text, value: m.value.id })),
      candidates: s.candidates.map(({ known, placeHead, ...rest }) => ({ ...rest, known: known?.id, placeHead: placeHead?.id })),
    })),
  );
}

export function decodeFinds(encoded: EncodedFinds[][], gazetteer: Gazetteer): SentenceFinds[][] {
  const entry = (id: string) => {
    const e = gazetteer.byId.get(id);
    if (!e) throw new Error(`a build worker named gazetteer entry ${id}, which this gazetteer does not have`);
    return e;
  };
  return encoded.map((article) =>
    article.map((s) => ({
      known: s.known.map((m) => ({ ...m, value: entry(m.value) })),
      candidates: s.candidates.map(({ known, placeHead, ...rest }) => {
        const c: Candidate = { ...rest };
        if (known !== undefined) c.known = entry(known);
        if (placeHead !== undefined) c.placeHead = entry(placeHead);
        return c;
      }),
    })),
  );
}

/**
 * A reading as it crosses the thread boundary: facts name their evidence by index into one
 * table of sentences, since a sentence that states several facts would be copied once for each.
 */
export type EncodedReading = Omit<BriefingReading, 'facts'> & { facts: (Omit<FactDraft, 'evidence'> & { evidence?: number })[]; sentences: string[] };

export function encodeReading(reading: BriefingReading): EncodedReading {
  const index = new Map<string, number>();
  const sentences: string[] = [];
  const facts = reading.facts.map(({ evidence, ...rest }) => {
    if (evidence === undefined) return rest;
    let i = index.get(evidence);
    if (i === undefined) {
      i = sentences.length;
      index.set(evidence, i);
      sentences.push(evidence);
    }
    return { ...rest, evidence: i };
  });
  return { ...reading, facts, sentences };
}

export function decodeReading(encoded: EncodedReading): BriefingReading {
  const { sentences, facts, ...rest } = encoded;
  return { ...rest, facts: facts.map(({ evidence, ...f }) => (evidence === undefined ? f : { ...f, evidence: sentences[evidence]! })) };
}

export type WorkerRequest =
  | { type: 'discover'; file: string }
  | { type: 'base'; registry: PortableRegistry; placeHeads: [string, PlaceHead][] }
  | { type: 'read'; file: string };

export type WorkerReply =
  | { type: 'discovered'; file: string; ok: true; bytes: number; briefing: IngestedBriefing; finds: EncodedFinds[][] }
  | { type: 'discovered'; file: string; ok: false; name: string; message: string }
  | { type: 'read'; file: string; reading: EncodedReading }
  | { type: 'failed'; message: string };

/** The compiled worker script; absent when the sources run untranspiled (tests), which read in-thread. */
function workerScript(): string | undefined {
  const here = fileURLToPath(import.meta.url);
  if (!here.endsWith('.js')) return undefined;
  const script = path.join(path.dirname(here), 'readWorker.js');
  return existsSync(script) ? script : undefined;
}

/** The files' total size, or a BuildInputError for the first (in list order) too large to be a briefing: checked before any is read. */
export async function briefingBytes(files: string[]): Promise<number> {
  let total = 0;
  for (const file of files) {
    const size = (await stat(file)).size;
    if (size > MAX_BRIEFING_BYTES) {
      throw new BuildInputError(`${file} is ${(size / 1024 / 1024).toFixed(1)} MiB; a briefing is expected to be at most ${MAX_BRIEFING_BYTES / 1024 / 1024} MiB (one newsletter issue per file: split it)`);
    }
    total += size;
  }
  return total;
}

function ingestedLine(i: number, total: number, file: string, b: IngestedBriefing): string {
  return `[${i}/${total}] ingested ${path.basename(file)}: ${b.articles.length} article${b.articles.length === 1 ? '' : 's'} (${b.encoding})`;
}

/** Files being read from disk while this thread ingests an earlier one. */
const READ_AHEAD = 4;

/**
 * The files' bytes in list order. Each read starts `ahead` files early, so the disk and the
 * thread pool work while this thread ingests; awaited one by one, every file costs the round
 * trips of its open, stat, read and close with this thread idle. A failed read surfaces at its turn.
 */
async function* readAhead(files: string[], ahead: number): AsyncGenerator<Buffer, void> {
  const started: Promise<Buffer>[] = [];
  let next = 0;
  const startNext = () => {
    const read = readFile(files[next++]!);
    // awaited at its turn; until then (or if an earlier file stops the build) a failure is not unhandled
    read.catch(() => {});
    started.push(read);
  };
  while (next < Math.min(ahead, files.length)) startNext();
  while (started.length > 0) {
    if (next < files.length) startNext();
    yield await started.shift()!;
  }
}

/**
 * Reads every file in this thread, or throws for the first (in list order) that cannot be read:
 * an unreadable or undecodable file stops the build before anything is written (sizes are
 * checked before, by briefingBytes).
 */
export async function readBriefings(files: string[], options: ReadBriefingsOptions): Promise<ReadBriefings> {
  const briefings: IngestedBriefing[] = [];
  const warnings: string[] = [];
  let bytesRead = 0;
  const reads = readAhead(files, READ_AHEAD);
  for (const [i, file] of files.entries()) {
    const bytes = (await reads.next()).value!;
    bytesRead += bytes.length;
    const b = ingestBriefing(bytes, file);
    briefings.push(b);
    for (const w of b.warnings) warnings.push(`${file}: ${w}`);
    options.progress(ingestedLine(i + 1, files.length, file, b));
  }
  return { briefings, bytesRead, warnings, workers: 0 };
}

/** What pass 1 gives for one file, with gazetteer entries linked again. */
export type Discovered =
  | { file: string; ok: true; bytes: number; briefing: IngestedBriefing; finds: SentenceFinds[][] }
  | { file: string; ok: false; name: string; message: string };

/**
 * The worker threads that read the briefings of one build. Each reads, ingests and searches the
 * files it is given (pass 1), keeps them, and later reads them for facts (pass 2) against the
 * registry discovery produced, which every worker receives. This thread reads nothing: it hands
 * out files, registers what pass 1 found and merges the readings in file order as they arrive,
 * so that serial work runs beside the reading instead of holding a reader back.
 */
export class BuildWorkers {
  private readonly owner = new Map<string, Worker>();
  private failure: ((error: Error) => void) | undefined;
  private constructor(
    private readonly pool: Worker[],
    private readonly gazetteer: Gazetteer,
  ) {
    for (const worker of pool) {
      // A worker that dies (out of memory, a seed file it cannot read) fails the build.
      worker.on('error', (error) => this.failure?.(error));
      worker.on('exit', (code) => this.failure?.(new Error(`a build worker stopped (exit code ${code}) before the build was done`)));
    }
  }

  /** `workers` threads (none below 1, or when the sources run untranspiled, as under tests). */
  static start(workers: number, seedDir: string, gazetteer: Gazetteer): BuildWorkers | undefined {
    const script = workerScript();
    if (!script || workers < 1) return undefined;
    return new BuildWorkers(
      Array.from({ length: workers }, () => new Worker(script, { workerData: { seedDir } })),
      gazetteer,
    );
  }

  /** Worker threads reading. */
  get size(): number {
    return this.pool.length;
  }

  /**
   * Runs every job: a job with a worker goes to that worker, the others to whichever worker asks
   * first. Each worker holds up to two at a time, so it never waits for this thread.
   */
  private run(jobs: { file: string; worker?: Worker }[], request: (file: string) => WorkerRequest, accept: (reply: WorkerReply, worker: Worker) => void): Promise<void> {
    return new Promise((resolve, reject) => {
      let settled = false;
      let done = 0;
      const listeners = new Map<Worker, (reply: WorkerReply) => void>();
      const settle = (error?: Error) => {
        if (settled) return;
        settled = true;
        for (const [worker, listener] of listeners) worker.off('message', listener);
        this.failure = undefined;
        if (error) reject(error);
        else resolve();
      };
      this.failure = settle;
      if (jobs.length === 0) return settle();
      const queues = new Map<Worker, string[]>(this.pool.map((w) => [w, []]));
      const shared: string[] = [];
      for (const job of jobs) (job.worker ? queues.get(job.worker)! : shared).push(job.file);
      const inFlight = new Map<Worker, number>(this.pool.map((w) => [w, 0]));
      const feed = (worker: Worker) => {
        while (inFlight.get(worker)! < 2) {
          const file = queues.get(worker)!.shift() ?? shared.shift();
          if (file === undefined) return;
          inFlight.set(worker, inFlight.get(worker)! + 1);
          worker.postMessage(request(file));
        }
      };
      for (const worker of this.pool) {
        const listener = (reply: WorkerReply) => {
          inFlight.set(worker, inFlight.get(worker)! - 1);
          if (reply.type === 'failed') return settle(new Error(reply.message));
          try {
            accept(reply, worker);
          } catch (error) {
            return settle(error as Error);
          }
          feed(worker);
          if (++done === jobs.length) settle();
        };
        listeners.set(worker, listener);
        worker.on('message', listener);
        feed(worker);
      }
    });
  }

  /** Pass 1 for every file; `onDiscovered` gets each result as it arrives, in any order. */
  async discover(files: string[], progress: (message: string) => void, onDiscovered: (d: Discovered) => void): Promise<void> {
    let done = 0;
    await this.run(
      files.map((file) => ({ file })),
      (file) => ({ type: 'discover', file }),
      (reply, worker) => {
        if (reply.type !== 'discovered') throw new Error(`a build worker answered ${reply.type} to discover`);
        this.owner.set(reply.file, worker);
        const d: Discovered = reply.ok ? { ...reply, finds: decodeFinds(reply.finds, this.gazetteer) } : reply;
        done++;
        if (d.ok) progress(ingestedLine(done, files.length, d.file, d.briefing));
        onDiscovered(d);
      },
    );
  }

  /** Pass 2: each file read by the worker that holds it, against the registry discovery left. */
  async read(discovery: Discovery, progress: (message: string) => void, onReading: (file: string, reading: BriefingReading) => void): Promise<void> {
    const registry = discovery.registry.toPortable();
    const placeHeads = [...discovery.placeHeads];
    for (const worker of this.pool) worker.postMessage({ type: 'base', registry, placeHeads } satisfies WorkerRequest);
    let done = 0;
    await this.run(
      discovery.units.map((u) => ({ file: u.b.file, worker: this.owner.get(u.b.file) })),
      (file) => ({ type: 'read', file }),
      (reply) => {
        if (reply.type !== 'read') throw new Error(`a build worker answered ${reply.type} to read`);
        done++;
        progress(`[${done}/${discovery.units.length}] read facts from ${path.basename(reply.file)}`);
        onReading(reply.file, decodeReading(reply.reading));
      },
    );
  }

  async close(): Promise<void> {
    this.failure = undefined;
    for (const worker of this.pool) worker.removeAllListeners('exit');
    await Promise.all(this.pool.map((w) => w.terminate()));
  }
}

/**
 * Pass 1 for one file, in whichever thread calls it: the result, and the briefing's articles
 * (a worker keeps them for pass 2). A file that cannot be read is a result too, named.
 */
export async function discoverFile(file: string, gazetteer: Gazetteer): Promise<{ discovered: Discovered; unit?: BriefingUnit }> {
  try {
    const bytes = await readFile(file);
    const briefing = ingestBriefing(bytes, file);
    const id = briefingIdOf(file);
    const unit = { b: briefing, id, articles: articlesOf(briefing, id) };
    return { discovered: { file, ok: true, bytes: bytes.length, briefing, finds: discoverBriefing(unit.articles, gazetteer) }, unit };
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    return { discovered: { file, ok: false, name: e.name, message: e.message } };
  }
}

/**
 * Pass 1 in the workers: the briefings in file order, or the first (in file order) that cannot
 * be read. `onDiscovered` gets each briefing and its finds as they arrive, in any order.
 */
export async function readInWorkers(files: string[], workers: BuildWorkers, progress: (message: string) => void, onDiscovered: (briefing: IngestedBriefing, finds: SentenceFinds[][]) => void): Promise<ReadBriefings> {
  const replies = new Map<string, Discovered>();
  await workers.discover(files, progress, (d) => {
    replies.set(d.file, d);
    if (d.ok) onDiscovered(d.briefing, d.finds);
  });
  const briefings: IngestedBriefing[] = [];
  const warnings: string[] = [];
  let bytesRead = 0;
  for (const file of files) {
    const reply = replies.get(file)!;
    if (!reply.ok) {
      const error = new Error(reply.message);
      error.name = reply.name;
      throw error;
    }
    bytesRead += reply.bytes;
    briefings.push(reply.briefing);
    for (const w of reply.briefing.warnings) warnings.push(`${file}: ${w}`);
  }
  return { briefings, bytesRead, warnings, workers: workers.size };
}

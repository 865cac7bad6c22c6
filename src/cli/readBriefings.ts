import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { articlesOf, briefingIdOf, discoverBriefing, readBriefing, type BriefingReading, type BriefingUnit, type Candidate, type Discovery, type FactDraft, type Gazetteer, type PlaceHead, type PortableRegistry, type ReadingBase, type SentenceFinds } from '../extract/index.js';
import { ingestBriefing, type IngestedBriefing } from '../ingest/index.js';

// Reading the briefings for `kg build`: each file is decoded, normalised, split into articles
// and, in worker threads, searched for entities (pass 1 of extraction). Those steps depend on
// nothing but the file and the gazetteer, and they are about a third of a build, so on a
// machine with more than one core they run side by side. Results are used in the order of
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
  /** Pass-1 discovery done with the workers, by file (empty when read in this thread alone). */
  discovered: Map<string, SentenceFinds[][]>;
  bytesRead: number;
  warnings: string[];
  /** How many threads did the reading side by side (0: this thread alone). */
  workers: number;
}

/** Threads reading a large build on this machine, this one included: one per core, at most four (merging and writing are one thread). */
export function defaultBuildWorkers(): number {
  return Math.min(availableParallelism(), 4);
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

async function checkSizes(files: string[]): Promise<void> {
  for (const file of files) {
    const size = (await stat(file)).size;
    if (size > MAX_BRIEFING_BYTES) {
      throw new BuildInputError(`${file} is ${(size / 1024 / 1024).toFixed(1)} MiB; a briefing is expected to be at most ${MAX_BRIEFING_BYTES / 1024 / 1024} MiB (one newsletter issue per file: split it)`);
    }
  }
}

function ingestedLine(i: number, total: number, file: string, b: IngestedBriefing): string {
  return `[${i}/${total}] ingested ${path.basename(file)}: ${b.articles.length} articles (${b.encoding})`;
}

/**
 * Reads every file in this thread, or throws for the first (in list order) that cannot be read:
 * an oversized, unreadable or undecodable file stops the build before anything is written.
 */
export async function readBriefings(files: string[], options: ReadBriefingsOptions): Promise<ReadBriefings> {
  await checkSizes(files);
  const briefings: IngestedBriefing[] = [];
  const warnings: string[] = [];
  let bytesRead = 0;
  for (const [i, file] of files.entries()) {
    const bytes = await readFile(file);
    bytesRead += bytes.length;
    const b = ingestBriefing(bytes, file);
    briefings.push(b);
    for (const w of b.warnings) warnings.push(`${file}: ${w}`);
    options.progress(ingestedLine(i + 1, files.length, file, b));
  }
  return { briefings, discovered: new Map(), bytesRead, warnings, workers: 0 };
}

/** Who reads a briefing: a worker thread, or this thread. */
type Reader = Worker | 'here';

/** What pass 1 gives for one file, with gazetteer entries linked again. */
export type Discovered =
  | { file: string; ok: true; bytes: number; briefing: IngestedBriefing; finds: SentenceFinds[][] }
  | { file: string; ok: false; name: string; message: string };

/**
 * The threads that read the briefings of one build: worker threads, and this thread too (it
 * would otherwise wait), so a 2-core machine runs one worker beside it. Each reads, ingests and
 * searches the files it is given (pass 1), keeps them, and later reads them for facts (pass 2)
 * against the registry discovery produced, which every worker receives.
 */
export class BuildWorkers {
  private readonly owner = new Map<string, Reader>();
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

  /** `threads`: how many threads read, this one included; fewer than 2 means no workers. */
  static start(threads: number, seedDir: string, gazetteer: Gazetteer): BuildWorkers | undefined {
    const script = workerScript();
    if (!script || threads < 2) return undefined;
    return new BuildWorkers(
      Array.from({ length: threads - 1 }, () => new Worker(script, { workerData: { seedDir } })),
      gazetteer,
    );
  }

  /** Threads reading, this one included. */
  get size(): number {
    return this.pool.length + 1;
  }

  /**
   * Runs every job: each worker holds up to two at a time (so it never waits for this thread),
   * and this thread takes one at a time between handling replies. Resolves with every result.
   */
  private run<R>(
    jobs: { file: string; reader?: Reader }[],
    request: (file: string) => WorkerRequest,
    accept: (reply: WorkerReply, worker: Worker) => R | undefined,
    here: (file: string) => Promise<R> | R,
  ): Promise<Map<string, R>> {
    const results = new Map<string, R>();
    return new Promise((resolve, reject) => {
      let settled = false;
      const listeners = new Map<Worker, (reply: WorkerReply) => void>();
      const settle = (error?: Error) => {
        if (settled) return;
        settled = true;
        for (const [worker, listener] of listeners) worker.off('message', listener);
        this.failure = undefined;
        if (error) reject(error);
        else resolve(results);
      };
      this.failure = settle;
      const queues = new Map<Reader, string[]>([...this.pool.map((w): [Reader, string[]] => [w, []]), ['here', []]]);
      const shared: string[] = [];
      for (const job of jobs) (job.reader ? queues.get(job.reader)! : shared).push(job.file);
      // This thread can read any briefing (it has them all), so when its own work runs out it
      // takes the last job from the longest worker queue rather than wait.
      const steal = () => {
        let longest: string[] | undefined;
        for (const worker of this.pool) {
          const queue = queues.get(worker)!;
          if (queue.length > (longest?.length ?? 0)) longest = queue;
        }
        return longest?.pop();
      };
      const take = (reader: Reader) => queues.get(reader)!.shift() ?? shared.shift() ?? (reader === 'here' ? steal() : undefined);
      const inFlight = new Map<Worker, number>(this.pool.map((w) => [w, 0]));
      const feed = (worker: Worker) => {
        while (inFlight.get(worker)! < 2) {
          const file = take(worker);
          if (file === undefined) return;
          inFlight.set(worker, inFlight.get(worker)! + 1);
          worker.postMessage(request(file));
        }
      };
      const done = () => {
        if (results.size === jobs.length) settle();
      };
      for (const worker of this.pool) {
        const listener = (reply: WorkerReply) => {
          inFlight.set(worker, inFlight.get(worker)! - 1);
          if (reply.type === 'failed') return settle(new Error(reply.message));
          try {
            const result = accept(reply, worker);
            if ('file' in reply && result !== undefined) results.set(reply.file, result);
          } catch (error) {
            return settle(error as Error);
          }
          feed(worker);
          done();
        };
        listeners.set(worker, listener);
        worker.on('message', listener);
        feed(worker);
      }
      // This thread's share, one job at a time, yielding between jobs so replies are handled
      // and the workers fed.
      const work = async () => {
        for (;;) {
          await new Promise((next) => setImmediate(next));
          if (settled) return;
          const file = take('here');
          if (file === undefined) return done();
          results.set(file, await here(file));
          done();
        }
      };
      work().catch((error: Error) => settle(error));
    });
  }

  /** Pass 1 for every file; results in any order, returned by file. */
  async discover(files: string[], progress: (message: string) => void): Promise<Map<string, Discovered>> {
    let done = 0;
    const report = (d: Discovered) => {
      done++;
      if (d.ok) progress(ingestedLine(done, files.length, d.file, d.briefing));
      return d;
    };
    return this.run(
      files.map((file) => ({ file })),
      (file) => ({ type: 'discover', file }),
      (reply, worker) => {
        if (reply.type !== 'discovered') return undefined;
        this.owner.set(reply.file, worker);
        return report(reply.ok ? { ...reply, finds: decodeFinds(reply.finds, this.gazetteer) } : reply);
      },
      async (file) => {
        this.owner.set(file, 'here');
        return report((await discoverFile(file, this.gazetteer)).discovered);
      },
    );
  }

  /** Pass 2: each file read by the thread that holds it, against the registry discovery left. */
  async read(discovery: Discovery, progress: (message: string) => void, onReading: (file: string, reading: BriefingReading) => void): Promise<void> {
    const registry = discovery.registry.toPortable();
    const placeHeads = [...discovery.placeHeads];
    for (const worker of this.pool) worker.postMessage({ type: 'base', registry, placeHeads } satisfies WorkerRequest);
    const units = new Map(discovery.units.map((u) => [u.b.file, u]));
    // Built on this thread's first briefing: it may have none to read.
    let base: ReadingBase | undefined;
    const baseHere = () => (base ??= { gazetteer: this.gazetteer, registry: discovery.registry, matcher: discovery.registry.buildMatcher(), placeHeads: discovery.placeHeads });
    let done = 0;
    const report = (file: string, reading: BriefingReading) => {
      done++;
      progress(`[${done}/${units.size}] read facts from ${path.basename(file)}`);
      onReading(file, reading);
      return true;
    };
    await this.run(
      discovery.units.map((u) => ({ file: u.b.file, reader: this.owner.get(u.b.file) })),
      (file) => ({ type: 'read', file }),
      (reply) => (reply.type === 'read' ? report(reply.file, decodeReading(reply.reading)) : undefined),
      (file) => report(file, readBriefing(units.get(file)!, baseHere())),
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
    const unit = { b: briefing, id: briefingIdOf(file), articles: articlesOf(briefing, briefingIdOf(file)) };
    return { discovered: { file, ok: true, bytes: bytes.length, briefing, finds: discoverBriefing(unit.articles, gazetteer) }, unit };
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    return { discovered: { file, ok: false, name: e.name, message: e.message } };
  }
}

/** Pass 1 in the workers: the briefings in file order, or the first (in file order) that cannot be read. */
export async function readInWorkers(files: string[], workers: BuildWorkers, progress: (message: string) => void): Promise<ReadBriefings> {
  await checkSizes(files);
  const replies = await workers.discover(files, progress);
  const briefings: IngestedBriefing[] = [];
  const discovered = new Map<string, SentenceFinds[][]>();
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
    discovered.set(file, reply.finds);
    for (const w of reply.briefing.warnings) warnings.push(`${file}: ${w}`);
  }
  return { briefings, discovered, bytesRead, warnings, workers: workers.size };
}

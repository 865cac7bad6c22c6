import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { BriefingReading, Candidate, FactDraft, Gazetteer, PlaceHead, PortableRegistry, SentenceFinds } from '../extract/index.js';
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
  /** Pass-1 discovery done by the workers, by file (empty when read in this thread). */
  discovered: Map<string, EncodedFinds[][]>;
  bytesRead: number;
  warnings: string[];
  /** How many worker threads did the reading. */
  workers: number;
}

/** Worker threads for a build on this machine: one per core, at most four (the rest of the build is one thread). */
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

/**
 * Worker threads for one build. Each reads, ingests and searches the files it is given
 * (pass 1), keeps them, and later reads them for facts (pass 2) against the registry that
 * discovery produced, which every worker receives.
 */
export class BuildWorkers {
  private readonly owner = new Map<string, Worker>();
  private failure: ((error: Error) => void) | undefined;
  private constructor(private readonly pool: Worker[]) {
    for (const worker of pool) {
      // A worker that dies (out of memory, a seed file it cannot read) fails the build.
      worker.on('error', (error) => this.failure?.(error));
      worker.on('exit', (code) => this.failure?.(new Error(`a build worker stopped (exit code ${code}) before the build was done`)));
    }
  }

  static start(count: number, seedDir: string): BuildWorkers | undefined {
    const script = workerScript();
    if (!script || count < 2) return undefined;
    return new BuildWorkers(Array.from({ length: count }, () => new Worker(script, { workerData: { seedDir } })));
  }

  get size(): number {
    return this.pool.length;
  }

  /** Sends jobs to free workers as they come free; resolves when every job has its reply. */
  private run<R>(jobs: { file: string; worker?: Worker }[], request: (file: string) => WorkerRequest, accept: (reply: WorkerReply, worker: Worker) => R | undefined): Promise<Map<string, R>> {
    const results = new Map<string, R>();
    return new Promise((resolve, reject) => {
      this.failure = reject;
      const queues = new Map<Worker, string[]>(this.pool.map((w) => [w, []]));
      const shared: string[] = [];
      for (const job of jobs) (job.worker ? queues.get(job.worker)! : shared).push(job.file);
      const next = (worker: Worker) => {
        const file = queues.get(worker)!.shift() ?? shared.shift();
        if (file !== undefined) worker.postMessage(request(file));
      };
      const listeners = new Map<Worker, (reply: WorkerReply) => void>();
      const finish = () => {
        for (const [worker, listener] of listeners) worker.off('message', listener);
        this.failure = undefined;
        resolve(results);
      };
      if (jobs.length === 0) return finish();
      for (const worker of this.pool) {
        const listener = (reply: WorkerReply) => {
          if (reply.type === 'failed') return reject(new Error(reply.message));
          let result: R | undefined;
          try {
            result = accept(reply, worker);
          } catch (error) {
            return reject(error as Error);
          }
          if ('file' in reply && result !== undefined) results.set(reply.file, result);
          if (results.size === jobs.length) finish();
          else next(worker);
        };
        listeners.set(worker, listener);
        worker.on('message', listener);
        next(worker);
      }
    });
  }

  /** Pass 1 for every file; replies in any order, returned by file. */
  async discover(files: string[], progress: (message: string) => void): Promise<Map<string, Extract<WorkerReply, { type: 'discovered' }>>> {
    let done = 0;
    return this.run(
      files.map((file) => ({ file })),
      (file) => ({ type: 'discover', file }),
      (reply, worker) => {
        if (reply.type !== 'discovered') return undefined;
        this.owner.set(reply.file, worker);
        done++;
        if (reply.ok) progress(ingestedLine(done, files.length, reply.file, reply.briefing));
        return reply;
      },
    );
  }

  /** Pass 2: each file read by the worker that holds it, against the registry discovery left. */
  async read(files: string[], registry: PortableRegistry, placeHeads: [string, PlaceHead][], progress: (message: string) => void, onReading: (file: string, reading: BriefingReading) => void): Promise<void> {
    for (const worker of this.pool) worker.postMessage({ type: 'base', registry, placeHeads } satisfies WorkerRequest);
    let done = 0;
    await this.run(
      files.map((file) => ({ file, worker: this.owner.get(file) })),
      (file) => ({ type: 'read', file }),
      (reply) => {
        if (reply.type !== 'read') return undefined;
        done++;
        progress(`[${done}/${files.length}] read facts from ${path.basename(reply.file)}`);
        onReading(reply.file, decodeReading(reply.reading));
        return true;
      },
    );
  }

  async close(): Promise<void> {
    this.failure = undefined;
    for (const worker of this.pool) worker.removeAllListeners('exit');
    await Promise.all(this.pool.map((w) => w.terminate()));
  }
}

/** Pass 1 in the workers: the briefings in file order, or the first (in file order) that cannot be read. */
export async function readInWorkers(files: string[], workers: BuildWorkers, progress: (message: string) => void): Promise<ReadBriefings> {
  await checkSizes(files);
  const replies = await workers.discover(files, progress);
  const briefings: IngestedBriefing[] = [];
  const discovered = new Map<string, EncodedFinds[][]>();
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

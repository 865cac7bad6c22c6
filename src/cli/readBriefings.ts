import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Candidate, Gazetteer, SentenceFinds } from '../extract/index.js';
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
  seedDir: string;
  /** Worker threads to use; 0 or 1 reads in this thread. */
  workers: number;
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

export interface WorkerRequest {
  file: string;
}

export type WorkerReply =
  | { file: string; ok: true; bytes: number; briefing: IngestedBriefing; finds: EncodedFinds[][] }
  | { file: string; ok: false; name: string; message: string };

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
 * Reads every file, or throws for the first (in list order) that cannot be read: an oversized,
 * unreadable or undecodable file stops the build before anything is written.
 */
export async function readBriefings(files: string[], options: ReadBriefingsOptions): Promise<ReadBriefings> {
  await checkSizes(files);
  const script = workerScript();
  const workers = Math.min(options.workers, files.length);
  if (script && workers >= 2) return readInWorkers(files, script, workers, options);
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

async function readInWorkers(files: string[], script: string, count: number, options: ReadBriefingsOptions): Promise<ReadBriefings> {
  const replies = new Map<string, WorkerReply>();
  const queue = [...files];
  const pool: Worker[] = [];
  let done = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      const next = (worker: Worker) => {
        const file = queue.shift();
        if (file !== undefined) worker.postMessage({ file } satisfies WorkerRequest);
        else if (replies.size === files.length) resolve();
      };
      for (let w = 0; w < count; w++) {
        const worker = new Worker(script, { workerData: { seedDir: options.seedDir } });
        pool.push(worker);
        worker.on('message', (reply: WorkerReply) => {
          replies.set(reply.file, reply);
          done++;
          if (reply.ok) options.progress(ingestedLine(done, files.length, reply.file, reply.briefing));
          next(worker);
        });
        // A worker that dies (out of memory, a seed file it cannot read) fails the build.
        worker.on('error', reject);
        worker.on('exit', (code) => {
          if (replies.size < files.length) reject(new Error(`a build worker stopped (exit code ${code}) before every briefing was read`));
        });
        next(worker);
      }
    });
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
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
  return { briefings, discovered, bytesRead, warnings, workers: count };
}

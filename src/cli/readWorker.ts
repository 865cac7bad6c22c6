import { readFile } from 'node:fs/promises';
import { parentPort, workerData } from 'node:worker_threads';
import { articlesOf, briefingIdOf, discoverBriefing, EntityRegistry, loadGazetteer, readBriefing, type BriefingUnit, type ReadingBase } from '../extract/index.js';
import { ingestBriefing } from '../ingest/index.js';
import { encodeFinds, encodeReading, type WorkerReply, type WorkerRequest } from './readBriefings.js';

// A build worker (see readBriefings.ts). Pass 1: reads, ingests and searches the briefings it
// is given, and keeps them. Pass 2: reads them for facts against the registry discovery left.

const port = parentPort;
if (!port) throw new Error('readWorker.js runs as a worker thread of kg build, not on its own');

const gazetteer = await loadGazetteer((workerData as { seedDir: string }).seedDir);
const units = new Map<string, BriefingUnit>();
let base: ReadingBase | undefined;

async function discover(file: string): Promise<WorkerReply> {
  try {
    const bytes = await readFile(file);
    const briefing = ingestBriefing(bytes, file);
    const unit = { b: briefing, id: briefingIdOf(file), articles: articlesOf(briefing, briefingIdOf(file)) };
    units.set(file, unit);
    return { type: 'discovered', file, ok: true, bytes: bytes.length, briefing, finds: encodeFinds(discoverBriefing(unit.articles, gazetteer)) };
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    return { type: 'discovered', file, ok: false, name: e.name, message: e.message };
  }
}

port.on('message', async (request: WorkerRequest) => {
  try {
    if (request.type === 'discover') port.postMessage(await discover(request.file));
    else if (request.type === 'base') {
      const registry = EntityRegistry.fromPortable(request.registry, gazetteer);
      base = { gazetteer, registry, matcher: registry.buildMatcher(), placeHeads: new Map(request.placeHeads) };
    } else {
      const unit = units.get(request.file);
      if (!unit || !base) throw new Error(`asked to read ${request.file} before discovering it and receiving the registry`);
      port.postMessage({ type: 'read', file: request.file, reading: encodeReading(readBriefing(unit, base)) } satisfies WorkerReply);
    }
  } catch (error) {
    port.postMessage({ type: 'failed', message: `build worker: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}` } satisfies WorkerReply);
  }
});

import { parentPort, workerData } from 'node:worker_threads';
import { EntityRegistry, loadGazetteer, readBriefing, type BriefingUnit, type ReadingBase } from '../extract/index.js';
import { discoverFile, encodeFinds, encodeReading, type WorkerReply, type WorkerRequest } from './readBriefings.js';

// A build worker (see readBriefings.ts). Pass 1: reads, ingests and searches the briefings it
// is given, and keeps them. Pass 2: reads them for facts against the registry discovery left.

const port = parentPort;
if (!port) throw new Error('readWorker.js runs as a worker thread of kg build, not on its own');

const gazetteer = await loadGazetteer((workerData as { seedDir: string }).seedDir);
const units = new Map<string, BriefingUnit>();
let base: ReadingBase | undefined;

async function discover(file: string): Promise<WorkerReply> {
  const { discovered, unit } = await discoverFile(file, gazetteer);
  if (unit) units.set(file, unit);
  return discovered.ok ? { type: 'discovered', ...discovered, finds: encodeFinds(discovered.finds) } : { type: 'discovered', ...discovered };
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

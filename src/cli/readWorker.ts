import { readFile } from 'node:fs/promises';
import { parentPort, workerData } from 'node:worker_threads';
import { articlesOf, briefingIdOf, discoverBriefing, loadGazetteer } from '../extract/index.js';
import { ingestBriefing } from '../ingest/index.js';
import { encodeFinds, type WorkerReply, type WorkerRequest } from './readBriefings.js';

// A build worker (see readBriefings.ts): reads, ingests and searches one briefing per message.

const port = parentPort;
if (!port) throw new Error('readWorker.js runs as a worker thread of kg build, not on its own');

const gazetteer = await loadGazetteer((workerData as { seedDir: string }).seedDir);

port.on('message', async ({ file }: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    const bytes = await readFile(file);
    const briefing = ingestBriefing(bytes, file);
    const finds = discoverBriefing(articlesOf(briefing, briefingIdOf(file)), gazetteer);
    reply = { file, ok: true, bytes: bytes.length, briefing, finds: encodeFinds(finds) };
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    reply = { file, ok: false, name: e.name, message: e.message };
  }
  port.postMessage(reply);
});

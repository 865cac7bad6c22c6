import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ENDPOINTS, FACT_TYPES, type FactType } from '../graph/ontology.js';
import type { PropertyValue } from '../graph/types.js';
import { SeedDataError, type Gazetteer } from './gazetteer.js';

// Reference facts (seed/reference/*.json): outside knowledge the briefings take for granted,
// each with its citation. They carry method "reference" and no evidence sentence.

export interface ReferenceFact {
  type: FactType;
  start: string;
  end: string;
  properties: Record<string, PropertyValue>;
  citation: string;
  confidence: number;
  note?: string;
}

export async function loadReferenceFacts(seedDir: string, gazetteer: Gazetteer): Promise<ReferenceFact[]> {
  const dir = path.join(seedDir, 'reference');
  let files: string[];
  try {
    const { readdir } = await import('node:fs/promises');
    files = (await readdir(dir)).filter((f) => f.endsWith('.json')).sort();
  } catch {
    return [];
  }
  const facts: ReferenceFact[] = [];
  for (const name of files) {
    const file = path.join(dir, name);
    let parsed: unknown;
    try {
      parsed = JSON.parse(await readFile(file, 'utf8'));
    } catch (error) {
      throw new SeedDataError(file, `is not valid JSON (${(error as Error).message})`);
    }
    if (!Array.isArray(parsed)) throw new SeedDataError(file, 'expected a JSON array of facts');
    parsed.forEach((raw: Record<string, unknown>, i) => {
      const where = `fact ${i}`;
      const type = raw.type as FactType;
      if (!FACT_TYPES.includes(type)) throw new SeedDataError(file, `${where} has type ${JSON.stringify(raw.type)}; expected one of ${FACT_TYPES.join(', ')}`);
      const start = gazetteer.byId.get(String(raw.start));
      const end = gazetteer.byId.get(String(raw.end));
      if (!start || !end) throw new SeedDataError(file, `${where} names ${!start ? raw.start : raw.end}, which is not in the gazetteer`);
      if (!ENDPOINTS[type].from.includes(start.label) || !ENDPOINTS[type].to.includes(end.label)) {
        throw new SeedDataError(file, `${where}: ${type} may not join ${start.label} to ${end.label}`);
      }
      if (typeof raw.citation !== 'string' || !raw.citation) throw new SeedDataError(file, `${where} has no "citation"`);
      facts.push({
        type,
        start: start.id,
        end: end.id,
        properties: (raw.properties ?? {}) as Record<string, PropertyValue>,
        citation: raw.citation,
        confidence: typeof raw.confidence === 'number' ? raw.confidence : 0.9,
        note: typeof raw.note === 'string' ? raw.note : undefined,
      });
    });
  }
  return facts;
}

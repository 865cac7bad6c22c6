// Reads the curated seed data (seed/gazetteer, seed/reference) and checks it against the
// ontology. The checks return problem lists instead of throwing so that a test can show every
// problem at once, and so that the checks themselves can be tested on bad input.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  ENDPOINTS,
  FACT_TYPES,
  ID_PREFIX,
  labelOfId,
  type EntityLabel,
  type FactType,
} from '../../src/graph/ontology.js';
import { foldName } from '../../src/graph/fold.js';

type Fold = (name: string) => string;

export const SEED_DIR = fileURLToPath(new URL('../../seed/', import.meta.url));

/** One gazetteer file per label (seed/README.md). */
export const GAZETTEER_FILES: Record<string, EntityLabel> = {
  'organizations.json': 'Organization',
  'people.json': 'Person',
  'ecolabels.json': 'EcoLabel',
  'standards.json': 'Standard',
  'projects.json': 'Project',
  'documents.json': 'Document',
  'agreements.json': 'Agreement',
  'places.json': 'Place',
};

export interface GazetteerEntry {
  id: string;
  name: string;
  nameZh?: string;
  nameEn?: string;
  aliases: string[];
  noMatch?: string[];
  kind?: string;
  country?: string;
  description?: string;
  in?: string;
  source?: string;
}

export interface ReferenceFact {
  type: string;
  start: string;
  end: string;
  properties: Record<string, string | number | boolean>;
  citation: string;
  confidence: number;
  note?: string;
}

export const ORGANIZATION_KINDS = [
  'certification_body', 'ecolabel_body', 'government_agency', 'ministry', 'department',
  'intergovernmental', 'ngo', 'network', 'alliance', 'company', 'university',
  'research_institute', 'association', 'embassy', 'fund', 'media', 'hospital', 'other',
];
export const PLACE_KINDS = ['country', 'region', 'province', 'state', 'city', 'territory', 'venue'];

const ENTRY_KEYS = new Set(['id', 'name', 'nameZh', 'nameEn', 'aliases', 'noMatch', 'kind', 'country', 'description', 'in', 'source']);
const FACT_KEYS = new Set(['type', 'start', 'end', 'properties', 'citation', 'confidence', 'note']);
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function readJson(relativePath: string): unknown {
  const file = `${SEED_DIR}${relativePath}`;
  const text = readFileSync(file, 'utf8');
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new Error(`${file}: not valid JSON (${(error as Error).message})`);
  }
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

/** Shape problems of one gazetteer file's content; `label` fixes the id prefix. */
export function entryProblems(file: string, label: EntityLabel, data: unknown): string[] {
  if (!Array.isArray(data)) return [`${file}: expected a JSON array of entries`];
  const problems: string[] = [];
  data.forEach((raw: unknown, index) => {
    const where = `${file}[${index}]`;
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      problems.push(`${where}: expected an object`);
      return;
    }
    const entry = raw as Record<string, unknown>;
    for (const key of Object.keys(entry)) if (!ENTRY_KEYS.has(key)) problems.push(`${where}: unknown key "${key}"`);
    const id = entry['id'];
    if (typeof id !== 'string') {
      problems.push(`${where}: id must be a string`);
    } else {
      const colon = id.indexOf(':');
      const prefix = id.slice(0, colon);
      if (prefix !== ID_PREFIX[label]) problems.push(`${where}: id "${id}" must start with "${ID_PREFIX[label]}:"`);
      if (!SLUG.test(id.slice(colon + 1))) problems.push(`${where}: id "${id}" has a slug that is not lower-case ASCII kebab`);
    }
    if (typeof entry['name'] !== 'string' || entry['name'].trim() === '') problems.push(`${where}: name must be a non-empty string`);
    if (!isStringArray(entry['aliases'])) problems.push(`${where}: aliases must be an array of strings`);
    if (entry['noMatch'] !== undefined && !isStringArray(entry['noMatch'])) problems.push(`${where}: noMatch must be an array of strings`);
    for (const key of ['nameZh', 'nameEn', 'kind', 'country', 'description', 'in', 'source']) {
      if (entry[key] !== undefined && (typeof entry[key] !== 'string' || entry[key] === '')) {
        problems.push(`${where}: ${key} must be a non-empty string when present`);
      }
    }
    if (isStringArray(entry['aliases'])) {
      const forms = new Set([entry['name'] as string, ...entry['aliases']]);
      for (const blocked of isStringArray(entry['noMatch']) ? entry['noMatch'] : []) {
        if (!forms.has(blocked)) problems.push(`${where}: noMatch form "${blocked}" is neither its name nor one of its aliases`);
      }
      for (const form of forms) if (foldName(form) === '') problems.push(`${where}: a name form folds to nothing`);
    }
  });
  return problems;
}

/** Every name form of an entry: name, nameZh, nameEn and aliases. */
export function namesOf(entry: GazetteerEntry): string[] {
  return [entry.name, entry.nameZh, entry.nameEn, ...entry.aliases].filter((n): n is string => n !== undefined);
}

/** Folded forms that the matcher may use alone: every name form not listed in noMatch. */
export function matchableFolds(entry: GazetteerEntry, fold: Fold = foldName): Set<string> {
  const blocked = new Set((entry.noMatch ?? []).map(fold));
  return new Set(namesOf(entry).map(fold).filter((folded) => !blocked.has(folded)));
}

/** Folded forms that two or more entities may be matched by. */
export function nameCollisions(entries: GazetteerEntry[], fold: Fold = foldName): string[] {
  const owners = new Map<string, string[]>();
  for (const entry of entries) {
    for (const folded of matchableFolds(entry, fold)) {
      const list = owners.get(folded) ?? [];
      list.push(entry.id);
      owners.set(folded, list);
    }
  }
  return [...owners].filter(([, ids]) => ids.length > 1).map(([folded, ids]) => `"${folded}" names ${ids.join(', ')}`);
}

/** Problems with `in`: unknown targets, targets that are not places, and cycles. */
export function containmentProblems(entries: GazetteerEntry[]): string[] {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const problems: string[] = [];
  for (const entry of entries) {
    if (entry.in === undefined) continue;
    const target = byId.get(entry.in);
    if (!target) problems.push(`${entry.id}: "in" names unknown ${entry.in}`);
    else if (labelOfId(target.id) !== 'Place') problems.push(`${entry.id}: "in" names ${entry.in}, which is not a place`);
    const seen = new Set<string>([entry.id]);
    for (let at = byId.get(entry.in); at; at = at.in === undefined ? undefined : byId.get(at.in)) {
      if (seen.has(at.id)) {
        problems.push(`${entry.id}: "in" chain loops at ${at.id}`);
        break;
      }
      seen.add(at.id);
    }
  }
  return problems;
}

/** Problems of the reference facts against the ontology and the gazetteer's ids. */
export function factProblems(data: unknown, knownIds: Set<string>): string[] {
  if (!Array.isArray(data)) return ['facts.json: expected a JSON array of facts'];
  const problems: string[] = [];
  const seen = new Set<string>();
  data.forEach((raw: unknown, index) => {
    const where = `facts.json[${index}]`;
    if (typeof raw !== 'object' || raw === null) {
      problems.push(`${where}: expected an object`);
      return;
    }
    const fact = raw as Record<string, unknown>;
    for (const key of Object.keys(fact)) if (!FACT_KEYS.has(key)) problems.push(`${where}: unknown key "${key}"`);
    const { type, start, end, properties, citation, confidence } = fact;
    if (typeof type !== 'string' || !(FACT_TYPES as readonly string[]).includes(type)) {
      problems.push(`${where}: type must be one of ${FACT_TYPES.join(', ')}`);
      return;
    }
    if (typeof start !== 'string' || !knownIds.has(start)) problems.push(`${where}: start "${String(start)}" is not a gazetteer id`);
    if (typeof end !== 'string' || !knownIds.has(end)) problems.push(`${where}: end "${String(end)}" is not a gazetteer id`);
    if (typeof start === 'string' && typeof end === 'string') {
      const from = labelOfId(start);
      const to = labelOfId(end);
      const rule = ENDPOINTS[type as FactType];
      if (!from || !to || !rule.from.includes(from) || !rule.to.includes(to)) {
        problems.push(`${where}: ${type} may not join ${from ?? start} to ${to ?? end}`);
      }
    }
    if (typeof properties !== 'object' || properties === null || Array.isArray(properties)) {
      problems.push(`${where}: properties must be an object`);
    } else {
      const props = properties as Record<string, unknown>;
      for (const [key, value] of Object.entries(props)) {
        if (!['string', 'number', 'boolean'].includes(typeof value)) problems.push(`${where}: property ${key} must be a scalar`);
      }
      const since = props['since'];
      if (since !== undefined && (typeof since !== 'string' || !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(since))) {
        problems.push(`${where}: since must be an ISO date truncated to its precision`);
      }
    }
    if (typeof citation !== 'string' || citation.trim() === '') problems.push(`${where}: citation must be a non-empty string`);
    if (typeof confidence !== 'number' || !(confidence > 0 && confidence <= 1)) problems.push(`${where}: confidence must be in (0, 1]`);
    const key = JSON.stringify([type, start, end, properties]);
    if (seen.has(key)) problems.push(`${where}: duplicate of an earlier fact`);
    seen.add(key);
  });
  return problems;
}

/** Every gazetteer file with its label: `places.json`, and topic files such as `places.cldr.json`. */
export function gazetteerFiles(): [string, EntityLabel][] {
  return readdirSync(`${SEED_DIR}gazetteer`)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const label = GAZETTEER_FILES[`${f.split('.')[0]}.json`];
      if (!label) throw new Error(`seed/gazetteer/${f}: not a gazetteer file name`);
      return [f, label];
    });
}

export function loadGazetteer(): Map<EntityLabel, GazetteerEntry[]> {
  const result = new Map<EntityLabel, GazetteerEntry[]>();
  for (const [file, label] of gazetteerFiles()) {
    const data = readJson(`gazetteer/${file}`);
    const problems = entryProblems(file, label, data);
    if (problems.length > 0) throw new Error(problems.join('\n'));
    result.set(label, [...(result.get(label) ?? []), ...(data as GazetteerEntry[])]);
  }
  return result;
}

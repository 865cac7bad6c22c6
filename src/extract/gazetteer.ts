import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { foldCompact, foldName, foldsToItself, isEntityLabel, ID_PREFIX, type EntityLabel } from '../graph/index.js';
import { NameMatcher } from './nameMatcher.js';

// The curated gazetteer (seed/gazetteer/*.json): known entities and every name they go by.
// It gives identity, not facts: which strings denote the same thing, and what type it is.

export interface GazetteerEntry {
  id: string;
  label: EntityLabel;
  name: string;
  nameZh?: string;
  nameEn?: string;
  aliases: string[];
  /** Names that are real but too ambiguous to match alone in free text; they stay aliases. */
  noMatch: string[];
  kind?: string;
  country?: string;
  description?: string;
  /** Containing place (places) — curated geography. */
  in?: string;
  /**
   * Where the entry's identity comes from when that is outside knowledge (CLDR, the UN's own
   * Chinese names, GEN's member list): a citation. Entries without it were curated from the
   * briefings; the quality report's leave-one-briefing-out build keeps only the sourced ones
   * and those another briefing mentions.
   */
  source?: string;
}

export class SeedDataError extends Error {
  constructor(
    readonly file: string,
    detail: string,
  ) {
    super(`${file}: ${detail}`);
    this.name = 'SeedDataError';
  }
}

const FILE_LABELS: Record<string, EntityLabel> = {
  'organizations.json': 'Organization',
  'people.json': 'Person',
  'ecolabels.json': 'EcoLabel',
  'standards.json': 'Standard',
  'agreements.json': 'Agreement',
  'events.json': 'Event',
  'projects.json': 'Project',
  'documents.json': 'Document',
  'places.json': 'Place',
};

/** The answer for a name no entry has. */
const NO_ENTRIES: readonly GazetteerEntry[] = Object.freeze([]);

export class Gazetteer {
  readonly byId = new Map<string, GazetteerEntry>();
  /** Every name form (matched or not), folded. */
  readonly byFoldedName = new Map<string, GazetteerEntry[]>();
  readonly matcher = new NameMatcher<GazetteerEntry>();

  constructor(readonly entries: GazetteerEntry[]) {
    for (const entry of entries) {
      this.byId.set(entry.id, entry);
      for (const name of allNames(entry)) {
        const key = foldName(name);
        const list = this.byFoldedName.get(key) ?? [];
        if (!list.includes(entry)) list.push(entry);
        this.byFoldedName.set(key, list);
      }
      const skip = new Set(entry.noMatch.map(foldName));
      for (const name of allNames(entry)) {
        if (!skip.has(foldName(name))) this.matcher.add(name, entry);
      }
    }
  }

  /** Answers of lookup by label and name: the gazetteer never changes, and rules ask the same again and again. */
  private readonly answers = new Map<EntityLabel | undefined, Map<string, readonly GazetteerEntry[]>>();

  /** Entries any of whose names folds to `name`, optionally of one label. Do not modify the answer. */
  lookup(name: string, label?: EntityLabel): readonly GazetteerEntry[] {
    // A name of ideographs alone is its own fold, and most such names the rules ask about are
    // not in the gazetteer: one read of the gazetteer's own index answers, without the memo.
    if (foldsToItself(name)) {
      const found = this.byFoldedName.get(name);
      if (!found) return NO_ENTRIES;
      if (!label) return found;
    }
    let byName = this.answers.get(label);
    if (!byName) this.answers.set(label, (byName = new Map()));
    let answer = byName.get(name);
    if (answer === undefined) {
      const found = this.byFoldedName.get(foldName(name)) ?? this.byFoldedName.get(foldCompact(name)) ?? [];
      answer = label ? found.filter((e) => e.label === label) : found;
      if (byName.size >= 100_000) byName.clear();
      byName.set(name, answer);
    }
    return answer;
  }
}

export function allNames(entry: GazetteerEntry): string[] {
  const names = [entry.name, entry.nameZh, entry.nameEn, ...entry.aliases, ...entry.noMatch].filter(
    (n): n is string => typeof n === 'string' && n.trim() !== '',
  );
  return [...new Set(names)];
}

function asStrings(value: unknown, file: string, where: string): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) {
    throw new SeedDataError(file, `${where} must be a list of strings`);
  }
  return value as string[];
}

function parseEntry(raw: unknown, label: EntityLabel, file: string, index: number): GazetteerEntry {
  const where = `entry ${index}`;
  if (!raw || typeof raw !== 'object') throw new SeedDataError(file, `${where} must be an object`);
  const r = raw as Record<string, unknown>;
  if (typeof r.id !== 'string' || !r.id.startsWith(`${ID_PREFIX[label]}:`)) {
    throw new SeedDataError(file, `${where} has id ${JSON.stringify(r.id)}; expected "${ID_PREFIX[label]}:<slug>"`);
  }
  if (typeof r.name !== 'string' || !r.name.trim()) throw new SeedDataError(file, `${where} (${r.id}) has no "name"`);
  const optional = (key: string) => {
    const v = r[key];
    if (v === undefined || v === null || v === '') return undefined;
    if (typeof v !== 'string') throw new SeedDataError(file, `${where} (${r.id}): "${key}" must be a string`);
    return v;
  };
  return {
    id: r.id,
    label,
    name: r.name,
    nameZh: optional('nameZh'),
    nameEn: optional('nameEn'),
    aliases: asStrings(r.aliases, file, `${where} (${r.id}) aliases`),
    noMatch: asStrings(r.noMatch, file, `${where} (${r.id}) noMatch`),
    kind: optional('kind'),
    country: optional('country'),
    description: optional('description'),
    in: optional('in'),
    source: optional('source'),
  };
}

/** Reads seed/gazetteer/*.json. A missing folder is an empty gazetteer; a bad file is an error naming it. */
export async function loadGazetteer(seedDir: string): Promise<Gazetteer> {
  const dir = path.join(seedDir, 'gazetteer');
  let files: string[];
  try {
    files = (await readdir(dir)).filter((f) => f.endsWith('.json')).sort();
  } catch {
    return new Gazetteer([]);
  }
  const entries: GazetteerEntry[] = [];
  const seen = new Map<string, string>();
  for (const name of files) {
    const file = path.join(dir, name);
    // A label's entries may be split over files: places.json and places.cldr.json are both places.
    const label = FILE_LABELS[`${name.split('.')[0]}.json`];
    if (!label || !isEntityLabel(label)) {
      throw new SeedDataError(file, `unknown gazetteer file; expected one of ${Object.keys(FILE_LABELS).join(', ')}, or <that name>.<topic>.json`);
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(await readFile(file, 'utf8'));
    } catch (error) {
      throw new SeedDataError(file, `is not valid JSON (${(error as Error).message})`);
    }
    if (!Array.isArray(parsed)) throw new SeedDataError(file, 'expected a JSON array of entries');
    parsed.forEach((raw, i) => {
      const entry = parseEntry(raw, label, file, i);
      const previous = seen.get(entry.id);
      if (previous) throw new SeedDataError(file, `id ${entry.id} is also defined in ${previous}`);
      seen.set(entry.id, file);
      entries.push(entry);
    });
  }
  return new Gazetteer(entries);
}

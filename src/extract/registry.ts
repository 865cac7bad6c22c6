import { foldName, slugFor, entityId, shortHash, type EntityLabel } from '../graph/index.js';
import type { Candidate } from './discover.js';
import type { Gazetteer, GazetteerEntry } from './gazetteer.js';
import { allNames } from './gazetteer.js';
import { NameMatcher } from './nameMatcher.js';

// Entity resolution: one node per real-world thing, whatever name it goes by. Gazetteer entries
// are canonical; discovered entities merge with them (or with each other) through any shared
// name form: full name, abbreviation, English name. Ids are minted only at the end, from the
// canonical names, so they do not depend on which briefing mentioned a thing first.

export interface DraftEntity {
  key: string;
  label: EntityLabel;
  gazetteer?: GazetteerEntry;
  /** Surface forms seen in text, with counts. */
  seen: Map<string, number>;
  nameZh?: string;
  nameEn?: string;
  abbrs: Set<string>;
  kind?: string;
  country?: string;
  description?: string;
  method: string;
  confidence: number;
  /** Events: dates and precision. */
  startDate?: string;
  endDate?: string;
  datePrecision?: 'year' | 'month' | 'day';
}

const HAN = /\p{Script=Han}/u;

/** Labels a discovered candidate may be merged into when the gazetteer knows the name under another label. */
function compatible(a: EntityLabel, b: EntityLabel): boolean {
  if (a === b) return true;
  const loose: EntityLabel[] = ['Organization', 'Project', 'EcoLabel', 'Document', 'Standard', 'Agreement'];
  return loose.includes(a) && loose.includes(b);
}

export class EntityRegistry {
  readonly entities = new Map<string, DraftEntity>();
  private readonly byName = new Map<string, Set<string>>();

  constructor(private readonly gazetteer: Gazetteer) {}

  private index(key: string, name: string | undefined): void {
    if (!name) return;
    const folded = foldName(name);
    if (!folded) return;
    for (const form of new Set([folded, folded.replace(/ /g, '')])) {
      const keys = this.byName.get(form) ?? new Set<string>();
      keys.add(key);
      this.byName.set(form, keys);
    }
  }

  private lookupKeys(name: string | undefined, label: EntityLabel): string[] {
    if (!name) return [];
    const keys = this.byName.get(foldName(name)) ?? this.byName.get(foldName(name).replace(/ /g, '')) ?? new Set<string>();
    return [...keys].filter((k) => this.entities.get(k)!.label === label);
  }

  /** The draft for a gazetteer entry, created on first use. */
  known(entry: GazetteerEntry): DraftEntity {
    let draft = this.entities.get(entry.id);
    if (!draft) {
      draft = {
        key: entry.id,
        label: entry.label,
        gazetteer: entry,
        seen: new Map(),
        nameZh: entry.nameZh,
        nameEn: entry.nameEn,
        abbrs: new Set(),
        kind: entry.kind,
        country: entry.country,
        description: entry.description,
        method: 'gazetteer',
        confidence: 1,
      };
      this.entities.set(entry.id, draft);
      for (const name of allNames(entry)) this.index(entry.id, name);
    }
    return draft;
  }

  private gazetteerFor(c: Candidate): GazetteerEntry | undefined {
    if (c.known && compatible(c.known.label, c.label)) return c.known;
    for (const name of [c.name, c.surface, c.nameEn, c.abbr]) {
      if (!name) continue;
      const found = this.gazetteer.lookup(name);
      const same = found.find((e) => e.label === c.label) ?? (name === c.abbr ? undefined : found.find((e) => compatible(e.label, c.label)));
      if (same) return same;
      if (name === c.abbr) {
        const byAbbr = found.find((e) => e.label === c.label || (c.label !== 'Person' && e.label !== 'Person' && e.label !== 'Place'));
        if (byAbbr) return byAbbr;
      }
    }
    return undefined;
  }

  /** Registers what a candidate names and returns the entity's key. */
  addCandidate(c: Candidate): string {
    const entry = this.gazetteerFor(c);
    let draft: DraftEntity | undefined = entry ? this.known(entry) : undefined;
    if (!draft) {
      const keys = [
        ...this.lookupKeys(c.name, c.label),
        ...this.lookupKeys(c.nameEn, c.label),
        ...(c.abbr ? this.lookupKeys(c.abbr, c.label) : []),
      ];
      const key = keys.sort()[0];
      draft = key ? this.entities.get(key) : undefined;
    }
    if (!draft) {
      const key = `${c.label}|${foldName(c.name)}`;
      draft = {
        key,
        label: c.label,
        seen: new Map(),
        abbrs: new Set(),
        kind: c.kind,
        method: c.method,
        confidence: c.confidence,
      };
      this.entities.set(key, draft);
    }
    this.observe(draft, c.name, 1);
    if (c.surface && c.surface !== c.name && HAN.test(c.surface)) this.observe(draft, c.surface, 0);
    if (c.nameEn) {
      draft.nameEn ??= c.nameEn;
      this.observe(draft, c.nameEn, 0);
    }
    if (c.abbr) {
      draft.abbrs.add(c.abbr);
      this.index(draft.key, c.abbr);
    }
    if (!draft.gazetteer) {
      draft.confidence = Math.max(draft.confidence, c.confidence);
      draft.kind ??= c.kind;
    }
    return draft.key;
  }

  observe(draft: DraftEntity, name: string, count: number): void {
    draft.seen.set(name, (draft.seen.get(name) ?? 0) + count);
    this.index(draft.key, name);
  }

  /** Creates or finds an entity by an exact name (events, agreements named from context). */
  ensure(label: EntityLabel, name: string, extra: Partial<DraftEntity> & { method: string; confidence: number }, identity?: string): DraftEntity {
    const key = identity ?? `${label}|${foldName(name)}`;
    let draft = this.entities.get(key);
    if (!draft) {
      const known = identity ? undefined : this.gazetteer.lookup(name, label)[0];
      if (known) return this.known(known);
      const existing = identity ? undefined : this.lookupKeys(name, label)[0];
      if (existing) return this.entities.get(existing)!;
      draft = { key, label, seen: new Map(), abbrs: new Set(), ...extra };
      this.entities.set(key, draft);
    }
    this.observe(draft, name, 1);
    return draft;
  }

  get(key: string): DraftEntity | undefined {
    return this.entities.get(this.resolve(key));
  }

  /** Drafts found to be another name of an existing entity, and the entity they belong to. */
  readonly redirects = new Map<string, string>();

  resolve(key: string): string {
    let k = key;
    for (let i = 0; i < 10 && this.redirects.has(k); i++) k = this.redirects.get(k)!;
    return k;
  }

  /** Declares `name` another name of `key`; a separate draft already known by it is merged in. */
  alias(key: string, name: string): void {
    const target = this.entities.get(this.resolve(key));
    if (!target) return;
    for (const other of this.lookupKeys(name, target.label)) {
      const from = this.resolve(other);
      if (from === target.key || this.entities.get(from)?.gazetteer) continue;
      this.redirects.set(from, target.key);
      const draft = this.entities.get(from)!;
      for (const [n, c] of draft.seen) this.observe(target, n, c);
      for (const a of draft.abbrs) target.abbrs.add(a);
    }
    this.observe(target, name, 0);
  }

  /** Event identity buckets: `${startDate}|${kind}` -> events already read (see events.ts). */
  readonly eventBuckets = new Map<string, { key: string; places: Set<string>; name: string }[]>();

  /** Event key -> the places the text says it was held in (not every place its sentences name). */
  readonly heldPlaces = new Map<string, Set<string>>();

  /** The key of a place known by this name. */
  placeByName(name: string): string | undefined {
    const entry = this.gazetteer.lookup(name, 'Place')[0];
    return entry ? this.known(entry).key : undefined;
  }

  /**
   * The organisation a unit belongs to, when its name says so: "UL 环境事业部" -> UL,
   * "环境发展中心国际处" -> EDC. Only for units (departments, offices, secretariats): "联合国环境署"
   * is not a part of "联合国" in the sense of holding positions or attending for it.
   */
  parentOf(key: string): string | undefined {
    const draft = this.entities.get(key);
    if (!draft || !/^(?:department|office|secretariat|working_group)$/u.test(draft.kind ?? '')) return undefined;
    return this.ownerByName(key, 'Organization');
  }

  /** The organisation named at the start of an entity's name: "中环联合英文网站" -> CEC. */
  ownerByName(key: string, label?: EntityLabel): string | undefined {
    return this.namedAtHead(key, 'Organization', 2, label);
  }

  /** An entity of `headLabel` whose name opens `key`'s name ("中德绿色消费合作意向书" -> the 中德绿色消费 project). */
  namedAtHead(key: string, headLabel: EntityLabel, minLength = 2, label?: EntityLabel): string | undefined {
    const draft = this.entities.get(key);
    if (!draft || (label && draft.label !== label)) return undefined;
    const name = this.canonicalName(draft).replace(/\s+/g, '');
    for (let k = name.length - 1; k >= minLength; k--) {
      const entry = this.gazetteer.lookup(name.slice(0, k), headLabel)[0];
      if (entry && entry.id !== key) return this.known(entry).key;
      const found = this.lookupKeys(name.slice(0, k), headLabel).find((x) => x !== key);
      if (found) return this.resolve(found);
    }
    return undefined;
  }

  /** A matcher over every matchable name of every entity, for the mention pass. */
  buildMatcher(): NameMatcher<string> {
    const matcher = new NameMatcher<string>();
    for (const entry of this.gazetteer.entries) {
      const skip = new Set(entry.noMatch.map(foldName));
      for (const name of allNames(entry)) if (!skip.has(foldName(name))) matcher.add(name, entry.id);
    }
    for (const draft of this.entities.values()) {
      // Events read from dated sentences are found by date, not by name; named ones (第23届…大会) by name.
      if (draft.gazetteer || (draft.label === 'Event' && !draft.method.startsWith('pattern:') ) || draft.method === 'pattern:dated-event') continue;
      const target = this.resolve(draft.key);
      for (const name of draft.seen.keys()) {
        // Bare Latin words shorter than 3 letters match too much ("UL" is fine only via the gazetteer).
        if (!HAN.test(name) && name.replace(/[^A-Za-z0-9]/g, '').length < 3) continue;
        matcher.add(name, target);
      }
      for (const abbr of draft.abbrs) if (abbr.replace(/[^A-Za-z0-9]/g, '').length >= 2) matcher.add(abbr, target);
    }
    return matcher;
  }

  /** The display name: the gazetteer's, else the most frequent Chinese form, else the most frequent form. */
  canonicalName(draft: DraftEntity): string {
    if (draft.gazetteer) return draft.gazetteer.name;
    // An event keeps the name it was first reported under (usually the article's own heading).
    if (draft.label === 'Event') return draft.seen.keys().next().value ?? draft.key;
    const forms = [...draft.seen.entries()].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length || (a[0] < b[0] ? -1 : 1));
    const chinese = forms.find(([name]) => HAN.test(name));
    return (chinese ?? forms[0])?.[0] ?? draft.key;
  }

  /** Mints the final ids: gazetteer ids as given, others `<type>:<slug>` with a hash on collision. */
  assignIds(): Map<string, string> {
    const ids = new Map<string, string>();
    const used = new Set<string>();
    const drafts = [...this.entities.values()].sort((a, b) => (a.key < b.key ? -1 : 1));
    for (const d of drafts) if (d.gazetteer) {
      ids.set(d.key, d.gazetteer.id);
      used.add(d.gazetteer.id);
    }
    for (const d of drafts) {
      if (d.gazetteer) continue;
      const name = this.canonicalName(d);
      const english = d.nameEn ?? [...d.abbrs].sort()[0];
      // Events: date + what happened, so two reports of one event meet on the same id.
      const slug =
        d.label === 'Event'
          ? `${d.startDate ?? 'undated'}-${slugFor({ name, nameEn: d.nameEn }).slice(0, 48).replace(/-[^-]*$/, '') || 'event'}`
          : slugFor({ name, nameEn: english, nameZh: HAN.test(name) ? name : undefined });
      let id = entityId(d.label, slug);
      if (used.has(id)) id = entityId(d.label, `${slug}-${shortHash(d.key, 6)}`);
      used.add(id);
      ids.set(d.key, id);
    }
    return ids;
  }
}

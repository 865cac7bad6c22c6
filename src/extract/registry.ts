import { foldCompact, foldName, type EntityLabel } from '../graph/index.js';
import type { Candidate } from './discover.js';
import type { Gazetteer, GazetteerEntry } from './gazetteer.js';
import { allNames } from './gazetteer.js';
import { NameMatcher } from './nameMatcher.js';
import { ForkedMap } from './forkedMap.js';
import { absorbDelta } from './registryAbsorb.js';
import { gazetteerEntryFor } from './candidateIdentity.js';
import { mostSpecificPlaces, placeWithin } from './placeLookup.js';
import { copyState, deltaOf, fillFromPortable, portableOf } from './registryExchange.js';
import { assignEntityIds, buildNameMatcher, canonicalNameOf, forgetCanonicalName } from './registryOutputs.js';
import { copyDraft, type DraftEntity, type PortableRegistry, type RegistryDelta, type RegistryOp } from './draftEntity.js';
import { bucketKeysOfYear, copyBucket, type EventBucketEntry } from './eventIdentity.js';
export type { DraftEntity, PortableDraft, PortableRegistry, RegistryDelta, RegistryOp } from './draftEntity.js';
export { eventKeyOf, eventSlug, namedAlike, sameEvent, type EventBucketEntry } from './eventIdentity.js';

// Entity resolution: one node per real-world thing, whatever name it goes by. Gazetteer entries
// are canonical; discovered entities merge with them (or with each other) through any shared
// name form: full name, abbreviation, English name. Ids are minted only at the end, from the
// canonical names, so they do not depend on which briefing mentioned a thing first.

const HAN = /\p{Script=Han}/u;

function withoutSpaces(text: string): string {
  return text.includes(' ') ? text.replace(/ /g, '') : text;
}

export class EntityRegistry {
  readonly entities: Map<string, DraftEntity>;
  private readonly byName: Map<string, Set<string>>;
  /** Drafts found to be another name of an existing entity, and the entity they belong to. */
  readonly redirects: Map<string, string>;
  /** Event identity buckets: `${startDate}|${kind}` -> events already read (see events.ts). */
  readonly eventBuckets: Map<string, EventBucketEntry[]>;
  /** Event key -> the places the text says it was held in (not every place its sentences name). */
  readonly heldPlaces: Map<string, Set<string>>;
  /** In a fork: what it did, in order. */
  private readonly log: RegistryOp[] | undefined;
  /** Folded name forms in the order they gained an entity: what namedAtHead's answers depend on. */
  private readonly formsAdded: string[] = [];
  /** Redirects added so far (namedAtHead's answers resolve through them). */
  private redirectsAdded = 0;
  /**
   * namedAtHead's answers. One stays good while the entity's name is the same, no redirect was
   * added, and no form added since is a prefix of the name (only a prefix can change it).
   */
  private readonly heads = new Map<string, { forms: number; redirects: number; name: string; answer: string | undefined }>();

  /** A registry of its own, or (with `base`) a fork whose changes stay out of the base. */
  constructor(
    readonly gazetteer: Gazetteer,
    base?: EntityRegistry,
  ) {
    if (base) {
      this.entities = new ForkedMap(base.entities, copyDraft);
      this.byName = new ForkedMap(base.byName, (keys) => new Set(keys));
      this.redirects = new ForkedMap(base.redirects, (key) => key);
      this.eventBuckets = new ForkedMap(base.eventBuckets, copyBucket);
      this.heldPlaces = new ForkedMap(base.heldPlaces, (places) => new Set(places));
      this.log = [];
    } else {
      this.entities = new Map();
      this.byName = new Map();
      this.redirects = new Map();
      this.eventBuckets = new Map();
      this.heldPlaces = new Map();
      this.log = undefined;
    }
  }

  /**
   * Keys of the event buckets of one year (dated to the year, or to a day or month in it), in
   * the order eventBuckets.keys() gives them. A fork asks this for every event it files: its
   * base's buckets are indexed once, not walked each time.
   */
  eventBucketKeysOfYear(year: string): string[] {
    return bucketKeysOfYear(this.eventBuckets, year);
  }

  /**
   * A fork to read one briefing against: it sees everything here, and what it adds (events,
   * names, dates) stays in the fork until absorbed. Each briefing is read against the same
   * state, so briefings can be read in any order, in any thread, with the same result.
   */
  fork(): EntityRegistry {
    return new EntityRegistry(this.gazetteer, this);
  }

  /** The fork's changes, in a form that crosses thread boundaries. */
  delta(): RegistryDelta {
    if (!this.log) throw new Error('delta() is for forks; this registry is not one');
    return deltaOf(this, this.log);
  }

  /**
   * Takes in a fork's changes, as if its briefing had been read here: its events join events
   * already here that are the same (same date and kind, a shared name or place), its new
   * entities are added, its names counted, and dates it found fill in what is missing.
   * Returns the keys that changed: fork key -> key here.
   */
  absorb(delta: RegistryDelta): Map<string, string> {
    return absorbDelta(this, delta);
  }

  /** Records that `source` is another name of `target` (absorbDelta, alias). */
  addRedirect(source: string, target: string): void {
    this.redirects.set(source, target);
    this.redirectsAdded++;
  }

  /** The whole state, to rebuild the registry in a worker thread. */
  toPortable(): PortableRegistry {
    return portableOf(this, this.byName);
  }

  static fromPortable(data: PortableRegistry, gazetteer: Gazetteer): EntityRegistry {
    const registry = new EntityRegistry(gazetteer);
    fillFromPortable(registry, registry.byName, data, gazetteer);
    return registry;
  }

  /** An independent copy (the registry the briefings' readings are merged into). */
  copy(): EntityRegistry {
    const registry = new EntityRegistry(this.gazetteer);
    copyState(this, this.byName, registry, registry.byName);
    return registry;
  }

  private index(key: string, name: string | undefined): void {
    if (!name) return;
    const folded = foldName(name);
    if (!folded) return;
    this.indexForm(key, folded);
    // The form without spaces too, for names broken by PDF line wrapping.
    if (folded.includes(' ')) this.indexForm(key, folded.replace(/ /g, ''));
  }

  private indexForm(key: string, form: string): void {
    const keys = this.byName.get(form) ?? new Set<string>();
    if (keys.has(key)) return;
    keys.add(key);
    this.byName.set(form, keys);
    this.formsAdded.push(form);
  }

  /** The labels of the entities that have this name form (full name, alias or abbreviation). */
  labelsNamed(name: string): EntityLabel[] {
    const keys = this.byName.get(foldName(name));
    if (!keys) return [];
    return [...keys].map((k) => this.unresolvedPeek(k)!.label);
  }

  private lookupKeys(name: string | undefined, label: EntityLabel): string[] {
    if (!name) return [];
    const folded = foldName(name);
    const keys = this.byName.get(folded) ?? (folded.includes(' ') ? this.byName.get(folded.replace(/ /g, '')) : undefined);
    if (!keys) return [];
    return [...keys].filter((k) => this.unresolvedPeek(k)!.label === label);
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
      this.log?.push({ op: 'create', key: entry.id });
      for (const name of allNames(entry)) this.index(entry.id, name);
    }
    return draft;
  }



  /**
   * The entity of exactly this name, one already read or a gazetteer entry (whose draft is made on
   * first use), or undefined: nothing else is created.
   */
  knownNamed(name: string, label: EntityLabel): string | undefined {
    const existing = this.lookupKeys(name, label)[0];
    if (existing) return this.resolve(existing);
    const entry = this.gazetteer.lookup(name, label)[0];
    return entry ? this.known(entry).key : undefined;
  }

  /** Registers what a candidate names and returns the entity's key. */
  addCandidate(c: Candidate): string {
    const entry = gazetteerEntryFor(this.gazetteer, c);
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
      this.log?.push({ op: 'create', key });
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
    this.log?.push({ op: 'observe', key: draft.key, name, count });
    draft.seen.set(name, (draft.seen.get(name) ?? 0) + count);
    forgetCanonicalName(draft.seen);
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
      this.log?.push({ op: 'create', key });
    }
    this.observe(draft, name, 1);
    return draft;
  }

  get(key: string): DraftEntity | undefined {
    return this.entities.get(this.resolve(key));
  }

  /**
   * The draft for reading only: in a fork, get copies a draft of the base into the fork (and into
   * what the fork hands back) in case it is changed; peek does not. Never change what it returns.
   */
  peek(key: string): Readonly<DraftEntity> | undefined {
    return this.unresolvedPeek(this.resolve(key));
  }

  /** peek for a key that is not followed through redirects. */
  private unresolvedPeek(key: string): Readonly<DraftEntity> | undefined {
    const entities = this.entities;
    if (entities instanceof ForkedMap && !entities.holds(key)) return entities.base.get(key);
    return entities.get(key);
  }

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
      this.addRedirect(from, target.key);
      const draft = this.entities.get(from)!;
      for (const [n, c] of draft.seen) this.observe(target, n, c);
      for (const a of draft.abbrs) target.abbrs.add(a);
    }
    this.observe(target, name, 0);
  }

  /** The key of a place known by this name. */
  placeByName(name: string): string | undefined {
    const entry = this.gazetteer.lookup(name, 'Place')[0];
    return entry ? this.known(entry).key : undefined;
  }

  /** Whether the place `inner` lies inside the place `outer` by the curated geography (placeWithin). */
  placeWithin(inner: string, outer: string): boolean {
    return placeWithin(this, inner, outer);
  }

  /**
   * Records that `event` was held in `place`, for events held inside it. Rules call this rather
   * than touch heldPlaces: in a fork the map copies what it reads from the base.
   */
  recordHeldIn(event: string, place: string): void {
    const set = this.heldPlaces.get(event) ?? new Set<string>();
    set.add(place);
    this.heldPlaces.set(event, set);
  }

  /** The places `event` was recorded as held in. */
  placesHeld(event: string): Iterable<string> {
    return this.heldPlaces.get(event) ?? [];
  }

  /** observe() by key: a rule names a draft it read with peek, and the registry (or fork) copies it to change it. */
  observeKey(key: string, name: string, count: number): void {
    const draft = this.get(key);
    if (draft) this.observe(draft, name, count);
  }

  /** Of `places`, those no other one of them lies inside (mostSpecificPlaces). */
  mostSpecificPlaces(places: Iterable<string>): string[] {
    return mostSpecificPlaces(this, places);
  }


  /**
   * The organisation a unit belongs to, when its name says so: "UL 环境事业部" -> UL,
   * "环境发展中心国际处" -> EDC. Only for units (departments, offices, secretariats): "联合国环境署"
   * is not a part of "联合国" in the sense of holding positions or attending for it.
   */
  parentOf(key: string): string | undefined {
    const draft = this.unresolvedPeek(key);
    if (!draft || !/^(?:department|office|secretariat|working_group)$/u.test(draft.kind ?? '')) return undefined;
    return this.ownerByName(key, 'Organization');
  }

  /** The organisation named at the start of an entity's name: "中环联合英文网站" -> CEC. */
  ownerByName(key: string, label?: EntityLabel): string | undefined {
    return this.namedAtHead(key, 'Organization', 2, label);
  }

  /** An entity of `headLabel` whose name opens `key`'s name ("中德绿色消费合作意向书" -> the 中德绿色消费 project). */
  namedAtHead(key: string, headLabel: EntityLabel, minLength = 2, label?: EntityLabel): string | undefined {
    const draft = this.unresolvedPeek(key);
    if (!draft || (label && draft.label !== label)) return undefined;
    const name = this.canonicalName(draft).replace(/\s+/g, '');
    // Rules ask this for every mention of a project or document, sentence after sentence.
    const memo = `${key}\u0000${headLabel}\u0000${minLength}`;
    const known = this.heads.get(memo);
    if (known && known.redirects === this.redirectsAdded && known.name === name) {
      const compact = foldCompact(name);
      let prefixAdded = false;
      for (let i = known.forms; i < this.formsAdded.length && !prefixAdded; i++) prefixAdded = compact.startsWith(withoutSpaces(this.formsAdded[i]!));
      if (!prefixAdded) {
        known.forms = this.formsAdded.length;
        return known.answer;
      }
    }
    let answer: string | undefined;
    for (let k = name.length - 1; k >= minLength && answer === undefined; k--) {
      const entry = this.gazetteer.lookup(name.slice(0, k), headLabel)[0];
      if (entry && entry.id !== key) answer = this.known(entry).key;
      else {
        const found = this.lookupKeys(name.slice(0, k), headLabel).find((x) => x !== key);
        if (found) answer = this.resolve(found);
      }
    }
    // known() may have indexed a gazetteer entry's names just now: remember against the count after it.
    this.heads.set(memo, { forms: this.formsAdded.length, redirects: this.redirectsAdded, name, answer });
    return answer;
  }

  /** A matcher over every matchable name of every entity, for the mention pass. */
  buildMatcher(): NameMatcher<string> {
    return buildNameMatcher(this);
  }


  /** The display name: the gazetteer's, else the most frequent Chinese form, else the most frequent form. */
  canonicalName(draft: Readonly<DraftEntity>): string {
    return canonicalNameOf(draft);
  }


  /** Mints the final ids: gazetteer ids as given, others `<type>:<slug>` with a hash on collision. */
  assignIds(): Map<string, string> {
    return assignEntityIds(this);
  }

}

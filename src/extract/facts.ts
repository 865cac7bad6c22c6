import type { FactType } from '../graph/ontology.js';
import type { PropertyValue } from '../graph/types.js';

/** A fact as a rule reads it, before merging and id assignment. Ends are registry keys. */
export interface FactDraft {
  type: FactType;
  from: string;
  to: string;
  /** Type-specific properties: role, title, date, since, kind, amount... */
  props: Record<string, PropertyValue | undefined>;
  method: string;
  confidence: number;
  articleId?: string;
  /** The sentence, verbatim. */
  evidence?: string;
  citation?: string;
  note?: string;
}

/** Which property tells two facts of the same type and ends apart (a board seat vs membership). */
export function discriminatorOf(f: Pick<FactDraft, 'type' | 'props'>): string {
  switch (f.type) {
    case 'MEMBER_OF':
    case 'ORGANIZED':
    case 'CONTRIBUTED_TO':
    case 'INVOLVED_IN':
      return String(f.props.role ?? '');
    case 'HOLDS_POSITION':
      return String(f.props.titleZh ?? f.props.title ?? '');
    case 'AWARDED':
      return String(f.props.title ?? '');
    default:
      return '';
  }
}

/** For one person at one event, the most telling role wins: chair over speaker over attendee. */
const ATTENDANCE_ROLES = ['signatory', 'chair', 'keynote', 'delegation lead', 'host', 'guest', 'visitor', 'speaker', 'delegate', 'delegation', 'participant', 'attendee'];

function strongerRole(a: unknown, b: unknown): boolean {
  const ia = ATTENDANCE_ROLES.indexOf(String(a));
  const ib = ATTENDANCE_ROLES.indexOf(String(b));
  return ia >= 0 && (ib < 0 || ia < ib);
}

export interface MergedFact {
  type: FactType;
  from: string;
  to: string;
  props: Record<string, PropertyValue | undefined>;
  methods: Set<string>;
  confidence: number;
  sources: string[];
  evidence: string[];
  /** Parallel to `evidence`: the method of the reading that first quoted it (pattern:… or structure:…). */
  quoteMethods: string[];
  citations: string[];
  notes: string[];
}

/** Merges drafts that state the same fact; evidence accumulates, the best confidence wins. */
export class FactSet {
  private readonly facts = new Map<string, MergedFact>();
  /** Per fact, "articleId\0sentence" of the evidence it has: a fact read in every copy of a corpus has thousands. */
  private readonly quoted = new Map<MergedFact, Set<string>>();

  add(f: FactDraft): void {
    if (f.from === f.to) return;
    const key = `${f.type}|${f.from}|${f.to}|${discriminatorOf(f)}`;
    let merged = this.facts.get(key);
    if (!merged) {
      merged = { type: f.type, from: f.from, to: f.to, props: {}, methods: new Set(), confidence: 0, sources: [], evidence: [], quoteMethods: [], citations: [], notes: [] };
      this.facts.set(key, merged);
    }
    // for-in, not Object.entries: facts are added by the hundred thousand. props are plain literals.
    for (const k in f.props) {
      const v = f.props[k];
      if (v === undefined || v === '') continue;
      const current = merged.props[k];
      if (f.type === 'ATTENDED' && k === 'role') {
        if (current === undefined || strongerRole(v, current)) merged.props[k] = v;
        continue;
      }
      // Keep the most precise date the text gave.
      if (current === undefined || (typeof v === 'string' && typeof current === 'string' && /^\d{4}/.test(v) && v.length > current.length)) merged.props[k] = v;
    }
    merged.methods.add(f.method);
    merged.confidence = Math.max(merged.confidence, f.confidence);
    if (f.evidence && f.articleId) {
      let quoted = this.quoted.get(merged);
      if (!quoted) {
        quoted = new Set();
        this.quoted.set(merged, quoted);
      }
      const quote = `${f.articleId}\u0000${f.evidence}`;
      if (!quoted.has(quote)) {
        quoted.add(quote);
        merged.sources.push(f.articleId);
        merged.evidence.push(f.evidence);
        merged.quoteMethods.push(f.method);
      }
    }
    if (f.citation && !merged.citations.includes(f.citation)) merged.citations.push(f.citation);
    if (f.note && !merged.notes.includes(f.note)) merged.notes.push(f.note);
  }

  /** Takes a merged fact over as it is (see remapFacts): nothing else may land on its key. */
  adopt(key: string, fact: MergedFact): void {
    this.facts.set(key, fact);
  }

  all(): MergedFact[] {
    return [...this.facts.values()];
  }
}

/** The same facts with entity keys replaced (for entities merged after reading). */
export function remapFacts(facts: MergedFact[], map: (key: string) => string): FactSet {
  const out = new FactSet();
  const keyOf = (f: MergedFact, from: string, to: string) => `${f.type}|${from}|${to}|${discriminatorOf(f)}`;
  // Most facts keep their ends; they are taken over as they are, unless a moved fact lands on them.
  const moved = new Set(facts.filter((f) => map(f.from) !== f.from || map(f.to) !== f.to));
  const landing = new Set([...moved].map((f) => keyOf(f, map(f.from), map(f.to))));
  for (const f of facts) {
    if (!moved.has(f) && !landing.has(keyOf(f, f.from, f.to))) {
      out.adopt(keyOf(f, f.from, f.to), f);
      continue;
    }
    const base = { type: f.type, from: map(f.from), to: map(f.to), props: f.props, confidence: f.confidence };
    // Each quote keeps the method it was read with (a heading's stays structure:heading).
    f.evidence.forEach((evidence, i) => out.add({ ...base, method: f.quoteMethods[i]!, articleId: f.sources[i], evidence }));
    const quoted = new Set(f.quoteMethods);
    const unquoted = [...f.methods].sort().filter((method) => !quoted.has(method));
    const citation = f.citations.join('; ') || undefined;
    const note = f.notes.join('; ') || undefined;
    for (const method of unquoted) out.add({ ...base, method, citation, note });
    if (unquoted.length === 0 && (citation || note)) out.add({ ...base, method: f.quoteMethods[0]!, citation, note });
  }
  return out;
}

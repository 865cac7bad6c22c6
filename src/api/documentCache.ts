import type { DocumentStore } from '@apollo/server';
import type { DocumentNode } from 'graphql';

// Apollo's document store: the parsed documents of recent query texts that passed validation
// (Apollo stores a document only after every validation rule, ours included, accepted it, and
// keys it by the hash of the exact text). A hit skips parsing and validation; cost and `first`
// depend on the variables and are still checked on every request. Apollo's default store is
// bounded by an estimate far below a parsed document's real heap cost (it grew past 700 MiB
// under distinct texts), so this one is bounded by entries and by the total length of their
// texts: a parsed document costs roughly 25 to 90 bytes of heap per character of text.
// A document is kept only when its text is validated a second time: texts that never repeat
// (a client that inlines values in the query) would otherwise push out the ones that do, and
// leave every parsed document for the garbage collector to move to the old generation.

export interface DocumentCacheLimits {
  /** Most documents kept. */
  maxEntries: number;
  /** Most characters of query text, summed over the documents kept. */
  maxTextChars: number;
  /** Longer texts are not kept at all (they would evict many typical ones). */
  maxEntryChars: number;
}

export const DOCUMENT_CACHE_LIMITS: DocumentCacheLimits = {
  maxEntries: 500,
  maxTextChars: 256 * 1024,
  maxEntryChars: 16 * 1024,
};

/** The characters of query text a document was parsed from. */
function textLength(document: DocumentNode): number {
  const body = document.loc?.source.body;
  // Apollo parses with locations; without them, count a document as the largest one kept.
  return body === undefined ? DOCUMENT_CACHE_LIMITS.maxEntryChars : body.length;
}

/** Least recently used documents go first once either bound is passed. */
export class DocumentCache implements DocumentStore {
  private readonly entries = new Map<string, { document: DocumentNode; chars: number }>();
  private chars = 0;
  /** Keys (hashes of query texts) offered once and not kept yet, oldest first; bounded. */
  private readonly offered = new Set<string>();

  constructor(private readonly limits: DocumentCacheLimits = DOCUMENT_CACHE_LIMITS) {}

  /** The key used last, already the most recent entry: a document asked for again and again is not moved. */
  private latest: string | undefined;

  async get(key: string): Promise<DocumentNode | undefined> {
    const hit = this.entries.get(key);
    if (!hit) return undefined;
    if (key !== this.latest) {
      this.entries.delete(key);
      this.entries.set(key, hit);
      this.latest = key;
    }
    return hit.document;
  }

  async set(key: string, document: DocumentNode): Promise<void> {
    const chars = textLength(document) + key.length;
    await this.delete(key);
    if (chars > this.limits.maxEntryChars) return;
    if (!this.offered.delete(key)) {
      this.offered.add(key);
      if (this.offered.size > 4 * this.limits.maxEntries) this.offered.delete(this.offered.values().next().value!);
      return;
    }
    this.entries.set(key, { document, chars });
    this.latest = key;
    this.chars += chars;
    for (const [oldest, entry] of this.entries) {
      if (this.entries.size <= this.limits.maxEntries && this.chars <= this.limits.maxTextChars) break;
      this.entries.delete(oldest);
      if (oldest === this.latest) this.latest = undefined;
      this.chars -= entry.chars;
    }
  }

  async delete(key: string): Promise<boolean> {
    const entry = this.entries.get(key);
    if (!entry) return false;
    this.entries.delete(key);
    if (key === this.latest) this.latest = undefined;
    this.chars -= entry.chars;
    return true;
  }

  get size(): number {
    return this.entries.size;
  }

  /** Characters of query text (and keys) held now. */
  get textChars(): number {
    return this.chars;
  }
}

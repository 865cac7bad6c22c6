// Answers of a read-only graph do not change until the graph does: the HTTP layer keeps the
// bytes of recent successful answers, keyed by the exact request and the store's data version,
// and sends them again instead of re-executing the query. Bounded by entries and by bytes; a new
// data version empties it. An answer is only worth keeping once its request has come twice:
// requests that never repeat (a tracing id in `extensions`, a timestamp in a variable) would
// otherwise fill the cache with answers nobody asks for again, evicting the ones that are, and
// keep megabytes of strings alive for the garbage collector to move. So the cache remembers
// which requests missed (a 32-bit hash of each, bounded), and `wanted` says whether this is a
// request's second miss.

export interface CachedResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export class ResponseCache {
  private readonly entries = new Map<string, CachedResponse>();
  private bytes = 0;
  private version: number | undefined;
  /** Hashes of requests that missed once, oldest first. */
  private readonly missed = new Set<number>();
  private readonly maxMissed: number;

  constructor(
    private readonly maxEntries = 1000,
    private readonly maxBytes = 32 * 1024 * 1024,
    private readonly maxEntryBytes = 1024 * 1024,
  ) {
    this.maxMissed = 4 * maxEntries;
  }

  private sync(version: number): void {
    if (version === this.version) return;
    this.entries.clear();
    this.missed.clear();
    this.bytes = 0;
    this.version = version;
  }

  get(key: string, version: number): CachedResponse | undefined {
    this.sync(version);
    const hit = this.entries.get(key);
    if (hit) {
      // Most recently used last, so eviction takes the oldest.
      this.entries.delete(key);
      this.entries.set(key, hit);
    }
    return hit;
  }

  /**
   * Whether an answer to `key` is worth keeping: true when its request has missed before (it
   * was asked for by `get` at least twice). Records this miss.
   */
  wanted(key: string, version: number): boolean {
    this.sync(version);
    const hash = hashOf(key);
    if (this.missed.delete(hash)) return true;
    this.missed.add(hash);
    if (this.missed.size > this.maxMissed) this.missed.delete(this.missed.values().next().value!);
    return false;
  }

  set(key: string, version: number, response: CachedResponse): void {
    this.sync(version);
    const size = response.body.length * 2 + key.length * 2;
    if (size > this.maxEntryBytes) return;
    const previous = this.entries.get(key);
    if (previous) {
      this.bytes -= previous.body.length * 2 + key.length * 2;
      this.entries.delete(key);
    }
    this.entries.set(key, response);
    this.bytes += size;
    for (const [oldest, value] of this.entries) {
      if (this.entries.size <= this.maxEntries && this.bytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= value.body.length * 2 + oldest.length * 2;
    }
  }

  get size(): number {
    return this.entries.size;
  }
}

/** FNV-1a over UTF-16 code units: a collision only keeps an answer one request early. */
function hashOf(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

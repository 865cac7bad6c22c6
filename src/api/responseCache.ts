// Answers of a read-only graph do not change until the graph does: the HTTP layer keeps the
// bytes of recent successful answers, keyed by the exact request and the store's data version,
// and sends them again instead of re-executing the query. Bounded by entries and by bytes; a new
// data version empties it.

export interface CachedResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export class ResponseCache {
  private readonly entries = new Map<string, CachedResponse>();
  private bytes = 0;
  private version: number | undefined;

  constructor(
    private readonly maxEntries = 1000,
    private readonly maxBytes = 32 * 1024 * 1024,
    private readonly maxEntryBytes = 1024 * 1024,
  ) {}

  private sync(version: number): void {
    if (version === this.version) return;
    this.entries.clear();
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

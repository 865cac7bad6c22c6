// The copy-on-read map a registry fork is built of (see EntityRegistry.fork).

/**
 * A map over a base map: reads fall through to the base, and a value read from the base is
 * copied into this layer first, so nothing done through the fork reaches the base.
 */
export class ForkedMap<K, V> extends Map<K, V> {
  constructor(
    readonly base: ReadonlyMap<K, V>,
    private readonly copy: (value: V) => V,
  ) {
    super();
  }

  override get(key: K): V | undefined {
    if (super.has(key)) return super.get(key);
    const value = this.base.get(key);
    if (value === undefined) return undefined;
    const copied = this.copy(value);
    super.set(key, copied);
    return copied;
  }

  override has(key: K): boolean {
    return super.has(key) || this.base.has(key);
  }

  override get size(): number {
    let n = super.size;
    for (const key of this.base.keys()) if (!super.has(key)) n++;
    return n;
  }

  /** Whether this layer holds `key` (a copy of the base's value, or its own). */
  holds(key: K): boolean {
    return super.has(key);
  }

  /** Only what this layer holds: copies of base values it read, and its own. */
  layer(): IterableIterator<[K, V]> {
    return super.entries();
  }

  override *entries(): MapIterator<[K, V]> {
    for (const key of this.keys()) yield [key, this.get(key)!];
  }

  override *keys(): MapIterator<K> {
    for (const key of super.keys()) yield key;
    for (const key of this.base.keys()) if (!super.has(key)) yield key;
  }

  override *values(): MapIterator<V> {
    for (const key of this.keys()) yield this.get(key)!;
  }

  override [Symbol.iterator](): MapIterator<[K, V]> {
    return this.entries();
  }

  override forEach(callback: (value: V, key: K, map: Map<K, V>) => void): void {
    for (const [key, value] of this.entries()) callback(value, key, this);
  }
}

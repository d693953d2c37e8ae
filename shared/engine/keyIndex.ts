// The engine's lines by key, in the order they were added (a Map's order). Filling a Map with tens of thousands of
// keys is one of the larger costs of a load, and the caller often has such a map already: buildLines makes one
// (key → position) to refuse duplicate keys. So a load may adopt the caller's map instead of filling its own.
// The adopted map is only read; the first change of the set of keys makes a private copy.
import type { LineKey } from './types';

export class KeyIndex<L> {
  private own = new Map<LineKey, L>();
  /** Key → position in `at`, not ours to change; null when `own` is in use. */
  private adopted: ReadonlyMap<LineKey, number> | null = null;
  private at: readonly (L | undefined)[] = [];

  get size(): number {
    return this.adopted?.size ?? this.own.size;
  }

  get(key: LineKey): L | undefined {
    if (this.adopted === null) return this.own.get(key);
    const i = this.adopted.get(key);
    return i === undefined ? undefined : this.at[i];
  }

  has(key: LineKey): boolean {
    return this.adopted === null ? this.own.has(key) : this.adopted.has(key);
  }

  set(key: LineKey, value: L): void {
    this.detach();
    this.own.set(key, value);
  }

  delete(key: LineKey): boolean {
    this.detach();
    return this.own.delete(key);
  }

  clear(): void {
    this.adopted = null;
    this.at = [];
    this.own = new Map();
  }

  keys(): IterableIterator<LineKey> {
    return this.adopted === null ? this.own.keys() : this.adopted.keys();
  }

  values(): Iterable<L> {
    // Adopted: positions 0, 1, … in the map's order (checked by adopt).
    return this.adopted === null ? this.own.values() : (this.at as readonly L[]);
  }

  /** The values in order, as an array: the adopted one itself (not to be changed), else a fresh copy. */
  list(): readonly L[] {
    return this.adopted === null ? [...this.own.values()] : (this.at as readonly L[]);
  }

  /** Whether `index` maps each key of `keys` to its position, in that order, and nothing else. */
  static fits(index: ReadonlyMap<LineKey, number>, keys: readonly { key: LineKey }[]): boolean {
    if (index.size !== keys.length) return false;
    // forEach, not for-of over the entries: no [key, position] array made per key.
    let j = 0;
    let fits = true;
    index.forEach((i, key) => {
      if (fits && (i !== j || keys[j].key !== key)) fits = false;
      j++;
    });
    return fits;
  }

  /** Use `index` (which fits the keys of `at`, see fits) as the contents. Neither may be changed by the caller
   *  while in use here; the first set or delete copies them. */
  adopt(index: ReadonlyMap<LineKey, number>, at: readonly (L | undefined)[]): void {
    this.adopted = index;
    this.at = at;
    this.own = new Map();
  }

  private detach(): void {
    if (this.adopted === null) return;
    const own = new Map<LineKey, L>();
    for (const [key, i] of this.adopted) own.set(key, this.at[i]!);
    this.own = own;
    this.adopted = null;
    this.at = [];
  }
}

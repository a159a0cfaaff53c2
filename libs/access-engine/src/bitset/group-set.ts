const WORD_BITS = 32;

/**
 * A set of group bits in a Uint32Array (one bit per group of a {@link GroupIndex}). Sets of
 * different capacities combine as if the shorter one were padded with zero words, so a set built
 * before groups were appended to the index stays valid.
 *
 * Mutating methods (`add`, `addAll`) are for building; once shared, a set is treated as immutable.
 */
export class GroupSet {
  private words: Uint32Array;

  private constructor(words: Uint32Array) {
    this.words = words;
  }

  static empty(capacity = 0): GroupSet {
    return new GroupSet(new Uint32Array(Math.ceil(capacity / WORD_BITS)));
  }

  static of(bits: Iterable<number>, capacity = 0): GroupSet {
    const set = GroupSet.empty(capacity);
    for (const bit of bits) set.add(bit);
    return set;
  }

  /** The union of many sets (a new set). */
  static union(sets: Iterable<GroupSet>): GroupSet {
    const result = GroupSet.empty();
    for (const set of sets) result.addAll(set);
    return result;
  }

  has(bit: number): boolean {
    const word = bit >>> 5;
    return word < this.words.length && (this.words[word]! & (1 << (bit & 31))) !== 0;
  }

  add(bit: number): this {
    this.ensureWords((bit >>> 5) + 1);
    this.words[bit >>> 5]! |= 1 << (bit & 31);
    return this;
  }

  addAll(other: GroupSet): this {
    const theirs = other.words;
    this.ensureWords(significantLength(theirs));
    for (let i = 0; i < theirs.length; i++) if (theirs[i]) this.words[i]! |= theirs[i]!;
    return this;
  }

  /** A new set without the given bit. */
  without(bit: number): GroupSet {
    if (!this.has(bit)) return this;
    const copy = this.clone();
    copy.words[bit >>> 5]! &= ~(1 << (bit & 31));
    return copy;
  }

  intersects(other: GroupSet): boolean {
    const a = this.words;
    const b = other.words;
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) if ((a[i]! & b[i]!) !== 0) return true;
    return false;
  }

  /** A new set of the bits in both. */
  intersection(other: GroupSet): GroupSet {
    const n = Math.min(this.words.length, other.words.length);
    const words = new Uint32Array(n);
    for (let i = 0; i < n; i++) words[i] = this.words[i]! & other.words[i]!;
    return new GroupSet(words);
  }

  /** The bits in both, ascending, without building a set. */
  commonBits(other: GroupSet): number[] {
    const bits: number[] = [];
    const n = Math.min(this.words.length, other.words.length);
    for (let i = 0; i < n; i++) {
      let word = this.words[i]! & other.words[i]!;
      while (word !== 0) {
        const low = word & -word;
        bits.push(i * WORD_BITS + (31 - Math.clz32(low)));
        word ^= low;
      }
    }
    return bits;
  }

  isEmpty(): boolean {
    return this.words.every((word) => word === 0);
  }

  equals(other: GroupSet): boolean {
    return this.key() === other.key();
  }

  clone(): GroupSet {
    return new GroupSet(this.words.slice());
  }

  get size(): number {
    let count = 0;
    for (const word of this.words) count += popCount(word);
    return count;
  }

  /** Set bits in ascending order. */
  *bits(): IterableIterator<number> {
    for (let i = 0; i < this.words.length; i++) {
      let word = this.words[i]!;
      while (word !== 0) {
        const low = word & -word;
        yield i * WORD_BITS + (31 - Math.clz32(low));
        word ^= low;
      }
    }
  }

  toArray(): number[] {
    return [...this.bits()];
  }

  /** Identical for equal sets whatever their capacity (trailing zero words are ignored). */
  key(): string {
    const n = significantLength(this.words);
    let key = '';
    for (let i = 0; i < n; i++) key += (i ? '.' : '') + this.words[i]!.toString(36);
    return key;
  }

  private ensureWords(count: number): void {
    if (count <= this.words.length) return;
    const grown = new Uint32Array(count);
    grown.set(this.words);
    this.words = grown;
  }
}

function significantLength(words: Uint32Array): number {
  let n = words.length;
  while (n > 0 && words[n - 1] === 0) n--;
  return n;
}

function popCount(word: number): number {
  let v = word - ((word >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

// The sums of sumtag() groups, kept between recomputes and brought up to date by the members that changed: an edit
// of one measure re-adds its block of the group and the blocks' sums, not the whole group (an aggregate of 30 000
// measures over 20 years: some 7 000 additions instead of 600 000), and a recompute in which no member changed
// adds nothing at all.
//
// A group's members (in group order) are cut into blocks of blockSize(n); its sum in a year is the sum of the
// blocks' sums, each added up in member order, the blocks in order. That order is fixed by the group alone, so a
// sum kept up to date and one added up afresh (groupSum, used where lines go year by year) are the same number to
// the last bit, however the edits came. Up to 64 members it is plain left-to-right addition, and each member's
// running sum is kept, so a change re-adds from that member on. NaN (an error member) propagates and goes again
// when the member is mended, since a block (or the running sums from the mended member on) is re-added from its
// members.

/** Members per block of a group of n: √n (so an update costs about 2√n additions per year), at least 64. */
export function blockSize(n: number): number {
  return Math.max(64, Math.ceil(Math.sqrt(n)));
}

/** Year y of a group's sum, added up afresh from the data in the kept sums' order. */
export function groupSum(members: Int32Array, data: Float64Array, y: number): number {
  const n = members.length;
  const b = blockSize(n);
  let s = 0;
  for (let start = 0; start < n; start += b) {
    const end = Math.min(n, start + b);
    let part = 0;
    for (let j = start; j < end; j++) part += data[members[j] + y];
    s += part;
  }
  return s;
}

interface Kept {
  /** Members per block. */
  size: number;
  blocks: number;
  /** Block k's sum in year y at blockSums[k * years + y]. */
  blockSums: Float64Array;
  /** The group's sum per year. */
  total: Float64Array;
  /** Built at all (from every member), else built at first use. */
  built: boolean;
  /** Blocks whose members changed since the sums were last brought up to date. */
  dirty: Uint8Array;
  dirtyList: number[];
  /** A group of one block (up to 64 members) once a change of a member has been added: each member's running
   *  sum, members 0 … j in year y at prefix[j * years + y], so that a change re-adds from the first member that
   *  changed on (the same additions in the same order as adding the block afresh, about half as many). Made at
   *  the first such change, so that a load makes none; null until then and for larger groups. */
  prefix: Float64Array | null;
  /** Groups of one block: the first member (by position) that changed since the sums were brought up to date;
   *  the member count when none. */
  from: number;
}

export class TagSums {
  private kept: (Kept | undefined)[] = [];
  /** Per line id, the (group, position in it) pairs it is a member of: entries memberStart[id] …
   *  memberStart[id + 1]. */
  private memberStart = new Int32Array(1);
  private memberGroup = new Int32Array(0);
  private memberPos = new Int32Array(0);

  constructor(private readonly years: number) {}

  /** New groups (after a structural change): the groups in `changed` are added up afresh at their next use;
   *  `capacity` bounds the line ids. */
  setGroups(groups: readonly Int32Array[], changed: ReadonlySet<number>, capacity: number): void {
    const Y = this.years;
    let pairs = 0;
    for (const g of groups) pairs += g.length;
    const start = new Int32Array(capacity + 1);
    for (const g of groups) for (let i = 0; i < g.length; i++) start[((g[i] / Y) | 0) + 1]++;
    for (let i = 0; i < capacity; i++) start[i + 1] += start[i];
    const fill = start.slice(0, capacity);
    const group = new Int32Array(pairs);
    const pos = new Int32Array(pairs);
    for (let gid = 0; gid < groups.length; gid++) {
      const g = groups[gid];
      for (let i = 0; i < g.length; i++) {
        const at = fill[(g[i] / Y) | 0]++;
        group[at] = gid;
        pos[at] = i;
      }
      if (changed.has(gid) || this.kept[gid] === undefined) this.kept[gid] = undefined;
    }
    this.kept.length = groups.length;
    this.memberStart = start;
    this.memberGroup = group;
    this.memberPos = pos;
  }

  /** Every group added up afresh at its next use (the data was replaced: a new model). */
  reset(): void {
    this.kept = [];
  }

  /** Line `id`'s values changed: its blocks are re-added at the next use of their groups. */
  touch(id: number): void {
    const start = this.memberStart;
    if (id + 1 >= start.length) return;
    for (let i = start[id], end = start[id + 1]; i < end; i++) {
      const k = this.kept[this.memberGroup[i]];
      if (k === undefined || !k.built) continue;
      const p = this.memberPos[i];
      if (k.blocks === 1) {
        if (p < k.from) k.from = p;
        continue;
      }
      const b = (p / k.size) | 0;
      if (k.dirty[b] === 0) {
        k.dirty[b] = 1;
        k.dirtyList.push(b);
      }
    }
  }

  /** Group `gid`'s sums per year, up to date with the data; the additions done are added to `work.n`. */
  sums(gid: number, members: Int32Array, data: Float64Array, work: { work: number }): Float64Array {
    const Y = this.years;
    let k = this.kept[gid];
    if (k === undefined) {
      const size = blockSize(members.length);
      const blocks = Math.ceil(members.length / size);
      k = { size, blocks, blockSums: new Float64Array(blocks * Y), total: new Float64Array(Y), built: false, dirty: new Uint8Array(blocks), dirtyList: [], prefix: null, from: members.length };
      this.kept[gid] = k;
    }
    if (k.blocks === 1 && k.built) {
      if (k.from >= members.length) return k.total;
      let from = k.from;
      if (k.prefix === null) {
        k.prefix = new Float64Array(members.length * Y);
        from = 0;
      }
      this.addFrom(k, k.prefix, from, members, data);
      work.work += (members.length - from) * Y;
      k.from = members.length;
    } else if (!k.built || k.dirtyList.length * 4 > k.blocks) {
      for (let b = 0; b < k.blocks; b++) this.addBlock(k, b, members, data);
      for (const b of k.dirtyList) k.dirty[b] = 0;
      k.dirtyList.length = 0;
      k.built = true;
      work.work += members.length * Y;
    } else if (k.dirtyList.length > 0) {
      for (const b of k.dirtyList) {
        this.addBlock(k, b, members, data);
        k.dirty[b] = 0;
        work.work += Math.min(k.size, members.length - b * k.size) * Y;
      }
      k.dirtyList.length = 0;
    } else return k.total;
    // The blocks' sums in order.
    const total = k.total;
    const bs = k.blockSums;
    total.fill(0);
    for (let b = 0; b < k.blocks; b++) for (let y = 0; y < Y; y++) total[y] += bs[b * Y + y];
    work.work += k.blocks * Y;
    return total;
  }

  /** Block 0 of a group of one block from member `from` on, each member's running sum kept: the additions of
   *  addBlock, in the same order. */
  private addFrom(k: Kept, prefix: Float64Array, from: number, members: Int32Array, data: Float64Array): void {
    const Y = this.years;
    const n = members.length;
    const bs = k.blockSums;
    // Four years at a time (then one), as addBlock: four sums side by side instead of one chain of additions.
    const at = (from - 1) * Y;
    let y = 0;
    for (; y + 4 <= Y; y += 4) {
      let s0 = from > 0 ? prefix[at + y] : 0;
      let s1 = from > 0 ? prefix[at + y + 1] : 0;
      let s2 = from > 0 ? prefix[at + y + 2] : 0;
      let s3 = from > 0 ? prefix[at + y + 3] : 0;
      for (let j = from; j < n; j++) {
        const c = members[j] + y;
        const p = j * Y + y;
        prefix[p] = s0 += data[c];
        prefix[p + 1] = s1 += data[c + 1];
        prefix[p + 2] = s2 += data[c + 2];
        prefix[p + 3] = s3 += data[c + 3];
      }
      bs[y] = s0;
      bs[y + 1] = s1;
      bs[y + 2] = s2;
      bs[y + 3] = s3;
    }
    for (; y < Y; y++) {
      let s = from > 0 ? prefix[at + y] : 0;
      for (let j = from; j < n; j++) prefix[j * Y + y] = s += data[members[j] + y];
      bs[y] = s;
    }
  }

  private addBlock(k: Kept, b: number, members: Int32Array, data: Float64Array): void {
    const Y = this.years;
    const bs = k.blockSums;
    const at = b * Y;
    const first = b * k.size;
    const end = Math.min(members.length, first + k.size);
    // Four years at a time (then two, then one), each year's sum in a local added up in member order from 0, as
    // before in memory: the same numbers, without a store and a load of the sum on every addition.
    let y = 0;
    for (; y + 4 <= Y; y += 4) {
      let s0 = 0;
      let s1 = 0;
      let s2 = 0;
      let s3 = 0;
      for (let j = first; j < end; j++) {
        const c = members[j] + y;
        s0 += data[c];
        s1 += data[c + 1];
        s2 += data[c + 2];
        s3 += data[c + 3];
      }
      bs[at + y] = s0;
      bs[at + y + 1] = s1;
      bs[at + y + 2] = s2;
      bs[at + y + 3] = s3;
    }
    if (y + 2 <= Y) {
      let s0 = 0;
      let s1 = 0;
      for (let j = first; j < end; j++) {
        const c = members[j] + y;
        s0 += data[c];
        s1 += data[c + 1];
      }
      bs[at + y] = s0;
      bs[at + y + 1] = s1;
      y += 2;
    }
    if (y < Y) {
      let s = 0;
      for (let j = first; j < end; j++) s += data[members[j] + y];
      bs[at + y] = s;
    }
  }
}

import { describe, expect, it } from 'vitest';
import { blockSize, groupSum, TagSums } from './tagSums';

const Y = 3;

/** n lines of fractional values, line i at base i * Y; the group is every line in order. */
function model(n: number) {
  const data = new Float64Array(n * Y).map((_, c) => ((c * 7919) % 1000) / 7 - 70);
  const members = Int32Array.from({ length: n }, (_, i) => i * Y);
  return { data, members };
}

/** model(n) as one group of kept sums, added up once (`st.work` counts that). */
function keptGroup(n: number) {
  const { data, members } = model(n);
  const sums = new TagSums(Y);
  sums.setGroups([members], new Set([0]), n);
  const st = { work: 0 };
  sums.sums(0, members, data, st);
  return { data, members, sums, st };
}

describe('kept sums of tag groups', () => {
  it('up to 64 members: the plain left-to-right sum', () => {
    const { data, members } = model(64);
    let plain = 0;
    for (const b of members) plain += data[b + 1];
    expect(groupSum(members, data, 1)).toBe(plain);
    expect(blockSize(64)).toBe(64);
    expect(blockSize(10_000)).toBe(100);
  });

  it('a group of one block: re-added from the first member that changed on, the same number as afresh', () => {
    const n = 50;
    const { data, members, sums, st } = keptGroup(n);
    // The first change: every member added again (the running sums made), then the block's sum into the total.
    data[40 * Y] -= 1;
    sums.touch(40);
    st.work = 0;
    expect(sums.sums(0, members, data, st)[0]).toBe(groupSum(members, data, 0));
    expect(st.work).toBe(n * Y + Y);
    for (const i of [30, 10]) {
      data[i * Y + 1] += 0.1;
      sums.touch(i);
    }
    st.work = 0;
    const kept = sums.sums(0, members, data, st);
    for (let y = 0; y < Y; y++) expect(kept[y]).toBe(groupSum(members, data, y));
    // Then members 10 … 49 only.
    expect(st.work).toBe((n - 10) * Y + Y);
    // An error member makes the sum NaN, and mended, a number again; a change after it is added from there.
    data[20 * Y + 2] = NaN;
    sums.touch(20);
    expect(sums.sums(0, members, data, st)[2]).toBeNaN();
    data[20 * Y + 2] = 3.3;
    sums.touch(20);
    data[45 * Y + 2] -= 0.7;
    sums.touch(45);
    for (let y = 0; y < Y; y++) expect(sums.sums(0, members, data, st)[y]).toBe(groupSum(members, data, y));
  });

  it('kept up to date by the blocks that changed: the same number as added up afresh, with less work', () => {
    const n = 1000;
    const { data, members, sums, st } = keptGroup(n);
    expect(st.work).toBe(n * Y + Math.ceil(n / blockSize(n)) * Y);
    for (const i of [5, 6, 999]) {
      data[i * Y + 2] += 0.1;
      sums.touch(i);
    }
    st.work = 0;
    const kept = sums.sums(0, members, data, st);
    for (let y = 0; y < Y; y++) expect(kept[y]).toBe(groupSum(members, data, y));
    // Two blocks re-added (64 members, and the last 40), then the 16 blocks' sums.
    expect(st.work).toBe((64 + 40) * Y + 16 * Y);
    // Nothing changed: nothing added.
    st.work = 0;
    sums.sums(0, members, data, st);
    expect(st.work).toBe(0);
    // An error member makes the sum NaN, and mended, a number again.
    data[500 * Y] = NaN;
    sums.touch(500);
    expect(sums.sums(0, members, data, st)[0]).toBeNaN();
    data[500 * Y] = 1;
    sums.touch(500);
    expect(sums.sums(0, members, data, st)[0]).toBe(groupSum(members, data, 0));
  });
});

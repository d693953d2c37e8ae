// "Mente du …?": the nearest known name to a misspelt one.

/** Optimal-string-alignment distance (Levenshtein plus adjacent transpositions), giving up above `max`:
 *  returns max + 1 as soon as the distance is known to exceed it. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  let prev2 = new Array<number>(n + 1).fill(0);
  let prev = new Array<number>(n + 1);
  let cur = new Array<number>(n + 1);
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = cur[0];
    for (let j = 1; j <= n; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let d = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2] + 1);
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[n] <= max ? prev[n] : max + 1;
}

/** How many edits still count as a typo for a name of this length. */
function tolerance(name: string): number {
  if (name.length <= 2) return 0;
  if (name.length <= 4) return 1;
  if (name.length <= 8) return 2;
  return 3;
}

/** The candidate nearest to `name`: a case-insensitive match first, then the smallest edit distance within a
 *  tolerance that grows with the length (ties: alphabetical), then a key whose last segment is `name`
 *  (`ramme` → `p05.ramme`). Undefined when nothing is close. */
export function nearest(name: string, candidates: Iterable<string>): string | undefined {
  const lower = name.toLowerCase();
  const max = tolerance(name);
  let best: string | undefined;
  let bestDist = max + 1;
  let suffixHit: string | undefined;
  const suffix = '.' + lower;
  for (const c of candidates) {
    if (c === name) continue;
    const cl = c.toLowerCase();
    if (cl === lower) return c;
    const d = max === 0 ? 1 : editDistance(lower, cl, Math.min(bestDist, max));
    if (d <= max && (d < bestDist || (d === bestDist && best !== undefined && c < best))) {
      best = c;
      bestDist = d;
    }
    if (!name.includes('.') && cl.endsWith(suffix) && (suffixHit === undefined || c < suffixHit)) suffixHit = c;
  }
  return best ?? suffixHit;
}

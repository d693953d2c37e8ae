// Printed tables split a long row of years into pieces that each fit a landscape A4 page.

/** `list` in pieces of `size` (the last one shorter). */
export function chunks<T>(list: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

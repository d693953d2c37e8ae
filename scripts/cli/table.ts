// A plain text table: columns padded to their widest cell, numbers right-aligned.

export interface Column {
  header: string;
  align: 'left' | 'right';
  /** Cut longer cells to this many characters (with …). */
  max?: number;
}

function cut(text: string, max: number | undefined): string {
  return max !== undefined && text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export function renderTable(columns: Column[], rows: string[][]): string {
  const cells = rows.map((r) => r.map((c, i) => cut(c, columns[i].max)));
  const widths = columns.map((col, i) => Math.max(col.header.length, ...cells.map((r) => r[i]?.length ?? 0)));
  const line = (r: string[]) =>
    r
      .map((c, i) => (columns[i].align === 'right' ? c.padStart(widths[i]) : c.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  return [line(columns.map((c) => c.header)), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}

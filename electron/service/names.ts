// Scenario names in the list stay apart: a new, duplicated or imported scenario whose name is taken gets " (2)",
// " (3)", ... (names of scenarios in the trash do not count).
const MAX_NAME = 200;

export function uniqueName(base: string, taken: ReadonlySet<string>): string {
  const name = base.trim().slice(0, MAX_NAME) || '?';
  if (!taken.has(name)) return name;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = `${name.slice(0, MAX_NAME - suffix.length).trimEnd()}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}

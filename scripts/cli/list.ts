// `list --db <file> [--trash]`: the scenarios in a database (or its trash) as a table: name, municipality, years,
// last change, what it was based on, id.
import type { ScenarioSummary, TrashedScenario } from '../../shared/api/contract';
import { t } from '../../shared/i18n/index';
import { message, withStore } from './storeAccess';
import { renderTable } from './table';
import { EXIT, type CliCommand } from './types';

/** An ISO time as "2025-01-31 14:05" (UTC, so output does not depend on the machine's zone). */
function when(iso: string): string {
  return iso.slice(0, 16).replace('T', ' ');
}

export const listCommand: CliCommand = {
  name: 'list',
  usageKey: 'cli.list.usage',
  summaryKey: 'cli.list.summary',
  options: { db: { type: 'string' }, trash: { type: 'boolean' } },
  args: { min: 0, max: 0 },
  run(_args, options, ctx) {
    const { io, lang } = ctx;
    const trash = options.trash === true;
    return withStore(options, ctx, { mustExist: true }, async (svc) => {
      const res = await svc.call(trash ? 'scenario.trash' : 'scenario.list', {});
      if (!res.ok) {
        io.err(message(ctx, res.error));
        return EXIT.invalid;
      }
      const rows = res.value as (ScenarioSummary & Partial<TrashedScenario>)[];
      if (rows.length === 0) {
        io.out(t(lang, trash ? 'cli.store.emptyTrash' : 'cli.store.empty'));
        return EXIT.ok;
      }
      const columns = [
        { header: t(lang, 'cli.store.col.name'), align: 'left' as const, max: 60 },
        { header: t(lang, 'cli.store.col.municipality'), align: 'left' as const, max: 30 },
        { header: t(lang, 'cli.store.col.years'), align: 'left' as const },
        { header: t(lang, trash ? 'cli.store.col.deleted' : 'cli.store.col.updated'), align: 'left' as const },
        { header: t(lang, 'cli.store.col.basedOn'), align: 'left' as const, max: 40 },
        { header: t(lang, 'cli.store.col.id'), align: 'left' as const },
      ];
      io.out(
        renderTable(
          columns,
          rows.map((s) => [
            s.name,
            s.municipality,
            `${s.firstYear}–${s.firstYear + s.years - 1}`,
            when(trash ? (s.deletedAt ?? '') : s.updatedAt),
            s.basedOnName ?? '',
            s.id,
          ]),
        ),
      );
      return EXIT.ok;
    });
  },
};

// `delete <name or id> --db <file>`: moves a scenario to the trash without opening it — the way out when a
// scenario makes the app hang at start (it can be restored from the trash later).
import { t } from '../../shared/i18n/index';
import { findScenario, message, withStore } from './storeAccess';
import { EXIT, type CliCommand } from './types';

export const deleteCommand: CliCommand = {
  name: 'delete',
  usageKey: 'cli.delete.usage',
  summaryKey: 'cli.delete.summary',
  options: { db: { type: 'string' } },
  args: { min: 1, max: 1 },
  run([query], options, ctx) {
    return withStore(options, ctx, { mustExist: true }, async (svc) => {
      const target = await findScenario(svc, query, ctx);
      if (!target) return EXIT.invalid;
      const res = await svc.call('scenario.delete', { id: target.id });
      if (!res.ok) {
        ctx.io.err(message(ctx, res.error));
        return EXIT.invalid;
      }
      ctx.io.out(t(ctx.lang, 'cli.store.deleted', { name: target.name, id: target.id }));
      return EXIT.ok;
    });
  },
};

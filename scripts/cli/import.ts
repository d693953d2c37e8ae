// `import <file> --db <file>`: a .handlingsrom file becomes a new scenario in the database (never overwriting one).
// The file is read with the byte limit (io.ts), and validated completely before anything is written.
import { t } from '../../shared/i18n/index';
import { readFailure } from './load';
import { message, withStore } from './storeAccess';
import { EXIT, type CliCommand } from './types';

export const importCommand: CliCommand = {
  name: 'import',
  usageKey: 'cli.import.usage',
  summaryKey: 'cli.import.summary',
  options: { db: { type: 'string' } },
  args: { min: 1, max: 1 },
  run([file], options, ctx) {
    const { io, lang } = ctx;
    return withStore(options, ctx, { mustExist: false }, async (svc) => {
      let content: string;
      try {
        content = io.readFile(file);
      } catch (e) {
        const code = (e as { code?: string }).code;
        io.err(code === 'ENOENT' ? t(lang, 'cli.store.fileMissing', { file }) : t(lang, 'cli.store.readFailed', { file, detail: readFailure(e, lang) }));
        return EXIT.invalid;
      }
      const res = await svc.call('scenario.import', { fileName: file, content, lang });
      if (!res.ok) {
        io.err(t(lang, 'cli.store.importFailed', { file, message: message(ctx, res.error) }));
        return EXIT.invalid;
      }
      const created = res.value as { id: string; name: string };
      io.out(t(lang, 'cli.store.imported', created));
      return EXIT.ok;
    });
  },
};

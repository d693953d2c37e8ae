// `import <file> --db <file>`: a .handlingsrom file becomes a new scenario in the database (never overwriting one).
// The file is refused by size before it is read, and validated completely before anything is written.
import fs from 'node:fs';
import { t } from '../../shared/i18n/index';
import { checkFileSize } from '../../electron/files/readScenarioFile';
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
        const tooLarge = checkFileSize(fs.statSync(file).size);
        if (tooLarge) {
          io.err(t(lang, 'cli.store.importFailed', { file, message: message(ctx, tooLarge) }));
          return EXIT.invalid;
        }
        content = io.readFile(file);
      } catch (e) {
        const code = (e as { code?: string }).code;
        io.err(code === 'ENOENT' ? t(lang, 'cli.store.fileMissing', { file }) : t(lang, 'cli.store.readFailed', { file, detail: e instanceof Error ? e.message : String(e) }));
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

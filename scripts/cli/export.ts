// `export <name or id> --db <file> --out <file> [--format handlingsrom|xlsx|csv] [--view <view>]`: one scenario to
// a file. The format defaults to the --out file's extension (else handlingsrom); CSV holds one view (default
// oversikt). The file is written whole or not at all (a temporary file renamed into place).
import fs from 'node:fs';
import path from 'node:path';
import type { ExportedFile } from '../../shared/api/contract';
import { t } from '../../shared/i18n/index';
import { VIEWS, type View } from '../../shared/model/customLine';
import { findScenario, isStoreFile, message, withStore } from './storeAccess';
import { EXIT, type CliCommand } from './types';

const FORMATS = ['handlingsrom', 'xlsx', 'csv'] as const;
type Format = (typeof FORMATS)[number];

function formatOf(option: unknown, out: string): Format | string {
  if (typeof option === 'string') return option;
  const ext = path.extname(out).toLowerCase().slice(1);
  return (FORMATS as readonly string[]).includes(ext) ? ext : 'handlingsrom';
}

export const exportCommand: CliCommand = {
  name: 'export',
  usageKey: 'cli.export.usage',
  summaryKey: 'cli.export.summary',
  options: { db: { type: 'string' }, out: { type: 'string' }, format: { type: 'string' }, view: { type: 'string' } },
  args: { min: 1, max: 1 },
  run([query], options, ctx) {
    const { io, lang } = ctx;
    const out = options.out;
    if (typeof out !== 'string' || out === '') {
      io.err(t(lang, 'cli.store.noOut'));
      return EXIT.usage;
    }
    const format = formatOf(options.format, out);
    if (!(FORMATS as readonly string[]).includes(format)) {
      io.err(t(lang, 'cli.store.badFormat', { format }));
      return EXIT.usage;
    }
    const view = typeof options.view === 'string' ? options.view : 'oversikt';
    if (!(VIEWS as readonly string[]).includes(view)) {
      io.err(t(lang, 'cli.store.badView', { view, views: VIEWS.join(', ') }));
      return EXIT.usage;
    }
    return withStore(options, ctx, { mustExist: true }, async (svc, dbFile) => {
      if (isStoreFile(out, dbFile)) {
        io.err(t(lang, 'cli.store.outIsStore', { file: out }));
        return EXIT.invalid;
      }
      const target = await findScenario(svc, query, ctx);
      if (!target) return EXIT.invalid;
      const res = await svc.call('scenario.export', { id: target.id, format: format as Format, view: view as View, lang });
      if (!res.ok) {
        io.err(t(lang, 'cli.store.exportFailed', { name: target.name, message: message(ctx, res.error) }));
        return EXIT.invalid;
      }
      const file = res.value as ExportedFile;
      const tmp = `${out}.${process.pid}.tmp`;
      try {
        fs.writeFileSync(tmp, Buffer.from(file.content, file.encoding === 'base64' ? 'base64' : 'utf8'));
        fs.renameSync(tmp, out);
      } catch (e) {
        fs.rmSync(tmp, { force: true });
        io.err(t(lang, 'cli.store.writeFailed', { file: out, detail: e instanceof Error ? e.message : String(e) }));
        return EXIT.invalid;
      }
      io.out(t(lang, 'cli.store.exported', { name: target.name, file: out }));
      return EXIT.ok;
    });
  },
};

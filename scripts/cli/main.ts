// Parses the command line, picks the command from the table and runs it. Never throws for bad input: every
// problem is a message on stderr and an exit code (0 ok, 1 invalid input, 2 usage).
import { parseArgs } from 'node:util';
import { languages, t, tCode, type Lang } from '../../shared/i18n/index';
import { commands, findCommand } from './commands';
import { EXIT, type CliIo, type ExitCode } from './types';

function usage(lang: Lang): string {
  const width = Math.max(...commands.map((c) => tCode(lang, c.usageKey).length));
  const lines = commands.map((c) => `  ${tCode(lang, c.usageKey).padEnd(width)}  ${tCode(lang, c.summaryKey)}`);
  return t(lang, 'cli.usage', { commands: lines.join('\n') });
}

/** The --lang value wherever it stands (before parsing, so that usage errors are in the chosen language). */
function langFrom(argv: string[]): Lang {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const v = a === '--lang' ? argv[i + 1] : a.startsWith('--lang=') ? a.slice(7) : undefined;
    if (v !== undefined && (languages as string[]).includes(v)) return v as Lang;
  }
  return 'nb';
}

export async function main(argv: string[], io: CliIo): Promise<ExitCode> {
  const lang = langFrom(argv);
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    if (name === undefined) {
      io.err(t(lang, 'cli.missingCommand'));
      io.err(usage(lang));
      return EXIT.usage;
    }
    io.out(usage(lang));
    return EXIT.ok;
  }
  const command = findCommand(name);
  if (command === undefined) {
    io.err(t(lang, 'cli.unknownCommand', { name }));
    io.err(usage(lang));
    return EXIT.usage;
  }
  let parsed: { values: Record<string, string | boolean | undefined>; positionals: string[] };
  try {
    parsed = parseArgs({
      args: rest,
      options: { ...command.options, lang: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (e) {
    io.err(t(lang, 'cli.badArguments', { detail: e instanceof Error ? e.message : String(e) }));
    io.err(t(lang, 'cli.usageOf', { usage: tCode(lang, command.usageKey) }));
    return EXIT.usage;
  }
  if (parsed.values.help === true) {
    io.out(t(lang, 'cli.usageOf', { usage: tCode(lang, command.usageKey) }));
    return EXIT.ok;
  }
  const langValue = parsed.values.lang;
  const n = parsed.positionals.length;
  if ((typeof langValue === 'string' && !(languages as string[]).includes(langValue)) || n < command.args.min || n > command.args.max) {
    io.err(t(lang, 'cli.usageOf', { usage: tCode(lang, command.usageKey) }));
    return EXIT.usage;
  }
  return command.run(parsed.positionals, parsed.values, { io, lang });
}

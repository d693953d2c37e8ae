// The service layer: one object that implements every operation of the API contract against a store (the store
// contract, store/store.ts: SQLite on the laptop, PostgreSQL on a team server). Electron's main process, the web
// mode and the team server bind transports to `dispatch`; none knows the others.
import path from 'node:path';
import { contract, type OpInput, type OpOutput } from '../../shared/api/contract';
import { ApiError, type ApiErrorData, type Envelope } from '../../shared/api/errors';
import { isOpName, type OpName } from '../../shared/api/ops';
import { t, type Lang } from '../../shared/i18n';
import { blankScenario } from '../../shared/model';
import { structureOf } from '../../shared/structure';
import { exportScenario } from '../files/exportScenario';
import { importScenario } from '../files/importScenario';
import { reviewImport } from '../files/reviewImport';
import { dbPathIn } from '../paths';
import { BACKUP_EVERY_MS, type BackupSchedule } from '../store/backup';
import type { Db } from '../store/db';
import { storeError } from '../store/health';
import { ensurePrivateDir } from '../store/privacy';
import { openSqliteStore, type SqliteStore } from '../store/sqliteStore';
import type { Store } from '../store/store';
import { defaultExamplesDir, Examples } from './examples';
import { ScenarioService, type Author } from './scenarios';
import { StartState } from './startState';
import { validateScenario } from './validate';
import { APP_NAME, APP_VERSION } from './version';

export interface ServiceOptions {
  dataDir: string;
  shell: 'electron' | 'web' | 'cli';
  nativeBinding?: string;
  /** The database file; default: handlingsrom.sqlite in dataDir. */
  dbPath?: string;
  /** Where the example scenarios are (*.handlingsrom). Default: <repo root>/resources/examples, found relative to
   *  this file (see examples.ts); the packaged app passes its resources folder. */
  examplesDir?: string;
  /** On the first start with an empty database, create the plan example. Default: true, except for the CLI. */
  seedExample?: boolean;
  /** Language of the texts the service composes when a call does not name one (default 'nb'). */
  lang?: Lang;
  /** Rewrite a scenario's snapshot every this many edits (default 200). */
  snapshotEvery?: number;
  /** Documents kept in memory: how many (default 8, a laptop's few windows) and at most how many characters of JSON
   *  (a team server's many users and scenarios). */
  cache?: { entries: number; bytes?: number };
  /** The clock (ISO 8601 UTC); tests pass their own. */
  now?: () => string;
  /** Back up the database at start and every this many ms of editing (default 10 minutes; 0: no backups). The
   *  CLI makes none: it does not edit for minutes, and `--db` may name any file. */
  backupEveryMs?: number;
  /** Start on the scenario list instead of the last scenario (--no-open). */
  noOpen?: boolean;
  /** Open although acknowledged edits are missing or the -wal is damaged: the user chose to keep the database as
   *  it is (see store/commits.ts). */
  acceptLoss?: boolean;
}

/** Who is calling, as the transport knows it: a team server's logged-in user; nobody on the laptop. */
export interface CallContext {
  /** UserRow.id: recorded as the author of the edits the call makes. */
  userId?: string;
}

type Result<K extends OpName> = OpOutput<K> | Promise<OpOutput<K>>;
type Handlers = { [K in OpName]: (input: OpInput<K>, author: Author) => Result<K> };

export interface Service {
  readonly store: Store;
  readonly scenarios: ScenarioService;
  /** Settled once the start-up work (the example on a first start) is done; dispatch waits for it. */
  readonly ready: Promise<void>;
  /** Validate an untrusted call and run it. Never rejects: failures come back as an error envelope. */
  dispatch(op: unknown, payload: unknown, ctx?: CallContext): Promise<Envelope<unknown>>;
  /** The same as dispatch. */
  call(op: unknown, payload: unknown, ctx?: CallContext): Promise<Envelope<unknown>>;
  close(): Promise<void>;
}

/** The laptop's service: over the SQLite file in the data folder, with its database and backups at hand. */
export interface LocalService extends Service {
  readonly store: SqliteStore;
  readonly db: Db;
  /** The rotating backups of the database (undefined when the service makes none). */
  readonly backups: BackupSchedule | undefined;
}

const SEEDED_KEY = 'store.seededExample';

function errorData(op: string, err: unknown, dbPath: string): ApiErrorData {
  if (err instanceof ApiError) return err.toData();
  // A full disk, a read-only or damaged database: a message that says what to do, not SQLite's words.
  const known = storeError(err, dbPath);
  if (known) {
    console.error(`[service] ${op} failed:`, err instanceof Error ? err.message : err);
    return known.toData();
  }
  console.error(`[service] ${op} failed`, err);
  return { code: 'api.internal', params: { op, detail: err instanceof Error ? err.message : String(err) } };
}

/** The service over the SQLite file of the data folder (or `dbPath`); throws as openDatabase does. */
export function createService(opts: ServiceOptions): LocalService {
  const dbPath = opts.dbPath ?? dbPathIn(opts.dataDir);
  // The app's own data folder is private; a database file named on the command line lives where the user put it.
  if (!opts.dbPath) ensurePrivateDir(opts.dataDir);
  const everyMs = opts.backupEveryMs ?? (opts.shell === 'cli' ? 0 : BACKUP_EVERY_MS);
  const store = openSqliteStore(dbPath, { nativeBinding: opts.nativeBinding, acceptLoss: opts.acceptLoss, backupEveryMs: everyMs });
  const service = createServiceOn(store, { ...opts, dataDir: opts.dbPath ? path.dirname(dbPath) : opts.dataDir });
  return { ...service, store, db: store.db, backups: store.backups };
}

/** The service over any store (a team server's PostgreSQL store); the store is closed with the service. */
export function createServiceOn(store: Store, opts: Omit<ServiceOptions, 'dbPath' | 'nativeBinding' | 'acceptLoss' | 'backupEveryMs'>): Service {
  const scenarios = new ScenarioService(store, {
    validate: validateScenario,
    snapshotEvery: opts.snapshotEvery,
    now: opts.now,
    cacheSize: opts.cache?.entries,
    cacheBytes: opts.cache?.bytes,
  });
  const examples = new Examples(opts.examplesDir ?? defaultExamplesDir());
  const defaultLang: Lang = opts.lang ?? 'nb';
  const langOf = (input: { lang?: Lang }) => input.lang ?? defaultLang;

  const seeding =
    opts.seedExample ?? opts.shell !== 'cli'
      ? seedExample(store, scenarios, examples).catch((err: unknown) => {
          // The app works without its example; say why it is missing and go on.
          console.error('[service] could not create the example scenario:', err instanceof ApiError ? `${err.code} ${JSON.stringify(err.params)}` : err);
        })
      : Promise.resolve();

  const start = new StartState(store, opts.noOpen === true);
  const ready = Promise.all([seeding, start.ready]).then(() => undefined);

  const handlers: Handlers = {
    'app.info': async () => ({
      name: APP_NAME,
      version: APP_VERSION,
      dataDir: opts.dataDir,
      dbPath: store.location,
      schemaVersion: await store.schemaVersion(),
      shell: opts.shell,
    }),
    'app.start': () => start.info(),
    'app.opening': (input) => start.opening(input.id),
    'scenario.list': () => scenarios.list(),
    'scenario.trash': () => scenarios.trash(),
    'scenario.examples': () => examples.list(defaultLang),
    'scenario.create': async (input) => {
      const lang = langOf(input);
      if (input.from === 'example') {
        const doc = examples.load(input.exampleId ?? '', lang);
        return scenarios.insert(doc, { name: input.name });
      }
      const opts = {
        name: input.name ?? t(lang, 'store.newScenarioName'),
        firstYear: input.firstYear ?? new Date().getFullYear() + 1,
        years: input.years,
        municipality: input.municipality,
      };
      const doc = input.from === 'structure' ? structureOf(await scenarios.document(input.sourceId ?? ''), opts) : blankScenario(opts);
      return scenarios.insert(validateScenario(doc, lang), {});
    },
    'scenario.duplicate': (input) => scenarios.duplicate(input.id, input.name, langOf(input)),
    'scenario.rename': (input, author) => scenarios.rename(input.id, { name: input.name, description: input.description }, langOf(input), author),
    'scenario.delete': (input) => scenarios.delete(input.id),
    'scenario.restore': (input) => scenarios.restore(input.id),
    'scenario.purge': (input) => scenarios.purge(input.id),
    'scenario.open': (input) => scenarios.open(input.id),
    'scenario.edit': (input, author) => scenarios.edit({ ...input, lang: langOf(input), author }),
    'scenario.undo': (input, author) => scenarios.undo(input.id, input.baseRevision, langOf(input), author),
    'scenario.redo': (input, author) => scenarios.redo(input.id, input.baseRevision, langOf(input), author),
    'scenario.history': (input) => scenarios.history(input.id, input.limit, input.paths),
    'scenario.version': (input) => scenarios.version(input.id, input.revision),
    'scenario.import': (input) => importScenario(scenarios, input.content, langOf(input)),
    'scenario.importReview': (input) => reviewImport(scenarios, input.content, langOf(input)),
    'scenario.export': async (input) => {
      const { doc, revision } = await scenarios.current(input.id);
      return exportScenario(doc, input.format, input.view, langOf(input), revision);
    },
    'compare.export': async (input) => {
      const docs = [];
      for (const id of input.ids) {
        const doc = await scenarios.document(id);
        docs.push({ id, name: doc.name, doc });
      }
      // Loaded on first use, as the xlsx export of a scenario: exceljs takes a third of a second to load.
      const m = await import('../files/compareExport');
      return m.exportComparisonXlsx(docs, { onlyDiffs: input.onlyDiffs, view: input.view, lang: langOf(input) });
    },
    // exceljs loads on first use, as for the export.
    'xlsx.readChanges': (input) =>
      import('../files/xlsxImport/readWorkbook').then((m) => m.readChangedWorkbook(input.fileName, Buffer.from(input.content, 'base64'))),
  };

  async function dispatch(op: unknown, payload: unknown, ctx: CallContext = {}): Promise<Envelope<unknown>> {
    if (!isOpName(op)) return { ok: false, error: { code: 'api.unknownOperation', params: { op: String(op) } } };
    const parsed = contract[op].input.safeParse(payload ?? {});
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      return {
        ok: false,
        error: { code: 'api.invalidInput', params: { op, path: first?.path.join('.') ?? '', detail: first?.message ?? '' } },
      };
    }
    try {
      await ready;
      const handler = handlers[op] as (input: unknown, author: Author) => unknown;
      return { ok: true, value: await handler(parsed.data, ctx.userId ?? null) };
    } catch (err) {
      return { ok: false, error: errorData(op, err, store.location) };
    }
  }

  return {
    store,
    scenarios,
    ready,
    dispatch,
    call: dispatch,
    close: () => store.close(),
  };
}

/** The first start of an empty database gets the plan example, once (a user who deletes it is not pestered). */
async function seedExample(store: Store, scenarios: ScenarioService, examples: Examples): Promise<void> {
  if ((await store.getSetting(SEEDED_KEY)) !== undefined) return;
  if ((await store.count()) === 0) {
    const id = examples.planId();
    if (id === undefined) return;
    await scenarios.insert(examples.load(id), { settings: { [SEEDED_KEY]: id } });
  } else {
    await store.setSetting(SEEDED_KEY, 'existing');
  }
}

// The Electron main process, kept thin: window, protocol, IPC binding, menu and security switches. The back end
// (service, SQLite, file work) runs in its own utilityProcess (electron/backend), so no window waits on it; every
// decision here that can be made without Electron is a plain function in electron/shell or electron/security.
import fs from 'node:fs';
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, protocol, screen, session, shell, utilityProcess, type BaseWindow } from 'electron';
import type { Envelope } from '../shared/api/errors';
import { callNames } from '../shared/api/calls';
import type { CommandId } from '../shared/commands';
import { MAX_XLSX_BYTES } from '../shared/xlsxImport/limits';
import { BackendClient } from './backend/client';
import { installMenu } from './menu';
import { defaultDataDir } from './paths';
import { CONTENT_SECURITY_POLICY } from './security/csp';
import { allowsShellCommand, blocksNavigation, grantsPermission, handleIpc, windowOpenPolicy } from './security/guards';
import { APP_ORIGIN, APP_SCHEME, resolveAppFile } from './security/origin';
import { secureWebPreferences } from './security/webPreferences';
import type { WindowBounds } from './settings/settings';
import { visibleBounds } from './shell/bounds';
import { dialogLang, restoredDialog, startupChoice, startupDialog, type StartupFailure } from './shell/startupFailure';

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

const FILE_EXT = '.handlingsrom';
const appRoot = app.getAppPath();
const rendererDir = path.join(appRoot, 'dist', 'renderer');
let backend: BackendClient | null = null;
let mainWindow: BrowserWindow | null = null;
let quitting = false;
/** Files asked for before the window was ready (double-click on a scenario file starts the app with it). */
const pendingFiles: string[] = process.argv.slice(1).filter((a) => a.endsWith(FILE_EXT));

/** better-sqlite3 built for Electron's ABI, kept apart from the Node build in node_modules (see README). */
function electronNativeBinding(): string | undefined {
  const candidates = [path.join(process.resourcesPath, 'native', 'better_sqlite3.node'), path.join(appRoot, 'native', 'electron', 'better_sqlite3.node')];
  return candidates.find((p) => fs.existsSync(p));
}

function showFailure(failure: StartupFailure) {
  const { title, message, detail } = startupDialog(failure, dialogLang(app.getLocale()));
  dialog.showMessageBoxSync({ type: 'error', title, message: title, detail: `${message}\n\n${detail}`, buttons: ['OK'] });
}

/** The window a command is for: the one it was chosen in, else the focused one, never a destroyed one. */
function windowFor(win: BaseWindow | undefined): BrowserWindow | null {
  const candidate = (win instanceof BrowserWindow ? win : null) ?? BrowserWindow.getFocusedWindow() ?? mainWindow;
  return candidate && !candidate.isDestroyed() ? candidate : null;
}

async function refreshMenu() {
  const recent = backend ? await backend.shell<string[]>({ kind: 'recentFiles' }) : null;
  installMenu(
    { lang: dialogLang(app.getLocale()), platform: process.platform, recentFiles: recent?.ok ? recent.value : [], appName: app.name },
    { command: (id, win) => runCommand(id, windowFor(win)), openRecent: (file) => void importFile(file) },
  );
}

/** Menu commands: the main process runs the ones with a native dialog, the page all others. */
function runCommand(id: CommandId, win: BrowserWindow | null) {
  if (id === 'scenario.import') void chooseAndImport(win);
  else if (id === 'scenario.importXlsx') void chooseWorkbook(win);
  else if (id === 'app.print') void savePdf(win);
  else win?.webContents.send('command', id);
}

/** Import a scenario file through the back end (which reads it and remembers it as recent), then show it. */
async function importFile(file: string) {
  const win = windowFor(undefined);
  if (!backend || !win) {
    pendingFiles.push(file);
    return;
  }
  const res = await backend.shell({ kind: 'importFile', file });
  if (res.ok) void refreshMenu();
  if (!win.isDestroyed()) win.webContents.send('command', 'imported', res satisfies Envelope<unknown>);
}

async function chooseAndImport(win: BrowserWindow | null) {
  if (!win) return;
  const pick = await dialog.showOpenDialog(win, {
    title: 'Importer scenariofil',
    filters: [{ name: 'Handlingsrom-scenario', extensions: ['handlingsrom'] }],
    properties: ['openFile'],
  });
  if (!pick.canceled && pick.filePaths[0]) await importFile(pick.filePaths[0]);
}

/** Excel changes, chosen in a native dialog: a page may open its own file chooser only on a user gesture, which a
 *  menu command is not, so the file is read here and its bytes handed to the page (renderer/src/xlsxImport). */
async function chooseWorkbook(win: BrowserWindow | null) {
  if (!win) return;
  const pick = await dialog.showOpenDialog(win, {
    title: 'Importer endringer fra Excel',
    filters: [{ name: 'Excel', extensions: ['xlsx'] }],
    properties: ['openFile'],
  });
  const file = pick.filePaths[0];
  if (pick.canceled || !file || win.isDestroyed()) return;
  const { size } = await fs.promises.stat(file);
  // One too large is not read: the page says so from its size, as for a file it picks itself.
  const content = size > MAX_XLSX_BYTES ? null : (await fs.promises.readFile(file)).toString('base64');
  if (!win.isDestroyed()) win.webContents.send('command', 'xlsxFile', { fileName: path.basename(file), size, content });
}

/** The window as a PDF, with the app's print styles (the comparison report prints as landscape A4). */
async function savePdf(win: BrowserWindow | null) {
  if (!win) return;
  const pick = await dialog.showSaveDialog(win, { title: 'Lagre som PDF', defaultPath: 'Handlingsrom.pdf', filters: [{ name: 'PDF', extensions: ['pdf'] }] });
  if (pick.canceled || !pick.filePath || win.isDestroyed()) return;
  // The page makes its print-only tables on 'beforeprint' (they hold every cell of a comparison); printToPDF is not
  // promised to fire it, so it is fired here, and 'afterprint' once the PDF is made.
  await win.webContents.executeJavaScript("window.dispatchEvent(new Event('beforeprint'))");
  try {
    const pdf = await win.webContents.printToPDF({ landscape: true, pageSize: 'A4', printBackground: true, preferCSSPageSize: true });
    await fs.promises.writeFile(pick.filePath, pdf);
  } finally {
    if (!win.isDestroyed()) void win.webContents.executeJavaScript("window.dispatchEvent(new Event('afterprint'))");
  }
}

async function createWindow() {
  const saved = await backend!.shell<WindowBounds>({ kind: 'windowBounds', defaults: { width: 1400, height: 900 } });
  const bounds = visibleBounds(saved.ok ? saved.value : { width: 1400, height: 900 }, screen.getAllDisplays().map((d) => d.workArea));
  const win = new BrowserWindow({
    ...bounds,
    minWidth: 900,
    minHeight: 600,
    title: 'Handlingsrom',
    show: false,
    webPreferences: secureWebPreferences(path.join(appRoot, 'dist', 'electron', 'preload.cjs')),
  });
  mainWindow = win;
  if (bounds.maximized) win.maximize();
  win.once('ready-to-show', () => win.show());
  win.on('close', () => {
    void backend?.shell({ kind: 'saveWindowBounds', bounds: { ...win.getNormalBounds(), maximized: win.isMaximized() } });
  });
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
  });
  win.webContents.setWindowOpenHandler(({ url }) => {
    const policy = windowOpenPolicy(url);
    if (policy.openExternally) void shell.openExternal(url);
    return { action: policy.action };
  });
  win.webContents.on('will-navigate', (event, url) => {
    if (blocksNavigation(url)) event.preventDefault();
  });
  win.webContents.on('did-finish-load', () => {
    for (const file of pendingFiles.splice(0)) void importFile(file);
  });
  void win.loadURL(`${APP_ORIGIN}/index.html`);
}

/** Starts the back end's process and opens the data; on failure the dialog says why and the app quits. */
async function startBackend(): Promise<boolean> {
  const child = utilityProcess.fork(path.join(appRoot, 'dist', 'electron', 'backend.cjs'), [], { serviceName: 'Handlingsrom-lagring', stdio: 'inherit' });
  const client = new BackendClient({ postMessage: (m) => child.postMessage(m), onMessage: (listener) => child.on('message', listener) });
  let started = false;
  // A scenario the team server's sync changed in the store goes to the pages, which apply it as a colleague's edit.
  client.onLive((change) => {
    for (const win of BrowserWindow.getAllWindows()) if (!win.isDestroyed()) win.webContents.send('live', change);
  });
  child.on('exit', (code) => {
    const failure: StartupFailure = { kind: 'backendExited', where: defaultDataDir(), detail: `exit code ${code}` };
    client.fail(failure);
    backend = null;
    if (started && !quitting) {
      showFailure(failure);
      app.quit();
    }
  });
  // Examples ship beside the app archive when packaged, and live in resources/ in a checkout.
  const examplesDir = app.isPackaged ? path.join(process.resourcesPath, 'examples') : path.join(appRoot, 'resources', 'examples');
  const options = { dataDir: defaultDataDir(), nativeBinding: electronNativeBinding(), examplesDir, noOpen: process.argv.includes('--no-open') };
  let result = await client.start(options);
  // A damaged database or lost edits: the dialog offers what the failure allows (startupChoice decides), once.
  if (!result.ok && (result.failure.canRestore || result.failure.canKeep)) {
    const choice = startupChoice(result.failure, dialogLang(app.getLocale()));
    const { title, message, detail, buttons, defaultId, cancelId } = choice;
    const picked = dialog.showMessageBoxSync({ type: 'warning', title, message: title, detail: `${message}\n\n${detail}`, buttons, defaultId, cancelId, noLink: true });
    const action = choice.actions[picked] ?? 'quit';
    if (action === 'quit') return false;
    result = await client.start({ ...options, recover: action });
    if (result.ok && result.restored) {
      const done = restoredDialog(result.restored, dialogLang(app.getLocale()));
      dialog.showMessageBoxSync({ type: 'info', title: done.title, message: done.title, detail: done.message, buttons: ['OK'] });
    }
  }
  if (!result.ok) {
    showFailure(result.failure);
    return false;
  }
  started = true;
  backend = client;
  return true;
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', (_event, argv) => {
    for (const file of argv.filter((a) => a.endsWith(FILE_EXT))) void importFile(file);
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });
  // macOS: a double-clicked scenario file.
  app.on('open-file', (event, file) => {
    event.preventDefault();
    void importFile(file);
  });

  void app.whenReady().then(async () => {
    protocol.handle(APP_SCHEME, async (request) => {
      const file = resolveAppFile(rendererDir, request.url);
      if (!file || !fs.existsSync(file)) return new Response('not found', { status: 404 });
      return new Response(await fs.promises.readFile(file), {
        headers: { 'Content-Type': contentType(file), 'Content-Security-Policy': CONTENT_SECURITY_POLICY },
      });
    });
    session.defaultSession.setPermissionRequestHandler((_wc, permission, callback, details) => callback(grantsPermission(permission, details.requestingUrl)));
    session.defaultSession.setPermissionCheckHandler((_wc, permission, requestingOrigin) => grantsPermission(permission, requestingOrigin));

    for (const op of callNames) {
      ipcMain.handle(`api:${op}`, (event, payload: unknown) =>
        handleIpc((name, p) => backend?.call(name, p) ?? { ok: false, error: { code: 'api.transport', params: { detail: 'no back end' } } }, op, event.senderFrame?.url, payload),
      );
    }
    ipcMain.handle('shell:command', (event, id: unknown) => {
      if (allowsShellCommand(id, event.senderFrame?.url)) runCommand(id, BrowserWindow.fromWebContents(event.sender));
    });

    if (!(await startBackend())) {
      app.quit();
      return;
    }
    await refreshMenu();
    await createWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0 && backend) void createWindow();
    });
  });
}

app.on('web-contents-created', (_event, contents) => {
  contents.on('will-attach-webview', (event) => event.preventDefault());
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

// Close the database (after the last window bounds were written) before the process ends.
app.on('will-quit', (event) => {
  if (quitting || !backend) return;
  quitting = true;
  event.preventDefault();
  void backend.shell({ kind: 'close' }).finally(() => app.quit());
});

function contentType(file: string): string {
  const types: Record<string, string> = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript; charset=utf-8',
    '.css': 'text/css; charset=utf-8',
    '.svg': 'image/svg+xml',
    '.json': 'application/json',
    '.map': 'application/json',
  };
  return types[path.extname(file)] ?? 'application/octet-stream';
}

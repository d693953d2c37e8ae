// The Electron main process, kept thin: window, protocol, IPC binding, menu and security switches. Everything it
// calls (service, store, files, settings) is plain Node and tested without Electron.
import fs from 'node:fs';
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, protocol, session, shell } from 'electron';
import { opNames } from '../shared/api/ops';
import { installMenu } from './menu';
import { defaultDataDir } from './paths';
import { CONTENT_SECURITY_POLICY } from './security/csp';
import { blocksNavigation, grantsPermission, handleIpc, windowOpenPolicy } from './security/guards';
import { APP_ORIGIN, APP_SCHEME, resolveAppFile } from './security/origin';
import { secureWebPreferences } from './security/webPreferences';
import { createService, type Service } from './service/service';
import { addRecentFile, loadWindowBounds, recentFiles, saveWindowBounds } from './settings/settings';

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

const FILE_EXT = '.handlingsrom';
const appRoot = app.getAppPath();
const rendererDir = path.join(appRoot, 'dist', 'renderer');
let service: Service | null = null;
let mainWindow: BrowserWindow | null = null;
/** Files asked for before the window was ready (double-click on a scenario file starts the app with it). */
const pendingFiles: string[] = process.argv.slice(1).filter((a) => a.endsWith(FILE_EXT));

/** better-sqlite3 built for Electron's ABI, kept apart from the Node build in node_modules (see README). */
function electronNativeBinding(): string | undefined {
  const candidates = [
    path.join(process.resourcesPath, 'native', 'better_sqlite3.node'),
    path.join(appRoot, 'native', 'electron', 'better_sqlite3.node'),
  ];
  return candidates.find((p) => fs.existsSync(p));
}

function refreshMenu() {
  installMenu(mainWindow, { importFile: () => void chooseAndImport(), savePdf: () => void savePdf(), openRecent: (f) => void importFile(f), recentFiles: service ? recentFiles(service.db) : [] });
}

/** Import a scenario file through the same service operation the UI uses, then show it. */
async function importFile(file: string) {
  if (!service || !mainWindow) {
    pendingFiles.push(file);
    return;
  }
  let content: string;
  try {
    content = fs.readFileSync(file, 'utf8');
  } catch (err) {
    dialog.showErrorBox('Kunne ikke lese filen', `${file}\n${err instanceof Error ? err.message : String(err)}`);
    return;
  }
  const res = await service.dispatch('scenario.import', { fileName: path.basename(file), content });
  if (res.ok) {
    addRecentFile(service.db, file);
    refreshMenu();
  }
  mainWindow.webContents.send('command', 'imported', res);
}

async function chooseAndImport() {
  if (!mainWindow) return;
  const pick = await dialog.showOpenDialog(mainWindow, {
    title: 'Importer scenariofil',
    filters: [{ name: 'Handlingsrom-scenario', extensions: ['handlingsrom'] }],
    properties: ['openFile'],
  });
  if (!pick.canceled && pick.filePaths[0]) await importFile(pick.filePaths[0]);
}

/** The window as a PDF, with the app's print styles (the comparison report prints as landscape A4). */
async function savePdf() {
  if (!mainWindow) return;
  const pick = await dialog.showSaveDialog(mainWindow, { title: 'Lagre som PDF', defaultPath: 'Handlingsrom.pdf', filters: [{ name: 'PDF', extensions: ['pdf'] }] });
  if (pick.canceled || !pick.filePath) return;
  const pdf = await mainWindow.webContents.printToPDF({ landscape: true, pageSize: 'A4', printBackground: true, preferCSSPageSize: true });
  fs.writeFileSync(pick.filePath, pdf);
}

function createWindow() {
  const bounds = loadWindowBounds(service!.db, { width: 1400, height: 900 });
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
    if (service) saveWindowBounds(service.db, { ...win.getNormalBounds(), maximized: win.isMaximized() });
  });
  win.on('closed', () => (mainWindow = null));
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
  refreshMenu();
  void win.loadURL(`${APP_ORIGIN}/index.html`);
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

  app.whenReady().then(() => {
    // Examples ship beside the app archive when packaged, and live in resources/ in a checkout.
    const examplesDir = app.isPackaged ? path.join(process.resourcesPath, 'examples') : path.join(appRoot, 'resources', 'examples');
    service = createService({ dataDir: defaultDataDir(), shell: 'electron', nativeBinding: electronNativeBinding(), examplesDir });

    protocol.handle(APP_SCHEME, (request) => {
      const file = resolveAppFile(rendererDir, request.url);
      if (!file || !fs.existsSync(file)) return new Response('not found', { status: 404 });
      return new Response(fs.readFileSync(file), {
        headers: { 'Content-Type': contentType(file), 'Content-Security-Policy': CONTENT_SECURITY_POLICY },
      });
    });
    session.defaultSession.setPermissionRequestHandler((_wc, permission, callback) => callback(grantsPermission(permission)));
    session.defaultSession.setPermissionCheckHandler((_wc, permission) => grantsPermission(permission));

    for (const op of opNames) {
      ipcMain.handle(`api:${op}`, (event, payload: unknown) => handleIpc(service!.dispatch, op, event.senderFrame?.url, payload));
    }
    createWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createWindow();
    });
  });
}

app.on('web-contents-created', (_event, contents) => {
  contents.on('will-attach-webview', (event) => event.preventDefault());
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

app.on('will-quit', () => {
  service?.close();
  service = null;
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

// The Electron main process, kept thin: window, protocol, IPC binding and security switches. Everything it calls
// (service, store, files) is plain Node and tested without Electron.
import fs from 'node:fs';
import path from 'node:path';
import { app, BrowserWindow, ipcMain, protocol, session, shell } from 'electron';
import { opNames } from '../shared/api/ops';
import { defaultDataDir } from './paths';
import { createService, type Service } from './service/service';
import { APP_SCHEME, APP_ORIGIN, isTrustedUrl, resolveAppFile } from './security/origin';
import { CONTENT_SECURITY_POLICY } from './security/csp';
import { installMenu } from './menu';

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

const appRoot = app.getAppPath();
const rendererDir = path.join(appRoot, 'dist', 'renderer');

/** better-sqlite3 built for Electron's ABI, kept apart from the Node build in node_modules (see README). */
function electronNativeBinding(): string | undefined {
  const candidates = [
    path.join(process.resourcesPath, 'native', 'better_sqlite3.node'),
    path.join(appRoot, 'native', 'electron', 'better_sqlite3.node'),
  ];
  return candidates.find((p) => fs.existsSync(p));
}

let service: Service | null = null;

function createWindow() {
  const win = new BrowserWindow({
    width: 1400,
    height: 900,
    title: 'Handlingsrom',
    webPreferences: {
      preload: path.join(appRoot, 'dist', 'electron', 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    },
  });
  win.webContents.setWindowOpenHandler(({ url }) => {
    if (url.startsWith('https://')) void shell.openExternal(url);
    return { action: 'deny' };
  });
  win.webContents.on('will-navigate', (event, url) => {
    if (!isTrustedUrl(url)) event.preventDefault();
  });
  void win.loadURL(`${APP_ORIGIN}/index.html`);
}

app.whenReady().then(() => {
  service = createService({ dataDir: defaultDataDir(), shell: 'electron', nativeBinding: electronNativeBinding() });

  protocol.handle(APP_SCHEME, (request) => {
    const file = resolveAppFile(rendererDir, request.url);
    if (!file) return new Response('not found', { status: 404 });
    return new Response(fs.readFileSync(file), {
      headers: { 'Content-Type': contentType(file), 'Content-Security-Policy': CONTENT_SECURITY_POLICY },
    });
  });
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));

  for (const op of opNames) {
    ipcMain.handle(`api:${op}`, (event, payload: unknown) => {
      const senderUrl = event.senderFrame?.url ?? '';
      if (!isTrustedUrl(senderUrl)) return { ok: false, error: { code: 'api.untrustedSender', params: {} } };
      return service!.dispatch(op, payload);
    });
  }
  installMenu();
  createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
});

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
  const ext = path.extname(file);
  if (ext === '.html') return 'text/html; charset=utf-8';
  if (ext === '.js') return 'text/javascript; charset=utf-8';
  if (ext === '.css') return 'text/css; charset=utf-8';
  if (ext === '.svg') return 'image/svg+xml';
  if (ext === '.json' || ext === '.map') return 'application/json';
  return 'application/octet-stream';
}

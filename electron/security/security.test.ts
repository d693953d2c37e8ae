import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from './csp';
import { isTrustedUrl, resolveAppFile } from './origin';
import { secureWebPreferences } from './webPreferences';

const root = path.resolve(import.meta.dirname, '../..');

function directives(csp: string): Map<string, string> {
  return new Map(csp.split(';').map((d) => d.trim()).filter(Boolean).map((d) => [d.split(/\s+/)[0], d] as [string, string]));
}

describe('Electron security checklist', () => {
  it('isolates and sandboxes the renderer without Node', () => {
    expect(secureWebPreferences('p.cjs')).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('has a CSP without eval or inline scripts, the same in the page and in the protocol handler', () => {
    const csp = directives(CONTENT_SECURITY_POLICY);
    expect(csp.get('script-src')).toBe("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(csp.get('object-src')).toBe("object-src 'none'");
    const html = fs.readFileSync(path.join(root, 'renderer', 'index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBeDefined();
    for (const [name, value] of directives(meta!)) expect(csp.get(name), name).toBe(value);
  });

  it('trusts only its own origin and serves only files inside the renderer folder', () => {
    expect(isTrustedUrl('app://handlingsrom/index.html')).toBe(true);
    expect(isTrustedUrl('https://evil.example/')).toBe(false);
    expect(isTrustedUrl('file:///etc/passwd')).toBe(false);
    expect(isTrustedUrl('not a url')).toBe(false);
    const dir = path.join(root, 'dist', 'renderer');
    expect(resolveAppFile(dir, 'app://handlingsrom/')).toBe(path.join(dir, 'index.html'));
    expect(resolveAppFile(dir, 'app://handlingsrom/assets/x.js')).toBe(path.join(dir, 'assets', 'x.js'));
    // URL parsing folds plain dot segments inside the folder; encoded separators must not lead out of it.
    expect(resolveAppFile(dir, 'app://handlingsrom/../../etc/passwd')).toBe(path.join(dir, 'etc', 'passwd'));
    expect(resolveAppFile(dir, 'app://handlingsrom/%2F..%2F..%2F..%2Fetc%2Fpasswd')).toBeNull();
    expect(resolveAppFile(dir, 'app://handlingsrom/..%5C..%5Cetc')?.startsWith(dir + path.sep) ?? true).toBe(true);
    expect(resolveAppFile(dir, 'app://other/index.html')).toBeNull();
    // Malformed escapes answer "no file" instead of throwing out of the protocol handler.
    for (const bad of ['app://handlingsrom/%', 'app://handlingsrom/%zz', 'app://handlingsrom/assets/%c0%af', 'app://handlingsrom/a%00b']) {
      expect(resolveAppFile(dir, bad)).toBeNull();
    }
  });

  it('packages with the fuses set and the native module outside the asar', () => {
    const yml = fs.readFileSync(path.join(root, 'electron-builder.yml'), 'utf8');
    for (const line of ['runAsNode: false', 'enableNodeOptionsEnvironmentVariable: false', 'onlyLoadAppFromAsar: true', 'enableEmbeddedAsarIntegrityValidation: true']) {
      expect(yml).toContain(line);
    }
    expect(yml).toMatch(/asarUnpack:\s*\n\s*- "\*\*\/\*\.node"/);
    expect(yml).toMatch(/fileAssociations:\s*\n\s*- ext: handlingsrom/);
  });
});

describe('main-process guards', () => {
  it('blocks navigation away from the app and never opens windows', async () => {
    const { blocksNavigation, windowOpenPolicy, grantsPermission } = await import('./guards');
    expect(blocksNavigation('app://handlingsrom/index.html')).toBe(false);
    expect(blocksNavigation('https://example.org/')).toBe(true);
    expect(blocksNavigation('file:///etc/passwd')).toBe(true);
    expect(windowOpenPolicy('https://www.ssb.no/')).toEqual({ action: 'deny', openExternally: true });
    expect(windowOpenPolicy('http://insecure.example/')).toEqual({ action: 'deny', openExternally: false });
    expect(windowOpenPolicy('javascript:alert(1)')).toEqual({ action: 'deny', openExternally: false });
    for (const p of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) expect(grantsPermission(p, 'app://handlingsrom/index.html')).toBe(false);
    // Copy in the grids writes to the clipboard: allowed for the app's own page only.
    expect(grantsPermission('clipboard-sanitized-write', 'app://handlingsrom/index.html')).toBe(true);
    expect(grantsPermission('clipboard-sanitized-write', 'app://handlingsrom')).toBe(true);
    for (const url of ['https://evil.example/', 'file:///tmp/x.html', undefined]) expect(grantsPermission('clipboard-sanitized-write', url)).toBe(false);
  });

  it('lets IPC reach the service only from the app page, which then validates the payload', async () => {
    const { handleIpc } = await import('./guards');
    const calls: unknown[] = [];
    const dispatch = (op: string, payload: unknown) => {
      calls.push([op, payload]);
      return { ok: true as const, value: op };
    };
    expect(handleIpc(dispatch, 'app.info', 'https://evil.example/', {})).toEqual({ ok: false, error: { code: 'api.untrustedSender', params: {} } });
    expect(handleIpc(dispatch, 'app.info', undefined, {})).toMatchObject({ ok: false });
    expect(calls).toEqual([]);
    expect(handleIpc(dispatch, 'app.info', 'app://handlingsrom/index.html', {})).toEqual({ ok: true, value: 'app.info' });
  });
});

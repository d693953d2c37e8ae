// Where the app keeps its data. The same rule as Electron's app.getPath('userData') for an app named
// "Handlingsrom", written out so the web mode and the command line find the same folder without Electron.
import os from 'node:os';
import path from 'node:path';

export const APP_DIR_NAME = 'Handlingsrom';
export const DB_FILE_NAME = 'handlingsrom.sqlite';

export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.HANDLINGSROM_DATA) return path.resolve(env.HANDLINGSROM_DATA);
  const home = os.homedir();
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), APP_DIR_NAME);
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', APP_DIR_NAME);
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), APP_DIR_NAME);
}

export function dbPathIn(dataDir: string): string {
  return path.join(dataDir, DB_FILE_NAME);
}

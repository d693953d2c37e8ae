// Schema migrations, keyed by SQLite's user_version: migration i brings the database from version i to i + 1.
// Append only: never edit a migration that has shipped.
export const migrations: string[] = [
  // 0 → 1: the app's own settings.
  `CREATE TABLE settings (
     key   TEXT PRIMARY KEY,
     value TEXT NOT NULL
   ) STRICT;`,
];

export const SCHEMA_VERSION = migrations.length;

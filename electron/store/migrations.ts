// Schema migrations, keyed by SQLite's user_version: migration i brings the database from version i to i + 1.
// Append only: never edit a migration that has shipped.
export const migrations: string[] = [
  // 0 → 1: the app's own settings.
  `CREATE TABLE settings (
     key   TEXT PRIMARY KEY,
     value TEXT NOT NULL
   ) STRICT;`,

  // 1 → 2: scenarios as snapshot + edit log (see scenarios.ts). The metadata columns are derived from the document
  // on every write, for listing without parsing documents. Times are ISO 8601 UTC text.
  `CREATE TABLE scenarios (
     id                TEXT PRIMARY KEY,
     name              TEXT NOT NULL,
     description       TEXT NOT NULL DEFAULT '',
     municipality      TEXT NOT NULL DEFAULT '',
     first_year        INTEGER NOT NULL,
     years             INTEGER NOT NULL,
     based_on          TEXT REFERENCES scenarios(id) ON DELETE SET NULL,
     created_at        TEXT NOT NULL,
     updated_at        TEXT NOT NULL,
     deleted_at        TEXT,
     revision          INTEGER NOT NULL DEFAULT 0,
     snapshot          TEXT NOT NULL,
     snapshot_revision INTEGER NOT NULL DEFAULT 0,
     CHECK (snapshot_revision <= revision)
   ) STRICT;
   CREATE INDEX scenarios_deleted ON scenarios(deleted_at);
   CREATE INDEX scenarios_based_on ON scenarios(based_on);
   CREATE TABLE edits (
     scenario_id TEXT NOT NULL REFERENCES scenarios(id) ON DELETE CASCADE,
     revision    INTEGER NOT NULL,
     at          TEXT NOT NULL,
     kind        TEXT NOT NULL CHECK (kind IN ('edit', 'undo', 'redo')),
     label       TEXT NOT NULL,
     patches     TEXT NOT NULL,
     inverse     TEXT NOT NULL,
     target      INTEGER,
     PRIMARY KEY (scenario_id, revision),
     CHECK ((kind = 'edit') = (target IS NULL))
   ) STRICT;`,

  // 2 → 3: a count of the commits that changed scenarios, kept by triggers in the same transaction (no extra write),
  // compared at start with the count last acknowledged (commits.ts): acknowledged edits lost with the -wal show.
  `CREATE TABLE store_commits (
     id INTEGER PRIMARY KEY CHECK (id = 1),
     n  INTEGER NOT NULL
   ) STRICT;
   INSERT INTO store_commits (id, n) VALUES (1, 0);
   CREATE TRIGGER store_commits_edit AFTER INSERT ON edits BEGIN UPDATE store_commits SET n = n + 1 WHERE id = 1; END;
   CREATE TRIGGER store_commits_add AFTER INSERT ON scenarios BEGIN UPDATE store_commits SET n = n + 1 WHERE id = 1; END;
   CREATE TRIGGER store_commits_change AFTER UPDATE ON scenarios BEGIN UPDATE store_commits SET n = n + 1 WHERE id = 1; END;
   CREATE TRIGGER store_commits_remove AFTER DELETE ON scenarios BEGIN UPDATE store_commits SET n = n + 1 WHERE id = 1; END;`,

  // 3 → 4: accounts for a team server (issue 21; the laptop has none) and the author of each edit. A username is
  // unique by its key (users.ts usernameKey: trimmed, lower case). Accounts are disabled, never deleted, so an
  // edit's author always names one.
  `CREATE TABLE users (
     id            TEXT PRIMARY KEY,
     username      TEXT NOT NULL,
     username_key  TEXT NOT NULL UNIQUE,
     display_name  TEXT NOT NULL,
     role          TEXT NOT NULL CHECK (role IN ('leser', 'redaktør', 'admin')),
     password_hash TEXT NOT NULL,
     created_at    TEXT NOT NULL,
     updated_at    TEXT NOT NULL,
     disabled_at   TEXT
   ) STRICT;
   ALTER TABLE edits ADD COLUMN author TEXT REFERENCES users(id);`,

  // 4 → 5: the undo and redo stacks at the snapshot's revision, written with it (scenarios.ts), so a load reads the
  // log after the snapshot only. NULL for a snapshot written before: the stacks are then derived from the whole log.
  `ALTER TABLE scenarios ADD COLUMN snapshot_stacks TEXT;`,
];

export const SCHEMA_VERSION = migrations.length;

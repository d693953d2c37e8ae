// The PostgreSQL store's schema, in numbered steps as SQLite's (../migrations.ts), recorded in schema_version:
// migration i brings the database from version i to i + 1. Append only. The tables are those of the SQLite store
// (times as ISO 8601 UTC text, documents and patches as JSON text), so both stores read and write the same rows.
export const pgMigrations: string[] = [
  // 0 → 1: everything the SQLite store has after its migration 4 (settings, scenarios with their edit log, accounts
  // and the author of each edit). The commit counter of SQLite (-ack) has no place here: PostgreSQL's own
  // write-ahead log makes a committed transaction durable.
  `CREATE TABLE settings (
     key   text PRIMARY KEY,
     value text NOT NULL
   );
   CREATE TABLE users (
     id            text PRIMARY KEY,
     username      text NOT NULL,
     username_key  text NOT NULL UNIQUE,
     display_name  text NOT NULL,
     role          text NOT NULL CHECK (role IN ('leser', 'redaktør', 'admin')),
     password_hash text NOT NULL,
     created_at    text NOT NULL,
     updated_at    text NOT NULL,
     disabled_at   text
   );
   CREATE TABLE scenarios (
     id                text PRIMARY KEY,
     name              text NOT NULL,
     description       text NOT NULL DEFAULT '',
     municipality      text NOT NULL DEFAULT '',
     first_year        integer NOT NULL,
     years             integer NOT NULL,
     based_on          text REFERENCES scenarios(id) ON DELETE SET NULL,
     created_at        text NOT NULL,
     updated_at        text NOT NULL,
     deleted_at        text,
     revision          integer NOT NULL DEFAULT 0,
     snapshot          text NOT NULL,
     snapshot_revision integer NOT NULL DEFAULT 0,
     CHECK (snapshot_revision <= revision)
   );
   CREATE INDEX scenarios_deleted ON scenarios(deleted_at);
   CREATE INDEX scenarios_based_on ON scenarios(based_on);
   CREATE TABLE edits (
     scenario_id text NOT NULL REFERENCES scenarios(id) ON DELETE CASCADE,
     revision    integer NOT NULL,
     at          text NOT NULL,
     kind        text NOT NULL CHECK (kind IN ('edit', 'undo', 'redo')),
     label       text NOT NULL,
     patches     text NOT NULL,
     inverse     text NOT NULL,
     target      integer,
     author      text REFERENCES users(id),
     PRIMARY KEY (scenario_id, revision),
     CHECK ((kind = 'edit') = (target IS NULL))
   );`,
  // 1 → 2: the team server's sessions (scripts/server/sessions.ts), so a restart of the server signs no one out. The
  // cookie's value is never stored, only its SHA-256: a copy of the database opens no session. Times in ms since 1970.
  `CREATE TABLE sessions (
     id_hash    text PRIMARY KEY,
     user_id    text NOT NULL REFERENCES users(id) ON DELETE CASCADE,
     created_at bigint NOT NULL,
     last_seen  bigint NOT NULL
   );
   CREATE INDEX sessions_user ON sessions(user_id);`,
  // 2 → 3: the undo and redo stacks at the snapshot's revision, as SQLite's migration 5 (../scenarios.ts).
  `ALTER TABLE scenarios ADD COLUMN snapshot_stacks text;`,
];

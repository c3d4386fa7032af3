/**
 * Schema migrations, applied in order and tracked with SQLite's user_version. Hand-written SQL
 * keeps the runtime free of drizzle-kit; store/schema.ts mirrors the final shape for typed queries.
 */
export const MIGRATIONS: readonly string[] = [
  `CREATE TABLE conversations (
     id TEXT PRIMARY KEY,
     created_at INTEGER NOT NULL,
     context TEXT NOT NULL
   );
   CREATE TABLE goals (
     id TEXT PRIMARY KEY,
     conversation_id TEXT NOT NULL,
     text TEXT NOT NULL,
     origin TEXT,
     status TEXT NOT NULL,
     answer TEXT,
     created_at INTEGER NOT NULL,
     finished_at INTEGER
   );
   CREATE INDEX goals_conversation ON goals (conversation_id, created_at);
   CREATE TABLE subtasks (
     id TEXT PRIMARY KEY,
     goal_id TEXT NOT NULL REFERENCES goals(id),
     device_id TEXT NOT NULL,
     device_name TEXT NOT NULL,
     text TEXT NOT NULL,
     status TEXT NOT NULL,
     stage TEXT,
     message TEXT,
     result TEXT,
     deadline INTEGER NOT NULL,
     created_at INTEGER NOT NULL,
     finished_at INTEGER
   );
   CREATE INDEX subtasks_goal ON subtasks (goal_id);
   CREATE TABLE devices (
     id TEXT PRIMARY KEY,
     profile TEXT NOT NULL,
     availability TEXT NOT NULL,
     state TEXT NOT NULL,
     updated_at INTEGER
   );
   CREATE TABLE events (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     at INTEGER NOT NULL,
     kind TEXT NOT NULL,
     goal_id TEXT,
     device_id TEXT,
     data TEXT NOT NULL
   );
   CREATE INDEX events_goal ON events (goal_id, id);`,
  // The plan step behind each subtask (dependencies, condition, delay, question), for answers and restarts.
  `ALTER TABLE subtasks ADD COLUMN step TEXT;
   ALTER TABLE subtasks ADD COLUMN not_before INTEGER;
   ALTER TABLE goals ADD COLUMN unresolved TEXT;`,
  // MQTT identities (security/credential-store.ts): who may connect, as which principal, and how
  // its secret is checked. Secrets are never stored: 'derived' ones are recomputed from the
  // coordinator's master key, 'issued' ones are kept as an scrypt hash (and a Mosquitto PBKDF2 hash
  // for `meshmind broker mosquitto-config`).
  `CREATE TABLE mqtt_credentials (
     username TEXT PRIMARY KEY,
     kind TEXT NOT NULL,
     device_id TEXT,
     secret_hash TEXT,
     mosquitto_hash TEXT,
     created_at INTEGER NOT NULL,
     revoked_at INTEGER
   );`,
  // HTTP access: bearer tokens (only a hash of each secret) and who may continue a conversation
  // (a hash of its conversation key, and the token that started it).
  `CREATE TABLE http_tokens (
     id TEXT PRIMARY KEY,
     name TEXT NOT NULL,
     secret_hash TEXT NOT NULL,
     created_at INTEGER NOT NULL,
     revoked_at INTEGER
   );
   ALTER TABLE conversations ADD COLUMN key_hash TEXT;
   ALTER TABLE conversations ADD COLUMN owner_token_id TEXT;`,
  // The outbox: when the broker acknowledged a subtask (PUBACK). Null while it waits to be handed over.
  `ALTER TABLE subtasks ADD COLUMN sent_at INTEGER;`,
  // Aliases and phrasings learned in conversation (learned-aliases.ts), and HTTP token scopes
  // (null: every scope, as tokens made before scopes existed could do everything).
  `CREATE TABLE learned_aliases (
     id TEXT PRIMARY KEY,
     phrase TEXT NOT NULL UNIQUE,
     device_id TEXT NOT NULL,
     kind TEXT NOT NULL,
     taught_by TEXT NOT NULL,
     conversation_id TEXT,
     created_at INTEGER NOT NULL
   );
   ALTER TABLE http_tokens ADD COLUMN scopes TEXT;`,
];

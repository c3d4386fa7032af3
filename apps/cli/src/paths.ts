import { fileURLToPath } from 'node:url';

/** The repository's example home, used when no --scenario is given. */
export const DEFAULT_SCENARIO = fileURLToPath(new URL('../../../examples/home.yaml', import.meta.url));

/** The coordinator's SQLite file unless --db says otherwise: `start` and `tokens` must agree on it. */
export const DEFAULT_DATABASE_PATH = '.meshmind/meshmind.db';

/** Where `meshmind chat` finds the coordinator without --url or $MESHMIND_URL. */
export const DEFAULT_COORDINATOR_URL = 'http://127.0.0.1:8080';

/**
 * The owner's HTTP token, in the coordinator's state directory (beside its database, mode 0600):
 * `meshmind start` writes it on first start, `meshmind chat` reads it. SECURITY.md, HTTP.
 */
export const OWNER_TOKEN_FILE = 'owner.token';

/** Where client commands keep their own state (conversation keys): $MESHMIND_STATE_DIR or .meshmind. */
export function stateDirectory(env: NodeJS.ProcessEnv): string {
  return env.MESHMIND_STATE_DIR || '.meshmind';
}

/** Retrieval indexes of `start`'s default database directory, which `run` reuses (see BENCHMARKS.md, cold start). */
export const DEFAULT_RAG_CACHE_DIRECTORY = '.meshmind/cache/rag';

/**
 * V8 code caches a one-shot run keeps beside its retrieval cache (TF.js in the sentence model's worker
 * thread): in the data directory, its owner's only, as cached data is code.
 */
export const DEFAULT_CODE_CACHE_DIRECTORY = '.meshmind/cache/code';

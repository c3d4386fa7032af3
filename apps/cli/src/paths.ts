import { fileURLToPath } from 'node:url';

/** The repository's example home, used when no --scenario is given. */
export const DEFAULT_SCENARIO = fileURLToPath(new URL('../../../examples/home.yaml', import.meta.url));

/** The coordinator's SQLite file unless --db says otherwise: `start` and `tokens` must agree on it. */
export const DEFAULT_DATABASE_PATH = '.meshmind/meshmind.db';

/** Where client commands keep their own state (conversation keys): $MESHMIND_STATE_DIR or .meshmind. */
export function stateDirectory(env: NodeJS.ProcessEnv): string {
  return env.MESHMIND_STATE_DIR || '.meshmind';
}

/** Retrieval indexes of `start`'s default database directory, which `run` reuses (see BENCHMARKS.md, cold start). */
export const DEFAULT_RAG_CACHE_DIRECTORY = '.meshmind/cache/rag';

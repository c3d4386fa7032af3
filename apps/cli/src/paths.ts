import { fileURLToPath } from 'node:url';

/** The repository's example home, used when no --scenario is given. */
export const DEFAULT_SCENARIO = fileURLToPath(new URL('../../../examples/home.yaml', import.meta.url));

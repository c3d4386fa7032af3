import { ensurePrivateDirectory, isInsideDirectory, MeshmindError } from '@meshmind/protocol';

/**
 * Makes a data directory of meshmind's (the coordinator's, an agent's, the board's) its owner's
 * only, 0700, on every start: one left open by an older version, by the user or by `mkdir -p` is
 * closed, and `warn` says so once (the next start finds it closed). Everything meshmind keeps there
 * (master key, databases and their WAL, the broker's store, caches, tokens) is then out of other
 * users' reach whatever mode SQLite or LevelDB gave a file. SECURITY.md, "Secrets at rest".
 */
export function preparePrivateDirectory(path: string, warn: (message: string) => void): void {
  const outcome = ensurePrivateDirectory(path);
  if (outcome.kind === 'tightened') {
    warn(`the data directory ${path} was open to other users (mode 0${outcome.previousMode.toString(8)}); it is now 0700, its owner's only`);
  }
}

/**
 * Refuses a Mosquitto configuration directory inside meshmind's private data directory: Mosquitto
 * started as root drops to its own user before it reads its password file, ACL and key, and that
 * user cannot enter a 0700 directory of another. Its files get a directory of their own beside it.
 */
export function refuseMosquittoInside(mosquittoDirectory: string, dataDirectory: string): void {
  if (!isInsideDirectory(mosquittoDirectory, dataDirectory)) return;
  throw new MeshmindError(
    'E_CONFIG_INVALID',
    `the Mosquitto directory ${mosquittoDirectory} lies inside meshmind's data directory ${dataDirectory}, which only its owner may enter (0700), so Mosquitto's own user could not read its files there; give a directory beside it, such as ${dataDirectory.replace(/\/+$/, '')}-mosquitto`,
  );
}

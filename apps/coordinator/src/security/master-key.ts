import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { MeshmindError } from '@meshmind/protocol';

/** The coordinator's one secret at rest: the derived MQTT passwords are HMACs under it. */
export interface MasterKey {
  readonly bytes: Buffer;
  /** Where it is kept, or null for a key that lives only as long as the process. */
  readonly path: string | null;
}

/** A key for one process only (`meshmind run`, tests on ':memory:'): nothing outside can use it. */
export function ephemeralMasterKey(): MasterKey {
  return { bytes: randomBytes(32), path: null };
}

/**
 * Reads the master key, or creates it on first start with mode 0600 (like zigbee2mqtt's generated
 * network key): the first run needs no step from the person.
 */
export function loadOrCreateMasterKey(path: string): MasterKey {
  try {
    const text = readFileSync(path, 'utf8').trim();
    const bytes = Buffer.from(text, 'base64');
    if (bytes.length < 32) throw new MeshmindError('E_CONFIG_INVALID', `${path} does not hold a 32-byte base64 key; move it away to have a new one made`);
    return { bytes, path };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      if ((error as { name?: string }).name === 'MeshmindError') throw error;
      throw new MeshmindError('E_CONFIG_INVALID', `cannot read the master key ${path}: ${(error as Error).message}`, { cause: error });
    }
  }
  const bytes = randomBytes(32);
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  try {
    writeFileSync(path, `${bytes.toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    // Another process made it first: use theirs.
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return loadOrCreateMasterKey(path);
    throw new MeshmindError('E_CONFIG_INVALID', `cannot write the master key ${path}: ${(error as Error).message}`, { cause: error });
  }
  chmodSync(path, 0o600);
  return { bytes, path };
}

import { chmodSync, chownSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { AccessPolicy, MeshmindError, principalOf, type Topics } from '@meshmind/protocol';
import { mosquittoHash, type CredentialStore } from './credential-store';

export interface MosquittoConfigOptions {
  directory: string;
  credentials: CredentialStore;
  topics: Topics;
  host: string;
  port: number;
  /**
   * Certificate and key files for a TLS listener. `copy`: they lie in meshmind's private data
   * directory (the installation's own pair), where Mosquitto, dropped to its own user, cannot read
   * them; they are copied into DIR/tls for it (the key mode 0600, given to the broker's user).
   */
  tls?: { certPath: string; keyPath: string; copy?: boolean } | null;
}

/** Modes of Mosquitto's directory: its user must walk it and read the config; the secrets are 0600. */
const MOSQUITTO_DIRECTORY_MODE = 0o755;
const MOSQUITTO_PUBLIC_FILE_MODE = 0o644;
const MOSQUITTO_SECRET_FILE_MODE = 0o600;

export interface MosquittoConfigFiles {
  config: string;
  passwords: string;
  acl: string;
  users: number;
}

/**
 * Writes a mosquitto.conf, a password file and an ACL file that enforce meshmind's rules on an
 * external Mosquitto: no anonymous clients, one identity per client, and per identity exactly the
 * topics AccessPolicy grants. Revoked identities are left out. After enrolling or revoking, write
 * them again and reload Mosquitto (`kill -HUP`): it then refuses revoked clients' next connection.
 * `meshmind start --mosquitto-config DIR` does both itself for the devices it bridges
 * (MosquittoAccessSync).
 *
 * One difference from the embedded broker: Mosquitto's ACL cannot say "empty payloads only", so the
 * coordinator may write any payload on device profile, availability and state topics there.
 */
export function writeMosquittoConfig(options: MosquittoConfigOptions): MosquittoConfigFiles {
  const directory = resolve(options.directory);
  try {
    // Modes are set explicitly, not left to mkdir and the umask: the CLI runs under umask 077
    // (its data directory is private), and Mosquitto's user must still read what is written here.
    makeDirectory(directory, MOSQUITTO_DIRECTORY_MODE);
    const tls = options.tls ? listenerTlsFiles(directory, options.tls) : null;
    const listener = [`listener ${options.port} ${options.host}`, ...(tls ? [`certfile ${tls.certPath}`, `keyfile ${tls.keyPath}`, 'tls_version tlsv1.2'] : [])];
    const config = [
      '# meshmind: written by `meshmind broker mosquitto-config`.',
      'per_listener_settings false',
      'allow_anonymous false',
      `password_file ${join(directory, 'passwd')}`,
      `acl_file ${join(directory, 'acl')}`,
      // Sessions and queued QoS 1 messages outlive a restart of Mosquitto, as with the embedded broker.
      'persistence true',
      `persistence_location ${join(directory, 'data')}/`,
      // `meshmind start --mosquitto-config DIR` signals this process to reload the files it rewrites.
      `pid_file ${mosquittoPidFile(directory)}`,
      ...listener,
      '',
    ].join('\n');
    // Root's, not Mosquitto's: a broker that could rewrite its own configuration could name another user.
    replaceFile(join(directory, 'mosquitto.conf'), config, MOSQUITTO_PUBLIC_FILE_MODE, { handOver: false });
    makeDirectory(join(directory, 'data'), 0o700);
    makeDirectory(join(directory, 'run'), MOSQUITTO_DIRECTORY_MODE);
    handOverToBrokerUser([join(directory, 'data'), join(directory, 'run')]);
  } catch (error) {
    if (error instanceof MeshmindError) throw error;
    throw new MeshmindError('E_CONFIG_INVALID', `cannot write the Mosquitto configuration to ${directory}: ${(error as Error).message}`, { cause: error });
  }
  const access = writeMosquittoAccessFiles(options);
  return { config: join(directory, 'mosquitto.conf'), ...access };
}

/** A directory of exactly `mode`; one already so is left alone (it may be root's while meshmind runs as another user). */
function makeDirectory(path: string, mode: number): void {
  mkdirSync(path, { recursive: true, mode });
  if ((statSync(path).mode & 0o777) !== mode) chmodSync(path, mode);
}

/** The certificate and key Mosquitto's listener reads: the given files, or its own copies of the installation's pair. */
function listenerTlsFiles(directory: string, tls: NonNullable<MosquittoConfigOptions['tls']>): { certPath: string; keyPath: string } {
  if (!tls.copy) return { certPath: resolve(tls.certPath), keyPath: resolve(tls.keyPath) };
  const tlsDirectory = join(directory, 'tls');
  makeDirectory(tlsDirectory, MOSQUITTO_DIRECTORY_MODE);
  const certPath = join(tlsDirectory, 'cert.pem');
  const keyPath = join(tlsDirectory, 'key.pem');
  replaceFile(certPath, readFileSync(tls.certPath), MOSQUITTO_PUBLIC_FILE_MODE, { handOver: false });
  replaceFile(keyPath, readFileSync(tls.keyPath), MOSQUITTO_SECRET_FILE_MODE);
  return { certPath, keyPath };
}

/** Where the Mosquitto of a written configuration keeps its process id. */
export function mosquittoPidFile(directory: string): string {
  return join(resolve(directory), 'run', 'mosquitto.pid');
}

/**
 * Writes only the password file and the ACL, from the identities enrolled now: what changes when a
 * device is enrolled or revoked. Each file is written beside its place and renamed over it, so a
 * Mosquitto reloading at that moment reads the old file or the new one, never half of one.
 */
export function writeMosquittoAccessFiles(options: Pick<MosquittoConfigOptions, 'directory' | 'credentials' | 'topics'>): Omit<MosquittoConfigFiles, 'config'> {
  const directory = resolve(options.directory);
  const policy = new AccessPolicy(options.topics);
  const passwordLines: string[] = [];
  const aclBlocks: string[] = ['# meshmind: written by `meshmind broker mosquitto-config`; every identity gets only what its job needs.'];
  for (const row of options.credentials.list()) {
    if (row.revokedAt !== null) continue;
    const principal = principalOf(row.username);
    if (!principal) continue;
    const hash = row.kind === 'derived' ? mosquittoHash(options.credentials.derivedPassword(principal)) : row.mosquittoHash;
    if (!hash) continue;
    passwordLines.push(`${row.username}:${hash}`);
    const rules = policy.rules(principal).map((rule) => `topic ${rule.access} ${rule.topic}`);
    aclBlocks.push(`user ${row.username}\n${rules.join('\n')}`);
  }
  const passwords = join(directory, 'passwd');
  const acl = join(directory, 'acl');
  try {
    makeDirectory(directory, MOSQUITTO_DIRECTORY_MODE);
    replaceFile(passwords, `${passwordLines.join('\n')}\n`, MOSQUITTO_SECRET_FILE_MODE);
    // It names every enrolled device: for Mosquitto's eyes only, like the password file.
    replaceFile(acl, `${aclBlocks.join('\n\n')}\n`, MOSQUITTO_SECRET_FILE_MODE);
  } catch (error) {
    throw new MeshmindError('E_CONFIG_INVALID', `cannot write the Mosquitto password and ACL files to ${directory}: ${(error as Error).message}`, { cause: error });
  }
  return { passwords, acl, users: passwordLines.length };
}

function replaceFile(path: string, content: string | Buffer, mode: number, options: { handOver: boolean } = { handOver: true }): void {
  const next = `${path}.next`;
  writeFileSync(next, content, { mode });
  chmodSync(next, mode);
  if (options.handOver) handOverToBrokerUser([next]);
  renameSync(next, path);
}

/**
 * Mosquitto started as root drops to its own `mosquitto` user before it reads the password file and
 * its TLS key (measured with Mosquitto 2.0.11: a root-only key in a 0700 directory stops it with
 * "Permission denied"), so a file only root can read would stop it. Written by root, the files go to
 * that user (still 0600): the password file is readable by Mosquitto and its owner only.
 */
function handOverToBrokerUser(paths: string[]): void {
  if (process.getuid?.() !== 0) return;
  let passwd: string;
  try {
    passwd = readFileSync('/etc/passwd', 'utf8');
  } catch {
    return;
  }
  const entry = passwd.split('\n').find((line) => line.startsWith('mosquitto:'));
  if (!entry) return;
  const [, , uid, gid] = entry.split(':');
  for (const path of paths) chownSync(path, Number(uid), Number(gid));
}

import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import type { Logger } from 'pino';
import { MeshmindError, closeMqtt, connectMqtt, toMeshmindError, type MqttCredentials, type MqttTlsOptions, type Topics } from '@meshmind/protocol';
import type { CredentialStore } from './credential-store';
import { mosquittoPidFile, writeMosquittoAccessFiles } from './mosquitto-config';

export interface MosquittoAccessSyncOptions {
  /** The directory `meshmind broker mosquitto-config` wrote, which the running Mosquitto reads. */
  directory: string;
  credentials: CredentialStore;
  topics: Topics;
  /** That Mosquitto's URL, to check that a reload let an identity in (or shut it out). */
  brokerUrl: string;
  tls?: MqttTlsOptions;
  logger: Logger;
  /** How long a newly enrolled identity may take to be let in after the reload; default 15 s. */
  admitTimeoutMs?: number;
}

const PROBE_INTERVAL_MS = 100;

/** Whether a process is a Mosquitto, where /proc can tell (Linux); elsewhere the pid file is trusted. */
function isMosquittoProcess(pid: number): boolean {
  if (!existsSync('/proc/self')) return true;
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')[0]!.endsWith('mosquitto');
  } catch {
    return false;
  }
}

/**
 * Keeps an external Mosquitto's password file and ACL in step with the identities this process
 * enrolls and revokes (the agents of bridged devices come and go while it runs): each change
 * rewrites both files from the credential store and asks Mosquitto to reload them (SIGHUP to the
 * process in its pid file). `admit` resolves once Mosquitto accepts the new login, so an agent is
 * not refused for connecting a moment before the reload. Rewrites run one at a time.
 */
export class MosquittoAccessSync {
  private queue: Promise<void> = Promise.resolve();
  private warnedAboutReload = false;
  private started = false;
  private readonly onRevoked = () => {
    void this.rewrite().catch((error: unknown) => this.options.logger.warn({ err: error }, 'could not write the Mosquitto files after a revocation'));
  };

  constructor(private readonly options: MosquittoAccessSyncOptions) {}

  /** Writes the files for the identities enrolled now and follows revocations from here on. */
  async start(): Promise<void> {
    if (this.started) return;
    this.started = true;
    this.options.credentials.on('revoked', this.onRevoked);
    await this.rewrite();
  }

  async stop(): Promise<void> {
    if (!this.started) return;
    this.started = false;
    this.options.credentials.off('revoked', this.onRevoked);
    await this.queue.catch(() => undefined);
  }

  /**
   * Puts an enrolled identity into the files, reloads Mosquitto, and waits until Mosquitto takes
   * its login. Throws E_UNAUTHORIZED when it still refuses it after the timeout (Mosquitto not
   * reloaded: no pid file, or another user's process).
   */
  async admit(credentials: MqttCredentials): Promise<void> {
    await this.rewrite();
    const deadline = Date.now() + (this.options.admitTimeoutMs ?? 15_000);
    for (;;) {
      const outcome = await this.probe(credentials);
      if (outcome === 'accepted') return;
      if (Date.now() > deadline) {
        throw new MeshmindError(
          'E_UNAUTHORIZED',
          `the Mosquitto at ${this.options.brokerUrl} still refuses ${credentials.username} after its files in ${this.options.directory} were rewritten: reload it (kill -HUP its process)`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, PROBE_INTERVAL_MS));
    }
  }

  /** Rewrites the password file and the ACL and signals Mosquitto; calls queue behind each other. */
  rewrite(): Promise<void> {
    const next = this.queue.catch(() => undefined).then(() => {
      const files = writeMosquittoAccessFiles({ directory: this.options.directory, credentials: this.options.credentials, topics: this.options.topics });
      this.options.logger.info({ users: files.users, directory: this.options.directory }, 'Mosquitto password file and ACL rewritten');
      this.reload();
    });
    this.queue = next;
    return next;
  }

  private reload(): void {
    const pidFile = mosquittoPidFile(this.options.directory);
    try {
      const pid = Number(readFileSync(pidFile, 'utf8').trim());
      if (!Number.isInteger(pid) || pid <= 1) throw new Error(`${pidFile} holds no process id`);
      // A Mosquitto killed outright leaves its pid file behind, and the number may belong to
      // another process by now: SIGHUP ends most programs, so only a Mosquitto gets it.
      if (!isMosquittoProcess(pid)) throw new Error(`process ${pid} from ${pidFile} is not Mosquitto`);
      process.kill(pid, 'SIGHUP');
    } catch (error) {
      if (this.warnedAboutReload) return;
      this.warnedAboutReload = true;
      // Once: every later rewrite would say the same.
      // Mosquitto keeps the old files until someone reloads it: new bridged devices are refused meanwhile.
      this.options.logger.warn(
        { err: error, pidFile },
        'cannot signal Mosquitto to reload its password file and ACL; reload it yourself (kill -HUP) after devices join or leave',
      );
    }
  }

  /** One short-lived login under a throwaway client id, so the agent's own session is left alone. */
  private async probe(credentials: MqttCredentials): Promise<'accepted' | 'refused'> {
    try {
      const client = await connectMqtt({
        url: this.options.brokerUrl,
        clientId: `meshmind-probe-${randomBytes(6).toString('hex')}`,
        credentials,
        connectTimeoutMs: 5_000,
        ...(this.options.tls ? { tls: this.options.tls } : {}),
      });
      await closeMqtt(client);
      return 'accepted';
    } catch (error) {
      if (toMeshmindError(error).code === 'E_UNAUTHORIZED') return 'refused';
      throw error;
    }
  }
}

import { join } from 'node:path';
import { MeshmindError, usernameOf, type MqttCredentials } from '@meshmind/protocol';
import { CredentialStore } from './credential-store';
import { ephemeralMasterKey, loadOrCreateMasterKey } from './master-key';

export interface LocalSecurityOptions {
  /** The coordinator's SQLite file, or ':memory:'. */
  databasePath: string;
  /** Where the master key is kept; without one the key lives only as long as this process. */
  stateDirectory?: string;
}

/**
 * The identities of one coordinator host: its own, and those of the devices it runs or enrolls.
 * `meshmind start` and `run`, the tests and the benchmarks all get their MQTT credentials here, so
 * the first run needs no step from the person.
 */
export class LocalSecurity {
  readonly credentials: CredentialStore;

  constructor(options: LocalSecurityOptions) {
    const masterKey = options.stateDirectory ? loadOrCreateMasterKey(join(options.stateDirectory, 'master.key')) : ephemeralMasterKey();
    this.credentials = new CredentialStore(options.databasePath, masterKey);
    this.credentials.open();
  }

  /** The coordinator's own credentials (enrolled on first use). */
  coordinator(): MqttCredentials {
    return this.credentials.enrollDerived({ kind: 'coordinator' });
  }

  /** Credentials for an agent this host runs itself (a simulated device), enrolled on first use. */
  device(deviceId: string): MqttCredentials {
    const enrolled = this.credentials.get(usernameOf({ kind: 'agent', deviceId }));
    if (enrolled?.kind === 'issued' && enrolled.revokedAt === null) {
      // Never take over the identity of a real agent that was enrolled on another board.
      throw new MeshmindError('E_CONFIG_INVALID', `device ${deviceId} is enrolled as an agent on another board; rename the simulated one or run \`meshmind devices remove ${deviceId}\` first`);
    }
    return this.credentials.enrollDerived({ kind: 'agent', deviceId });
  }

  /**
   * Revokes the identity of a device this host ran itself (a bridged device that left its system
   * for good): the broker refuses and disconnects it from now on. An identity issued for another
   * board is left alone (`meshmind devices remove` handles those). True if one was revoked.
   */
  revokeDevice(deviceId: string): boolean {
    const username = usernameOf({ kind: 'agent', deviceId });
    if (this.credentials.get(username)?.kind !== 'derived') return false;
    return this.credentials.revoke(username);
  }

  /** Devices whose identity was revoked (by `meshmind devices remove`, possibly from another process). */
  revokedDevices(deviceIds: Iterable<string>): string[] {
    return [...deviceIds].filter((deviceId) => this.credentials.generation(usernameOf({ kind: 'agent', deviceId })) === null);
  }

  close(): void {
    this.credentials.close();
  }
}

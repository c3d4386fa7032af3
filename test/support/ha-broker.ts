import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { join } from 'node:path';
import { Aedes } from 'aedes';
import mqtt, { type MqttClient } from 'mqtt';
import { freePort, MOSQUITTO_BINARY, waitForPort } from './ports';

/** The broker a Home Assistant household already runs: its own logins, nothing of meshmind's. */
export interface HouseholdBroker {
  url: string;
  /** Who may connect (username -> password). */
  logins: Map<string, string>;
  close(): Promise<void>;
}

export async function startHouseholdBroker(logins: Record<string, string>): Promise<HouseholdBroker> {
  const accounts = new Map(Object.entries(logins));
  const broker = await Aedes.createBroker({
    authenticate: (_client, username, password, done) => {
      const ok = username !== undefined && accounts.get(username) === password?.toString('utf8');
      done(null, ok);
    },
  });
  const server = net.createServer({ noDelay: true }, broker.handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    url: `mqtt://127.0.0.1:${port}`,
    logins: accounts,
    async close() {
      await new Promise<void>((resolve) => broker.close(() => resolve()));
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export async function connectClient(url: string, username: string, password: string, will?: { topic: string; payload: string }): Promise<MqttClient> {
  const client = await mqtt.connectAsync(url, {
    username,
    password,
    reconnectPeriod: 0,
    ...(will ? { will: { topic: will.topic, payload: Buffer.from(will.payload), retain: true, qos: 1 } } : {}),
  });
  (client.stream as net.Socket).setNoDelay?.(true);
  return client;
}

/**
 * A plug running Tasmota with Home Assistant discovery (SetOption19): it announces one relay with
 * abbreviated keys and a `~` base topic, says Online/Offline on its LWT topic, obeys POWER commands
 * and reports its power state in its telemetry.
 */
export class FakeTasmotaPlug {
  private client: MqttClient | null = null;
  power: 'ON' | 'OFF' = 'OFF';
  readonly commands: string[] = [];

  constructor(
    private readonly options: { url: string; username: string; password: string; topic: string; mac: string; name: string },
  ) {}

  get configTopic(): string {
    return `homeassistant/switch/${this.options.mac}_RL_1/config`;
  }

  config(): Record<string, unknown> {
    const { topic, mac, name } = this.options;
    return {
      name,
      '~': `${topic}/`,
      cmd_t: '~cmnd/POWER',
      stat_t: '~tele/STATE',
      val_tpl: '{{value_json.POWER}}',
      pl_off: 'OFF',
      pl_on: 'ON',
      avty_t: '~tele/LWT',
      pl_avail: 'Online',
      pl_not_avail: 'Offline',
      uniq_id: `${mac}_RL_1`,
      dev: { ids: [mac], name, mdl: 'Sonoff Basic', sw: '9.1.0', mf: 'Tasmota' },
    };
  }

  async start(): Promise<void> {
    const { url, username, password, topic } = this.options;
    this.client = await connectClient(url, username, password, { topic: `${topic}/tele/LWT`, payload: 'Offline' });
    this.client.on('message', (messageTopic, payload) => {
      if (messageTopic !== `${topic}/cmnd/POWER`) return;
      const command = payload.toString('utf8').toUpperCase();
      this.commands.push(command);
      this.power = command === 'TOGGLE' ? (this.power === 'ON' ? 'OFF' : 'ON') : command === 'ON' ? 'ON' : 'OFF';
      void this.report();
    });
    await this.client.subscribeAsync(`${topic}/cmnd/POWER`, { qos: 0 });
    await this.client.publishAsync(`${topic}/tele/LWT`, 'Online', { retain: true, qos: 1 });
    await this.client.publishAsync(this.configTopic, JSON.stringify(this.config()), { retain: true, qos: 1 });
    await this.report();
  }

  private async report(): Promise<void> {
    await this.client?.publishAsync(`${this.options.topic}/tele/STATE`, JSON.stringify({ Time: '2026-12-04T23:00:00', Uptime: '0T00:01:00', POWER: this.power }), { retain: false, qos: 0 });
  }

  /** Takes the plug out of Home Assistant: its retained discovery config is cleared. */
  async withdraw(): Promise<void> {
    await this.client?.publishAsync(this.configTopic, '', { retain: true, qos: 1 });
  }

  /** Pulls the plug: the broker publishes its last will, Offline. */
  async pullPlug(): Promise<void> {
    const client = this.client;
    this.client = null;
    (client?.stream as net.Socket | undefined)?.destroy();
    await client?.endAsync(true);
  }

  async stop(): Promise<void> {
    await this.client?.endAsync();
    this.client = null;
  }
}

/**
 * The same household broker as a real Mosquitto (as most Home Assistant installs run), with a
 * password file and an ACL that gives each login only its topics. Callers skip where Mosquitto is
 * missing (`MOSQUITTO_INSTALLED`).
 */
export async function startMosquittoHousehold(logins: Record<string, string>, acl: string, directory: string): Promise<HouseholdBroker> {
  const passwords = join(directory, 'passwd');
  writeFileSync(passwords, '');
  for (const [username, password] of Object.entries(logins)) {
    const result = spawnSync('mosquitto_passwd', ['-b', passwords, username, password]);
    if (result.status !== 0) throw new Error(`mosquitto_passwd failed: ${result.stderr.toString()}`);
  }
  writeFileSync(join(directory, 'acl'), acl);
  // Mosquitto started as root reads its files as the mosquitto user: a test's throwaway files are made readable to it.
  chmodSync(directory, 0o755);
  chmodSync(passwords, 0o644);
  const port = await freePort();
  writeFileSync(
    join(directory, 'mosquitto.conf'),
    `listener ${port} 127.0.0.1\nallow_anonymous false\npassword_file ${passwords}\nacl_file ${join(directory, 'acl')}\npersistence false\n`,
  );
  const child = spawn(MOSQUITTO_BINARY, ['-c', join(directory, 'mosquitto.conf')], { stdio: 'ignore' });
  try {
    await waitForPort(port, 15_000, 'mosquitto');
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return {
    url: `mqtt://127.0.0.1:${port}`,
    logins: new Map(Object.entries(logins)),
    async close() {
      if (child.exitCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

import type { MqttClient } from 'mqtt';
import { connectClient } from './ha-broker';

interface FakeOptions {
  url: string;
  username: string;
  password: string;
  /** The device's own base topic, e.g. `esphome/desk_lamp`. */
  topic: string;
  name: string;
}

/**
 * A colour bulb as ESPHome announces it: a JSON-schema light with brightness, `rgb` and
 * `color_temp` colour modes in mireds (153-500). It obeys JSON commands on `<topic>/set` the way
 * the firmware does (a colour switches it to rgb mode, a temperature to color_temp mode) and
 * reports its whole state as JSON on `<topic>/state`.
 */
export class FakeJsonColourBulb {
  private client: MqttClient | null = null;
  readonly commands: Array<Record<string, unknown>> = [];
  state: { state: 'ON' | 'OFF'; brightness: number; color_mode: 'rgb' | 'color_temp'; color: { r: number; g: number; b: number }; color_temp: number } = {
    state: 'OFF',
    brightness: 255,
    color_mode: 'color_temp',
    color: { r: 255, g: 255, b: 255 },
    color_temp: 370,
  };

  constructor(private readonly options: FakeOptions) {}

  get configTopic(): string {
    return `homeassistant/light/${this.options.topic.replace(/\W/g, '_')}/config`;
  }

  async start(): Promise<void> {
    const { url, username, password, topic, name } = this.options;
    this.client = await connectClient(url, username, password);
    this.client.on('message', (messageTopic, payload) => {
      if (messageTopic !== `${topic}/set`) return;
      let command: Record<string, unknown>;
      try {
        command = JSON.parse(payload.toString('utf8')) as Record<string, unknown>;
      } catch {
        return;
      }
      this.commands.push(command);
      if (command.state === 'ON' || command.state === 'OFF') this.state.state = command.state;
      if (typeof command.brightness === 'number') this.state.brightness = command.brightness;
      const colour = command.color as { r?: number; g?: number; b?: number } | undefined;
      if (colour && typeof colour.r === 'number' && typeof colour.g === 'number' && typeof colour.b === 'number') {
        this.state.color = { r: colour.r, g: colour.g, b: colour.b };
        this.state.color_mode = 'rgb';
      }
      if (typeof command.color_temp === 'number') {
        this.state.color_temp = Math.min(500, Math.max(153, command.color_temp));
        this.state.color_mode = 'color_temp';
      }
      void this.report();
    });
    await this.client.subscribeAsync(`${topic}/set`, { qos: 0 });
    const config = {
      name: null,
      uniq_id: `${topic.replace(/\W/g, '_')}_light`,
      '~': topic,
      schema: 'json',
      cmd_t: '~/set',
      stat_t: '~/state',
      brightness: true,
      sup_clrm: ['rgb', 'color_temp'],
      min_mirs: 153,
      max_mirs: 500,
      dev: { ids: [topic], name, mf: 'espressif', mdl: 'esp32' },
    };
    await this.client.publishAsync(this.configTopic, JSON.stringify(config), { retain: true, qos: 1 });
    await this.report();
  }

  private async report(): Promise<void> {
    const { state, brightness, color_mode, color, color_temp } = this.state;
    const payload = color_mode === 'rgb' ? { state, brightness, color_mode, color } : { state, brightness, color_mode, color_temp };
    await this.client?.publishAsync(`${this.options.topic}/state`, JSON.stringify(payload), { retain: true, qos: 0 });
  }

  async stop(): Promise<void> {
    await this.client?.endAsync();
    this.client = null;
  }
}

/**
 * An irrigation valve that knows its opening (`reports_position`): it takes a position 0-100 on its
 * command topic and reports it back as a number on its state topic, as HA's MQTT valve expects.
 */
export class FakePositionValve {
  private client: MqttClient | null = null;
  readonly commands: string[] = [];
  position = 0;

  constructor(private readonly options: FakeOptions) {}

  get configTopic(): string {
    return `homeassistant/valve/${this.options.topic.replace(/\W/g, '_')}/config`;
  }

  async start(): Promise<void> {
    const { url, username, password, topic, name } = this.options;
    this.client = await connectClient(url, username, password);
    this.client.on('message', (messageTopic, payload) => {
      if (messageTopic !== `${topic}/set`) return;
      const text = payload.toString('utf8');
      this.commands.push(text);
      const wanted = Number(text);
      if (!Number.isFinite(wanted)) return;
      this.position = Math.max(0, Math.min(100, Math.round(wanted)));
      void this.report();
    });
    await this.client.subscribeAsync(`${topic}/set`, { qos: 0 });
    const config = {
      name: null,
      uniq_id: `${topic.replace(/\W/g, '_')}_valve`,
      cmd_t: `${topic}/set`,
      stat_t: `${topic}/state`,
      pos: true,
      dev_cla: 'water',
      dev: { ids: [topic], name, mf: 'Acme', mdl: 'Garden valve' },
    };
    await this.client.publishAsync(this.configTopic, JSON.stringify(config), { retain: true, qos: 1 });
    await this.report();
  }

  private async report(): Promise<void> {
    await this.client?.publishAsync(`${this.options.topic}/state`, String(this.position), { retain: true, qos: 0 });
  }

  async stop(): Promise<void> {
    await this.client?.endAsync();
    this.client = null;
  }
}

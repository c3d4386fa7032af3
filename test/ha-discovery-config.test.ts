import { describe, expect, it } from 'vitest';
import { compileTemplate, parseDiscoveryPayload, parseDiscoveryTopic } from '@meshmind/devices';
import { HaDevice, type DiscoveredEntity } from '../devices/src/bridges/ha-discovery/ha-device';
import { deviceInfoOf, type HaComponent } from '../devices/src/bridges/ha-discovery/discovery-config';
import { coverFragment, lockFragment, valveFragment } from '../devices/src/bridges/ha-discovery/position-entities';
import { binarySensorFragment, climateFragment, sensorFragment } from '../devices/src/bridges/ha-discovery/reading-entities';
import { fanFragment, lightFragment, switchFragment } from '../devices/src/bridges/ha-discovery/toggle-entities';
import type { Publication } from '../devices/src/bridges/ha-discovery/entity-fragment';
import { DeviceDescriptionSchema, createValidator } from '@meshmind/protocol';

const FRAGMENTS = { switch: switchFragment, light: lightFragment, fan: fanFragment, cover: coverFragment, valve: valveFragment, lock: lockFragment, sensor: sensorFragment, binary_sensor: binarySensorFragment, climate: climateFragment };
const descriptionValidator = createValidator(DeviceDescriptionSchema);

/** A device made of configs as a broker would deliver them; what it publishes is kept. */
function deviceOf(entries: Array<[topic: string, config: Record<string, unknown>]>): { device: HaDevice; sent: Publication[] } {
  const sent: Publication[] = [];
  const entities: DiscoveredEntity[] = entries.map(([topic, raw]) => {
    const parsed = parseDiscoveryTopic('homeassistant', topic)!;
    const config = parseDiscoveryPayload(topic, JSON.stringify(raw))!;
    return { configTopic: topic, component: parsed.component, objectId: parsed.objectId, config, fragment: FRAGMENTS[parsed.component as HaComponent](config) };
  });
  const device = new HaDevice({
    id: 'ha_test',
    deviceInfo: deviceInfoOf(entities[0]!.config),
    entities,
    publish: async (publication) => {
      sent.push(publication);
    },
  });
  return { device, sent };
}

describe('discovery topics and payloads', () => {
  it('reads component, node id and object id, and leaves components it does not drive alone', () => {
    expect(parseDiscoveryTopic('homeassistant', 'homeassistant/switch/tasmota_1/RL_1/config')).toEqual({ component: 'switch', nodeId: 'tasmota_1', objectId: 'RL_1' });
    expect(parseDiscoveryTopic('homeassistant', 'homeassistant/light/kitchen/config')).toEqual({ component: 'light', nodeId: null, objectId: 'kitchen' });
    expect(parseDiscoveryTopic('homeassistant', 'homeassistant/camera/door/config')).toBeNull();
    expect(() => parseDiscoveryTopic('homeassistant', 'homeassistant/switch/a/b/c/config')).toThrow(expect.objectContaining({ code: 'E_INVALID_TOPIC' }));
  });

  it('expands abbreviated keys, the device block and the ~ base topic (at the start or the end)', () => {
    const config = parseDiscoveryPayload('t', JSON.stringify({ '~': 'shelly/relay/0', cmd_t: '~/command', stat_t: '~', avty_t: 'status/~', dev: { ids: ['abc'], mf: 'Shelly', mdl: '1PM' } }))!;
    expect(config.command_topic).toBe('shelly/relay/0/command');
    expect(config.state_topic).toBe('shelly/relay/0');
    expect(config.availability_topic).toBe('status/shelly/relay/0');
    expect(config.device).toEqual({ identifiers: ['abc'], manufacturer: 'Shelly', model: '1PM' });
  });

  it('treats an empty payload as a removal and refuses a payload that is not a JSON object, with a code', () => {
    expect(parseDiscoveryPayload('t', '')).toBeNull();
    expect(() => parseDiscoveryPayload('t', '{nope')).toThrow(expect.objectContaining({ code: 'E_BAD_JSON' }));
    expect(() => parseDiscoveryPayload('t', '[1]')).toThrow(expect.objectContaining({ code: 'E_INVALID_PAYLOAD' }));
  });
});

describe('value templates: the Jinja subset real devices use', () => {
  it('renders value, value_json paths and filters', () => {
    expect(compileTemplate('val_tpl', '{{value_json.POWER}}').render('{"POWER":"ON"}')).toBe('ON');
    expect(compileTemplate('val_tpl', "{{ value_json['ENERGY'].Power | float }}").render('{"ENERGY":{"Power":"12.5"}}')).toBe(12.5);
    expect(compileTemplate('val_tpl', '{{ value_json.list[1] }}').render('{"list":[1,2]}')).toBe(2);
    expect(compileTemplate('val_tpl', '{{ value | lower }}').render('ONLINE')).toBe('online');
    expect(compileTemplate('val_tpl', '{{ value | round(1) }}').render('21.46')).toBe(21.5);
    expect(compileTemplate('cmd_tpl', '{"state":"{{ value }}"}').render('ON')).toBe('{"state":"ON"}');
  });

  it('refuses what is beyond the subset with E_TEMPLATE_UNSUPPORTED naming the key', () => {
    for (const source of ['{% if value == "1" %}ON{% endif %}', '{{ value_json.a + 1 }}', '{{ states("sensor.x") }}', '{{ value | default("x") }}']) {
      expect(() => compileTemplate('value_template', source)).toThrow(expect.objectContaining({ code: 'E_TEMPLATE_UNSUPPORTED', message: expect.stringContaining('value_template') }));
    }
  });
});

describe('components become API documents of the catalog\'s type, driven through their own topics', () => {
  it('a Tasmota relay: POWER commands, state from value_json, a valid description that reads like the catalog', async () => {
    const { device, sent } = deviceOf([
      ['homeassistant/switch/C0FFEE_RL_1/config', { name: 'Desk plug', cmd_t: 'cmnd/plug/POWER', stat_t: 'tele/plug/STATE', val_tpl: '{{value_json.POWER}}', pl_on: 'ON', pl_off: 'OFF', uniq_id: 'C0FFEE_RL_1', dev: { ids: ['C0FFEE'], name: 'Desk plug', mf: 'Tasmota', mdl: 'Sonoff Basic' } }],
    ]);
    expect(descriptionValidator.check(device.description)).toBe(true);
    expect(device.description).toMatchObject({ type: 'switch', domain: 'home', vendor: 'Tasmota', title: 'Relay (Tasmota Sonoff Basic)' });
    expect(device.identity).toMatchObject({ id: 'ha_test', name: 'Desk plug' });
    await device.call('turn_on', {});
    expect(sent).toEqual([{ topic: 'cmnd/plug/POWER', payload: 'ON' }]);
    expect(device.getState()).toEqual({ on: false });
    device.receive('tele/plug/STATE', '{"POWER":"ON"}');
    expect(device.getState()).toEqual({ on: true });
    await device.call('toggle', {});
    expect(sent.at(-1)).toEqual({ topic: 'cmnd/plug/POWER', payload: 'OFF' });
    expect(await device.call('is_on', {})).toBe(true);
  });

  it('a switch without a state topic is optimistic: the call\'s effect becomes its state; a toggle flips its own relay', async () => {
    const { device } = deviceOf([['homeassistant/switch/x/config', { name: 'Pump', cmd_t: 'pump/set' }]]);
    await device.call('turn_on', {});
    expect(device.getState()).toEqual({ on: true });
    const dev = { ids: ['duo'] };
    const pair = deviceOf([
      ['homeassistant/switch/duo/a/config', { name: 'A', cmd_t: 'a/set', dev }],
      ['homeassistant/switch/duo/b/config', { name: 'B', cmd_t: 'b/set', dev }],
    ]);
    await pair.device.call('toggle_b', {});
    expect(pair.device.getState()).toEqual({ on: false, on_b: true });
    expect(pair.sent).toEqual([{ topic: 'b/set', payload: 'ON' }]);
  });

  it('a default-schema light scales brightness to its brightness_scale and reads it back', async () => {
    const { device, sent } = deviceOf([['homeassistant/light/l/config', { name: 'Lamp', cmd_t: 'l/set', stat_t: 'l/state', bri_cmd_t: 'l/bri/set', bri_stat_t: 'l/bri', bri_scl: 100 }]]);
    expect(device.description.functions.map((fn) => fn.name)).toEqual(['turn_on', 'turn_off', 'toggle', 'is_on', 'set_brightness', 'get_brightness']);
    await device.call('set_brightness', { brightness: 40 });
    expect(sent).toEqual([{ topic: 'l/bri/set', payload: '40' }]);
    device.receive('l/bri', '40');
    device.receive('l/state', 'ON');
    expect(device.getState()).toEqual({ on: true, brightness: 40 });
  });

  it('a JSON-schema light (ESPHome) sends one JSON command and reads one JSON state', async () => {
    const { device, sent } = deviceOf([['homeassistant/light/esp/config', { name: 'Strip', schema: 'json', cmd_t: 'esp/light/set', stat_t: 'esp/light/state', brightness: true }]]);
    await device.call('set_brightness', { brightness: 50 });
    expect(sent).toEqual([{ topic: 'esp/light/set', payload: '{"state":"ON","brightness":128}' }]);
    device.receive('esp/light/state', '{"state":"ON","brightness":128}');
    expect(device.getState()).toEqual({ on: true, brightness: 50 });
  });

  it('a default-schema colour light: "h,s" to hs_command_topic then ON; a report near the asked colour reads as it, another as #rrggbb', async () => {
    const { device, sent } = deviceOf([['homeassistant/light/c/config', { name: 'Bulb', cmd_t: 'c/set', stat_t: 'c/state', hs_cmd_t: 'c/hs/set', hs_stat_t: 'c/hs', clr_temp_cmd_t: 'c/ct/set', clr_temp_stat_t: 'c/ct', min_mirs: 200, max_mirs: 400 }]]);
    expect(device.description.functions.map((fn) => fn.name)).toEqual(['turn_on', 'turn_off', 'toggle', 'is_on', 'set_color', 'get_color', 'set_color_temperature', 'get_color_temperature']);
    expect(descriptionValidator.check(device.description)).toBe(true);
    await device.call('set_color', { color: 'blue' });
    expect(sent).toEqual([
      { topic: 'c/hs/set', payload: '240,100' },
      { topic: 'c/set', payload: 'ON' },
    ]);
    device.receive('c/hs', '240.5,99.6');
    expect(device.getState().color).toBe('blue');
    device.receive('c/hs', '120,100');
    expect(device.getState().color).toBe('#00ff00');
    await device.call('set_color_temperature', { kelvin: 3000 });
    expect(sent.at(-2)).toEqual({ topic: 'c/ct/set', payload: '333' });
    device.receive('c/ct', '333');
    expect(device.getState().color_temperature).toBe(3000);
    await expect(device.call('set_color', { color: 'not a colour' })).rejects.toMatchObject({ code: 'E_INVALID_ARGUMENT' });
  });

  it('a JSON-schema xy light sends CIE x/y and reads a colour back from x/y', async () => {
    const { device, sent } = deviceOf([['homeassistant/light/z/config', { name: 'Hue', schema: 'json', cmd_t: 'z/set', stat_t: 'z/state', sup_clrm: ['xy'] }]]);
    await device.call('set_color', { color: 'red' });
    expect(JSON.parse(sent[0]!.payload)).toEqual({ state: 'ON', color: { x: 0.6401, y: 0.33 } });
    device.receive('z/state', '{"state":"ON","color_mode":"xy","color":{"x":0.6401,"y":0.3299}}');
    expect(device.getState()).toMatchObject({ on: true, color: 'red' });
  });

  it('a valve with reports_position takes positions scaled to its range and reads a JSON state and position', async () => {
    const { device, sent } = deviceOf([['homeassistant/valve/v/config', { name: 'Main', cmd_t: 'v/set', stat_t: 'v/state', pos: true, pos_open: 200, pos_clsd: 0, pl_stop: 'STOP' }]]);
    expect(device.description.functions.map((fn) => fn.name)).toEqual(['open_valve', 'close_valve', 'set_position', 'stop_valve', 'get_valve_state', 'get_position']);
    await device.call('set_position', { position: 25 });
    await device.call('open_valve', {});
    await device.call('stop_valve', {});
    expect(sent.map((publication) => publication.payload)).toEqual(['50', '200', 'STOP']);
    device.receive('v/state', '{"state":"opening","position":100}');
    expect(device.getState()).toEqual({ valve_state: 'opening', position: 50 });
    device.receive('v/state', '0');
    expect(device.getState()).toEqual({ valve_state: 'closed', position: 0 });
  });

  it('a cover, a lock, a valve and a fan use Home Assistant\'s default payloads and state words', async () => {
    const cover = deviceOf([['homeassistant/cover/c/config', { name: 'Blind', cmd_t: 'c/set', stat_t: 'c/state', set_pos_t: 'c/pos/set', pos_t: 'c/pos' }]]);
    await cover.device.call('close_cover', {});
    await cover.device.call('set_position', { position: 30 });
    expect(cover.sent).toEqual([{ topic: 'c/set', payload: 'CLOSE' }, { topic: 'c/pos/set', payload: '30' }]);
    cover.device.receive('c/state', 'closing');
    expect(cover.device.getState().cover_state).toBe('closing');
    const lock = deviceOf([['homeassistant/lock/d/config', { name: 'Door', cmd_t: 'd/set', stat_t: 'd/state' }]]);
    expect(lock.device.description.functions.find((fn) => fn.name === 'unlock')?.sensitive).toBe(true);
    await lock.device.call('unlock', {});
    expect(lock.sent).toEqual([{ topic: 'd/set', payload: 'UNLOCK' }]);
    lock.device.receive('d/state', 'UNLOCKED');
    expect(lock.device.getState()).toEqual({ lock_state: 'unlocked' });
    const valve = deviceOf([['homeassistant/valve/v/config', { name: 'Garden', cmd_t: 'v/set', stat_t: 'v/state' }]]);
    await valve.device.call('open_valve', {});
    expect(valve.sent).toEqual([{ topic: 'v/set', payload: 'OPEN' }]);
    const fan = deviceOf([['homeassistant/fan/f/config', { name: 'Fan', cmd_t: 'f/set', pct_cmd_t: 'f/pct/set', spd_rng_max: 3 }]]);
    await fan.device.call('set_speed', { speed: 66 });
    expect(fan.sent).toEqual([{ topic: 'f/pct/set', payload: '2' }]);
  });

  it('a climate entity: modes, a ranged target temperature and the measured one', async () => {
    const { device, sent } = deviceOf([['homeassistant/climate/t/config', { name: 'Thermostat', mode_cmd_t: 't/mode/set', mode_stat_t: 't/mode', temp_cmd_t: 't/temp/set', temp_stat_t: 't/temp', curr_temp_t: 't/current', modes: ['off', 'heat'], min_temp: 5, max_temp: 28 }]]);
    const setTemperature = device.description.functions.find((fn) => fn.name === 'set_temperature')!;
    expect(setTemperature.parameters[0]).toMatchObject({ minimum: 5, maximum: 28, unit: '°C' });
    await device.call('set_mode', { mode: 'heat' });
    await device.call('set_temperature', { temperature: 21.5 });
    expect(sent).toEqual([{ topic: 't/mode/set', payload: 'heat' }, { topic: 't/temp/set', payload: '21.5' }]);
    device.receive('t/current', '19.2');
    expect(device.getState().current_temperature).toBe(19.2);
  });

  it('groups a relay and its power meter into one device; a second relay gets suffixed names', async () => {
    const dev = { ids: ['shelly-2pm'], name: 'Shelly 2PM', mf: 'Shelly' };
    const { device, sent } = deviceOf([
      ['homeassistant/sensor/s/power/config', { name: 'Power', stat_t: 's/power', unit_of_meas: 'W', dev_cla: 'power', dev }],
      ['homeassistant/switch/s/relay0/config', { name: 'Relay 0', cmd_t: 's/0/set', stat_t: 's/0', dev }],
      ['homeassistant/switch/s/relay1/config', { name: 'Relay 1', cmd_t: 's/1/set', stat_t: 's/1', dev }],
    ]);
    expect(device.description.type).toBe('switch');
    expect(device.description.functions.map((fn) => fn.name)).toEqual(['turn_on', 'turn_off', 'toggle', 'is_on', 'turn_on_relay_1', 'turn_off_relay_1', 'toggle_relay_1', 'is_on_relay_1', 'get_value']);
    expect(device.description.functions.find((fn) => fn.name === 'turn_on_relay_1')?.effects).toEqual([{ key: 'on_relay_1', value: true }]);
    await device.call('turn_on_relay_1', {});
    expect(sent).toEqual([{ topic: 's/1/set', payload: 'ON' }]);
    device.receive('s/1', 'ON');
    device.receive('s/power', '42.5');
    expect(device.getState()).toEqual({ on: false, on_relay_1: true, value: 42.5 });
    expect(device.description.state.value).toMatchObject({ type: 'number', unit: 'W' });
  });

  it('a binary sensor reads its payload_on and payload_off', () => {
    const { device } = deviceOf([['homeassistant/binary_sensor/m/config', { name: 'Hall motion', stat_t: 'm/state', dev_cla: 'motion', pl_on: '1', pl_off: '0' }]]);
    device.receive('m/state', '1');
    expect(device.getState()).toEqual({ on: true });
    expect(device.description.nouns).toContain('motion sensor');
  });

  it('follows availability: unknown until heard, then the latest message; a call while unavailable is a device fault', async () => {
    const { device } = deviceOf([['homeassistant/switch/a/config', { name: 'Plug', cmd_t: 'a/set', avty: [{ t: 'a/lwt', pl_avail: 'Online', pl_not_avail: 'Offline' }] }]]);
    const seen: boolean[] = [];
    device.onAvailability((available) => seen.push(available));
    expect(device.isAvailable()).toBe(false);
    await expect(device.call('turn_on', {})).rejects.toMatchObject({ code: 'E_DEVICE_FAULT' });
    device.receive('a/lwt', 'Online');
    device.receive('a/lwt', 'Offline');
    expect(seen).toEqual([true, false]);
  });

  it('refuses configs that lack a required topic or command to a wildcard, with codes', () => {
    expect(() => deviceOf([['homeassistant/switch/a/config', { name: 'x' }]])).toThrow(expect.objectContaining({ code: 'E_INVALID_PAYLOAD', message: expect.stringContaining('command_topic') }));
    expect(() => deviceOf([['homeassistant/switch/a/config', { name: 'x', cmd_t: 'all/#' }]])).toThrow(expect.objectContaining({ code: 'E_INVALID_TOPIC' }));
    expect(() => deviceOf([['homeassistant/sensor/a/config', { name: 'x', stat_t: 's', val_tpl: '{% set x = 1 %}' }]])).toThrow(expect.objectContaining({ code: 'E_TEMPLATE_UNSUPPORTED' }));
    expect(() => deviceOf([['homeassistant/light/a/config', { name: 'x', schema: 'template', cmd_t: 'l/set', cmd_on_tpl: 'on' }]])).toThrow(expect.objectContaining({ code: 'E_NOT_SUPPORTED', message: expect.stringContaining('schema template') }));
  });
});

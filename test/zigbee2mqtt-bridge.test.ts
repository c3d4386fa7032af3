import { afterEach, beforeAll, afterAll, describe, expect, it } from 'vitest';
import { DeviceDescriptionSchema, closeMqtt, connectMqtt, createValidator, publishMessage } from '@meshmind/protocol';
import { compareState } from '@meshmind/fsm';
import { Zigbee2mqttSource, bindingFromExposes, zigbee2mqttDeviceId, type DeviceSourceChange, type SourcedDevice } from '@meshmind/devices';
import { Zigbee2mqttSimulator, flattenFeatures } from './support/zigbee2mqtt-simulator';
import { ZIGBEE_MODELS, allModelDevices, ieeeOf, zigbeeHome } from './support/zigbee2mqtt-home';
import { startPlainBroker, type PlainBroker } from './support/plain-broker';
import { waitFor } from './support/stack';

const descriptionValidator = createValidator(DeviceDescriptionSchema);

describe('API documents generated from zigbee-herdsman-converters definitions', () => {
  let broker: PlainBroker;
  let simulator: Zigbee2mqttSimulator;

  beforeAll(async () => {
    broker = await startPlainBroker();
    simulator = new Zigbee2mqttSimulator({ mqttUrl: broker.url, devices: allModelDevices() });
    await simulator.start();
  }, 60_000);

  afterAll(async () => {
    await simulator?.stop();
    await broker?.close();
  });

  it(`covers ${ZIGBEE_MODELS.length} real models with valid documents of the expected type`, () => {
    expect(ZIGBEE_MODELS.length).toBeGreaterThanOrEqual(20);
    allModelDevices().forEach((device, index) => {
      const definition = simulator.definitionOf(device.friendlyName);
      const binding = bindingFromExposes({ ieee_address: device.ieeeAddress, friendly_name: device.friendlyName, type: 'Router', definition: { ...definition, description: definition.model } });
      expect(binding.ok, device.zigbeeModel).toBe(true);
      if (!binding.ok) return;
      expect(descriptionValidator.check(binding.value.description), device.zigbeeModel).toBe(true);
      expect(binding.value.description.type, device.zigbeeModel).toBe(ZIGBEE_MODELS[index]!.type);
    });
  });

  it('offers no function that sets a feature the device does not let be set, and reads only what it publishes', () => {
    for (const device of allModelDevices()) {
      const definition = simulator.definitionOf(device.friendlyName);
      const features = flattenFeatures(definition.exposes);
      const binding = bindingFromExposes({ ieee_address: device.ieeeAddress, friendly_name: device.friendlyName, type: 'Router', definition: { ...definition, description: definition.model } });
      if (!binding.ok) throw binding.error;
      for (const [name, action] of binding.value.actions) {
        const fn = binding.value.description.functions.find((candidate) => candidate.name === name)!;
        const args = Object.fromEntries(fn.parameters.map((parameter) => [parameter.name, sampleArgument(parameter)]));
        for (const part of action.parts(args)) {
          const settable = features.some((feature) => (feature.property ?? feature.name) === part.property && ((feature.access ?? 0) & 2) !== 0);
          expect(settable, `${device.zigbeeModel} ${name} sets ${part.property}`).toBe(true);
        }
      }
      for (const field of binding.value.fields) {
        const published = features.some((feature) => (feature.property ?? feature.name) === field.property && ((feature.access ?? 0) & 1) !== 0);
        expect(published, `${device.zigbeeModel} reads ${field.property}`).toBe(true);
      }
    }
  });

  it('makes readings of read-only exposes: a motion sensor can be asked, not set', () => {
    const definition = simulator.definitionOf(allModelDevices()[ZIGBEE_MODELS.findIndex((model) => model.zigbeeModel === 'lumi.sensor_motion.aq2')]!.friendlyName);
    const binding = bindingFromExposes({ ieee_address: '0x1', friendly_name: 'Hall motion', type: 'EndDevice', definition: { ...definition, description: 'Aqara motion sensor' } });
    if (!binding.ok) throw binding.error;
    const names = binding.value.description.functions.map((fn) => `${fn.kind}:${fn.name}`);
    expect(names).toContain('query:is_motion_detected');
    expect(names).toContain('query:get_illuminance');
    expect(names.filter((name) => name.startsWith('action:'))).toEqual([]);
  });
});

function sampleArgument(parameter: { type: string; minimum?: number; maximum?: number; values?: string[] }): unknown {
  switch (parameter.type) {
    case 'boolean':
      return true;
    case 'enum':
      return parameter.values![0];
    case 'color':
      return 'red';
    default:
      return parameter.minimum ?? parameter.maximum ?? 1;
  }
}

describe('the zigbee2mqtt bridge over MQTT', () => {
  let broker: PlainBroker;
  let simulator: Zigbee2mqttSimulator;
  let source: Zigbee2mqttSource;
  const changes: DeviceSourceChange[] = [];

  beforeAll(async () => {
    broker = await startPlainBroker();
    simulator = new Zigbee2mqttSimulator({ mqttUrl: broker.url, devices: zigbeeHome() });
    await simulator.start();
    source = new Zigbee2mqttSource({ mqttUrl: broker.url, reportTimeoutMs: 10_000 });
    await source.start();
    source.onChange((change) => changes.push(change));
  }, 60_000);

  afterAll(async () => {
    await source?.stop();
    await simulator?.stop();
    await broker?.close();
  });

  afterEach(() => {
    changes.length = 0;
  });

  const device = (name: string): SourcedDevice => {
    const found = source.devices().find((candidate) => candidate.identity.name === name);
    if (!found) throw new Error(`no bridged device named ${name}: ${source.devices().map((candidate) => candidate.identity.name).join(', ')}`);
    return found;
  };

  it('starts one device per zigbee2mqtt device, the coordinator left out, with areas from zigbee2mqtt', () => {
    expect(source.devices().map((candidate) => candidate.identity.name).sort()).toEqual(['Coffee plug', 'Front door', 'Hall motion', 'Kitchen bulb', 'Radiator', 'living room blinds']);
    expect(device('Kitchen bulb').identity.area?.name).toBe('Kitchen');
    expect(device('Radiator').identity.area?.name).toBe('Living room');
    expect(device('living room blinds').identity.area?.name).toBe('living room');
    expect(device('Kitchen bulb').identity.id).toBe(zigbee2mqttDeviceId(ieeeOf(100)));
    expect(device('Kitchen bulb').origin).toBe('zigbee2mqtt');
  });

  it('turns the bulb on with a real /set message and reads the state zigbee2mqtt reports', async () => {
    const bulb = device('Kitchen bulb');
    await bulb.driver.call('turn_on', {});
    expect(simulator.commands.at(-1)).toEqual({ topic: 'zigbee2mqtt/Kitchen bulb/set', payload: { state: 'ON' } });
    expect(bulb.driver.getState().on).toBe(true);
    await bulb.driver.call('set_brightness', { brightness: 40 });
    expect(simulator.commands.at(-1)!.payload).toEqual({ state: 'ON', brightness: 102 });
    expect(bulb.driver.getState().brightness).toBe(40);
    await bulb.driver.call('set_color', { color: 'red' });
    expect(simulator.commands.at(-1)!.payload).toMatchObject({ color: { x: 0.6401, y: 0.33 } });
    expect(bulb.driver.getState().color).toBe('red');
    await bulb.driver.call('set_color_temperature', { kelvin: 2700 });
    expect(simulator.commands.at(-1)!.payload).toMatchObject({ color_temp: 370 });
    expect(bulb.driver.getState().color_temperature).toBe(2700);
  });

  it('sets the radiator in degrees and reports a value the valve rounds, so verification sees it', async () => {
    const radiator = device('Radiator');
    await radiator.driver.call('set_temperature', { temperature: 21 });
    expect(simulator.commands.at(-1)).toEqual({ topic: 'zigbee2mqtt/Radiator/set', payload: { occupied_heating_setpoint: 21 } });
    expect(radiator.driver.getState().target_temperature).toBe(21);
    // The valve takes half degrees: 21.3 becomes 21.5, and the state says so.
    await radiator.driver.call('set_temperature', { temperature: 21.3 });
    expect(radiator.driver.getState().target_temperature).toBe(21.5);
    const differences = compareState(radiator.driver.description, [{ function: 'set_temperature', arguments: { temperature: 21.3 } } as never], radiator.driver.getState());
    expect(differences).toEqual([{ key: 'target_temperature', function: 'set_temperature', expected: 21.3, actual: 21.5 }]);
  });

  it('refuses arguments outside the range the device describes, before anything is sent', async () => {
    const sent = simulator.commands.length;
    await expect(device('Radiator').driver.call('set_temperature', { temperature: 45 })).rejects.toMatchObject({ code: 'E_ARGUMENT_OUT_OF_RANGE' });
    expect(simulator.commands.length).toBe(sent);
  });

  it('asks for the unlock to be confirmed, and drives the lock', async () => {
    const lock = device('Front door');
    expect(lock.driver.description.functions.find((fn) => fn.name === 'unlock')?.sensitive).toBe(true);
    await lock.driver.call('unlock', {});
    expect(simulator.commands.at(-1)!.payload).toEqual({ state: 'UNLOCK' });
    expect(lock.driver.getState()).toMatchObject({ locked: false, lock_state: 'unlocked' });
  });

  it('follows availability: an offline device refuses calls, and says so', async () => {
    const plug = device('Coffee plug');
    const seen: boolean[] = [];
    const unsubscribe = plug.onAvailability((available) => seen.push(available));
    await simulator.setAvailability('Coffee plug', false);
    await waitFor(() => !plug.isAvailable(), 10_000, 'the plug offline');
    await expect(plug.driver.call('turn_on', {})).rejects.toMatchObject({ code: 'E_DEVICE_FAULT' });
    await simulator.setAvailability('Coffee plug', true);
    await waitFor(() => plug.isAvailable(), 10_000, 'the plug online');
    expect(seen).toEqual([false, true]);
    unsubscribe();
  });

  it('follows a join, a rename and a removal live', async () => {
    await simulator.join({ friendlyName: 'Bedroom lamp', ieeeAddress: ieeeOf(200), zigbeeModel: 'TRADFRI bulb E27 WS opal 980lm', description: 'area: Bedroom' });
    await waitFor(() => changes.some((change) => change.kind === 'added'), 10_000, 'the join');
    const added = changes.find((change) => change.kind === 'added') as Extract<DeviceSourceChange, { kind: 'added' }>;
    expect(added.device.identity).toMatchObject({ id: zigbee2mqttDeviceId(ieeeOf(200)), name: 'Bedroom lamp' });
    changes.length = 0;
    await simulator.rename('Bedroom lamp', 'Reading lamp');
    await waitFor(() => changes.length >= 2, 10_000, 'the rename');
    expect(changes.map((change) => change.kind)).toEqual(['removed', 'added']);
    expect((changes[1] as Extract<DeviceSourceChange, { kind: 'added' }>).device.identity.name).toBe('Reading lamp');
    await device('Reading lamp').driver.call('turn_on', {});
    expect(simulator.commands.at(-1)!.topic).toBe('zigbee2mqtt/Reading lamp/set');
    changes.length = 0;
    await simulator.remove('Reading lamp');
    await waitFor(() => changes.some((change) => change.kind === 'removed'), 10_000, 'the removal');
    expect(changes[0]).toEqual({ kind: 'removed', deviceId: zigbee2mqttDeviceId(ieeeOf(200)) });
    expect(source.devices().some((candidate) => candidate.identity.name === 'Reading lamp')).toBe(false);
  });

  it('survives malformed zigbee2mqtt messages: they are logged and dropped, the devices keep working', async () => {
    const client = await connectMqtt({ url: broker.url, clientId: 'malformed-probe' });
    await publishMessage(client, 'zigbee2mqtt/bridge/devices', '{"not": "a list"');
    await publishMessage(client, 'zigbee2mqtt/bridge/devices', [{ friendly_name: 7 }]);
    await publishMessage(client, 'zigbee2mqtt/bridge/event', 'null');
    await publishMessage(client, 'zigbee2mqtt/Kitchen bulb', '[1, 2');
    await publishMessage(client, 'zigbee2mqtt/Kitchen bulb/availability', '{"state": 42}');
    await closeMqtt(client);
    const bulb = device('Kitchen bulb');
    await bulb.driver.call('turn_off', {});
    expect(bulb.driver.getState().on).toBe(false);
    expect(bulb.isAvailable()).toBe(true);
    expect(source.devices()).toHaveLength(6);
  });

  it('bridges the other devices of a list where one name cannot be a topic, and strips control characters from names', async () => {
    const client = await connectMqtt({ url: broker.url, clientId: 'odd-names-probe' });
    const retained = new Promise<unknown[]>((resolve) => client.once('message', (_topic, payload) => resolve(JSON.parse(payload.toString()) as unknown[])));
    await client.subscribeAsync('zigbee2mqtt/bridge/devices');
    const list = (await retained) as Array<Record<string, unknown>>;
    const bulb = list.find((entry) => entry.friendly_name === 'Kitchen bulb')!;
    const odd = [
      { ...bulb, ieee_address: ieeeOf(400), friendly_name: 'bad+name' },
      { ...bulb, ieee_address: ieeeOf(401), friendly_name: 'desk\u001b[31m lamp', description: 'area: Study\u0007' },
    ];
    await publishMessage(client, 'zigbee2mqtt/bridge/devices', [...odd, ...list]);
    await waitFor(() => source.devices().length === 7, 10_000, 'the device with a clean name');
    const desk = source.devices().find((candidate) => candidate.identity.id === zigbee2mqttDeviceId(ieeeOf(401)))!;
    expect(desk.identity.name).toBe('desk lamp');
    expect(desk.identity.area?.name).toBe('Study');
    expect(source.devices().some((candidate) => candidate.identity.id === zigbee2mqttDeviceId(ieeeOf(400)))).toBe(false);
    // The real list again: the two extra devices leave.
    await publishMessage(client, 'zigbee2mqtt/bridge/devices', list);
    await waitFor(() => source.devices().length === 6, 10_000, 'the real list');
    await closeMqtt(client);
  });

  it('simulator: ignores keys the device has no converter for and read-only ones, as zigbee2mqtt does', async () => {
    const client = await connectMqtt({ url: broker.url, clientId: 'unknown-keys-probe' });
    const before = simulator.state('Hall motion');
    const reported = simulator.commands.length;
    await publishMessage(client, 'zigbee2mqtt/Hall motion/set', { no_such_key: 1, occupancy: true, motion_sensitivity: 'high' });
    await waitFor(() => simulator.commands.length > reported, 10_000, 'the command');
    await closeMqtt(client);
    expect(simulator.state('Hall motion')).toEqual({ ...before, motion_sensitivity: 'high' });
  });
});

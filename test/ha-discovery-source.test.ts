import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MqttClient } from 'mqtt';
import { HaDiscoverySource, type DeviceSourceChange } from '@meshmind/devices';
import { connectClient, startHouseholdBroker, type HouseholdBroker } from './support/ha-broker';
import { waitFor } from './support/stack';

describe('HaDiscoverySource on a real broker', () => {
  let household: HouseholdBroker;
  let device: MqttClient;
  let source: HaDiscoverySource;
  const changes: DeviceSourceChange[] = [];

  beforeAll(async () => {
    household = await startHouseholdBroker({ esp: 'esp-secret', meshmind: 'bridge-secret' });
    device = await connectClient(household.url, 'esp', 'esp-secret');
    source = new HaDiscoverySource({ brokerUrl: household.url, credentials: { username: 'meshmind', password: 'bridge-secret' }, settleMs: 50 });
    source.onChange((change) => changes.push(change));
    await source.start();
  });

  afterAll(async () => {
    await source?.stop();
    await device?.endAsync();
    await household?.close();
  });

  it('builds one device from the entities an ESPHome node announces one after the other', async () => {
    const dev = { ids: ['esp-kitchen'], name: 'Kitchen node', mf: 'espressif', mdl: 'esp32dev', sa: 'Kitchen' };
    await device.publishAsync('homeassistant/light/esp-kitchen/strip/config', JSON.stringify({ name: 'Strip', schema: 'json', cmd_t: 'esp-kitchen/light/strip/command', stat_t: 'esp-kitchen/light/strip/state', brightness: true, uniq_id: 'esp-strip', dev }), { retain: true });
    await device.publishAsync('homeassistant/sensor/esp-kitchen/temperature/config', JSON.stringify({ name: 'Temperature', stat_t: 'esp-kitchen/sensor/temperature/state', unit_of_meas: '°C', dev_cla: 'temperature', uniq_id: 'esp-temp', dev }), { retain: true });
    await device.publishAsync('esp-kitchen/sensor/temperature/state', '21.4', { retain: true });
    await waitFor(() => source.devices().length === 1 && source.devices()[0]!.driver.getState().value === 21.4, 10_000, 'one device with its reading');
    const [built] = source.devices();
    expect(built!.identity).toEqual({ id: 'ha_esp_kitchen', name: 'Kitchen node', aliases: [], area: { id: 'kitchen', name: 'Kitchen', aliases: [], floor: null }, vendor: 'espressif' });
    expect(built!.driver.description.type).toBe('light');
    expect(built!.driver.description.functions.map((fn) => fn.name)).toContain('get_value');
    expect(built!.isAvailable()).toBe(true);
  });

  it('reports a config with a template beyond the subset, by its code, and adds nothing for it', async () => {
    const before = changes.length;
    await device.publishAsync('homeassistant/binary_sensor/door/config', JSON.stringify({ name: 'Door', stat_t: 'door/state', val_tpl: "{% if value == '1' %}ON{% else %}OFF{% endif %}" }), { retain: true });
    await waitFor(() => source.problems().length === 1, 10_000, 'the refused config');
    expect(source.problems()[0]).toMatchObject({ topic: 'homeassistant/binary_sensor/door/config', error: { code: 'E_TEMPLATE_UNSUPPORTED' } });
    expect(changes.length).toBe(before);
  });

  it('removes a device whose configs are cleared (an empty retained payload)', async () => {
    await device.publishAsync('homeassistant/light/esp-kitchen/strip/config', '', { retain: true });
    await device.publishAsync('homeassistant/sensor/esp-kitchen/temperature/config', '', { retain: true });
    await waitFor(() => source.devices().length === 0, 10_000, 'the device removed');
    expect(changes.at(-1)).toEqual({ kind: 'removed', deviceId: 'ha_esp_kitchen' });
  });
});

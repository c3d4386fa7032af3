import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MqttClient } from 'mqtt';
import { MESSAGE_VALIDATORS, Topics, connectMqtt } from '@meshmind/protocol';
import type { Stack } from '@meshmind/cli';
import { scenarioFrom, startTestStack, waitFor } from './support/stack';

const topics = new Topics();

describe('an agent coalesces rapid state changes into few retained messages, the last one always sent', () => {
  let stack: Stack;
  let probe: MqttClient;
  const states: Array<Record<string, unknown>> = [];

  beforeAll(async () => {
    stack = await startTestStack(scenarioFrom('name: Den\nareas: [ { id: den, name: Den } ]\ndevices:\n  - { id: den_sensor, type: temperature_sensor, name: Den thermometer, area: den, state: { temperature: 20 } }\n'));
    probe = await connectMqtt({ url: stack.mqttUrl, clientId: 'meshmind-coordinator-stateprobe', credentials: stack.security.coordinator() });
    probe.on('message', (_topic, payload) => {
      const parsed = MESSAGE_VALIDATORS.state.parse(payload);
      if (parsed.ok) states.push(parsed.value.state);
    });
    await probe.subscribeAsync(topics.device('den_sensor', 'state'), { qos: 1 });
    await waitFor(() => states.length > 0, 3_000, 'the retained state');
  });
  afterAll(async () => {
    await probe?.endAsync();
    await stack?.stop();
  });

  it('publishes far fewer messages than changes, ending with the final state', async () => {
    states.length = 0;
    const driver = stack.simulation.drivers.get('den_sensor')!;
    for (let step = 1; step <= 20; step += 1) driver.setEnvironment({ temperature: 20 + step / 10 });
    await waitFor(() => states.at(-1)?.temperature === 22, 3_000, 'the final state');
    expect(states.length).toBeLessThan(20);
    expect(states.length).toBeGreaterThanOrEqual(1);
    expect(stack.coordinator.registry.get('den_sensor')?.state).toMatchObject({ temperature: 22 });
  });
});

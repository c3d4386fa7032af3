import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription } from '@meshmind/protocol';
import { createApiMapper, createEmbedderPool, openLexicon, type ApiMapper, type MapResult } from '@meshmind/rag';

// Devices written for this test: a porch lamp that switches and dims, a garden sprinkler with a run
// timer (a span), a coffee maker whose brew takes a start time, an oil radiator with a sleep timer,
// and a kitchen radio with channels.
const lamp: DeviceDescription = {
  type: 'porch_lamp', title: 'Porch lamp', description: 'A dimmable lamp over the front porch.', domain: 'home', version: '1.0.0',
  nouns: ['lamp', 'porch light'],
  state: { on: { type: 'boolean', description: 'Whether the lamp is lit.' }, brightness: { type: 'integer', description: 'Brightness.', unit: '%', minimum: 0, maximum: 100 } },
  functions: [
    { name: 'switch_on', description: 'Switches the lamp on.', kind: 'action', parameters: [] },
    { name: 'switch_off', description: 'Switches the lamp off.', kind: 'action', parameters: [] },
    { name: 'set_brightness', description: 'Sets the brightness of the lamp.', kind: 'action', parameters: [{ name: 'brightness', type: 'integer', description: 'Brightness level.', unit: '%', minimum: 0, maximum: 100 }] },
  ],
};
const sprinkler: DeviceDescription = {
  type: 'lawn_sprinkler', title: 'Lawn sprinkler', description: 'A sprinkler that waters the lawn.', domain: 'home', version: '1.0.0',
  nouns: ['sprinkler', 'lawn'],
  state: { running: { type: 'boolean', description: 'Whether it sprinkles.' } },
  functions: [
    { name: 'start_sprinkler', description: 'Starts watering, optionally stopping after the given number of minutes.', kind: 'action', parameters: [{ name: 'duration_minutes', type: 'integer', description: 'Stop after this long.', unit: 'min', minimum: 1, maximum: 180, required: false }] },
    { name: 'stop_sprinkler', description: 'Stops watering.', kind: 'action', parameters: [] },
  ],
};
const coffee: DeviceDescription = {
  type: 'coffee_maker', title: 'Coffee maker', description: 'A filter coffee machine.', domain: 'home', version: '1.0.0',
  nouns: ['coffee maker', 'coffee machine'],
  state: { brewing: { type: 'boolean', description: 'Whether it brews.' } },
  functions: [
    { name: 'brew_coffee', description: 'Brews a pot of coffee, now or at the start time given.', kind: 'action', parameters: [{ name: 'start_time', type: 'string', description: 'When to start brewing, as HH:MM; leave out to brew now.', required: false }] },
    { name: 'stop_brewing', description: 'Stops brewing.', kind: 'action', parameters: [] },
  ],
};
const radio: DeviceDescription = {
  type: 'kitchen_radio', title: 'Kitchen radio', description: 'A radio in the kitchen.', domain: 'home', version: '1.0.0',
  nouns: ['radio'],
  state: { channel: { type: 'integer', description: 'The channel tuned.', minimum: 1, maximum: 40 } },
  functions: [
    { name: 'power_on', description: 'Turns the radio on.', kind: 'action', parameters: [] },
    { name: 'power_off', description: 'Turns the radio off.', kind: 'action', parameters: [] },
    { name: 'set_channel', description: 'Tunes the radio to a channel.', kind: 'action', parameters: [{ name: 'channel', type: 'integer', description: 'Channel number.', minimum: 1, maximum: 40 }] },
  ],
};

const chores: DeviceDescription = {
  type: 'chore_list', title: 'Chore list', description: 'A shared list of chores.', domain: 'home', version: '1.0.0',
  nouns: ['chore list', 'chores'],
  state: { items: { type: 'string_list', description: 'The chores.' } },
  functions: [
    { name: 'add_chore', description: 'Adds a chore to the list.', kind: 'action', parameters: [{ name: 'item', type: 'string', description: 'The chore to add.' }] },
    { name: 'remove_chore', description: 'Removes a chore from the list.', kind: 'action', parameters: [{ name: 'item', type: 'string', description: 'The chore to remove.' }] },
  ],
};

const called = (result: MapResult) => (result.kind === 'call' ? result.calls.map((call) => call.function + JSON.stringify(call.arguments)) : result.kind);
const reasonOf = (result: MapResult) => (result.kind === 'not_executable' ? result.reason : '');

describe('a request said for later or on a repeat that the call cannot hold is declined', () => {
  const mappers = new Map<string, ApiMapper>();
  beforeAll(async () => {
    const embedder = await createEmbedderPool().get({ kind: 'use-lite' });
    const lexicon = openLexicon();
    for (const [name, document] of [['lamp', lamp], ['sprinkler', sprinkler], ['coffee', coffee], ['radio', radio], ['chores', chores]] as const) mappers.set(name, await createApiMapper({ embedder, lexicon, document }));
  }, 60_000);

  it('declines a one-off time for later, saying what it could do now', async () => {
    for (const request of ['switch the porch lamp off in fifteen minutes', 'turn the lamp on at 9pm', 'switch the lamp off at midnight', 'put the porch light on tonight', 'turn off the lamp later', 'switch the lamp off at 6am', 'turn on the lamp on saturday']) {
      const result = await mappers.get('lamp')!.map(request);
      expect(result.kind, request).toBe('not_executable');
    }
    const reason = reasonOf(await mappers.get('lamp')!.map('switch the lamp off at midnight'));
    expect(reason).toContain('at midnight');
    expect(reason).toContain('switch off now');
  });

  it('declines a repeat, saying it cannot repeat on a schedule', async () => {
    for (const request of ['water the lawn every morning at 7', 'start the sprinkler daily', 'run the sprinkler twice a week', 'turn on the sprinkler each evening']) {
      const result = await mappers.get('sprinkler')!.map(request);
      expect(result.kind, request).toBe('not_executable');
    }
    expect(reasonOf(await mappers.get('sprinkler')!.map('start the sprinkler daily'))).toContain('repeat');
  });

  it('declines a repeat that a verb read as the purpose of the device took away with its object', async () => {
    // "water the flower beds each day at 6" is read "start at 6": the repeat is in the request as said.
    for (const request of ['water the flower beds each day at 6', 'water the hedge every evening at 8']) {
      expect((await mappers.get('sprinkler')!.map(request)).kind, request).toBe('not_executable');
    }
  });

  it('keeps a span its run timer holds', async () => {
    expect(called(await mappers.get('sprinkler')!.map('run the sprinkler for 20 minutes'))).toEqual(['start_sprinkler{"duration_minutes":20}']);
    expect(called(await mappers.get('sprinkler')!.map('water the lawn for half an hour'))).toEqual(['start_sprinkler{"duration_minutes":30}']);
  });

  it('lets through a time where the chosen call takes one', async () => {
    const result = await mappers.get('coffee')!.map('brew coffee at 7am');
    expect(result.kind).toBe('call');
  });

  it('keeps a time said inside an item as its content', async () => {
    const result = await mappers.get('chores')!.map('add take the bins out on thursday to the chore list');
    expect(result.kind).toBe('call');
    expect(result.kind === 'call' && String(result.calls[0]?.arguments.item)).toContain('thursday');
  });

  it('declines a bare hour said after the particle of a state, though a level could take the number', async () => {
    for (const request of ['porch light on at 7', 'switch the lamp back on at nine', 'turn the radio off now and on at 8']) {
      const result = await mappers.get(request.includes('radio') ? 'radio' : 'lamp')!.map(request);
      expect(result.kind, `${request}: ${called(result)}`).toBe('not_executable');
    }
    expect(reasonOf(await mappers.get('lamp')!.map('porch light on at 7'))).toContain('at 7');
  });

  it('keeps values that look like hours', async () => {
    expect(called(await mappers.get('radio')!.map('turn on channel 4'))).toEqual(['set_channel{"channel":4}']);
    expect(called(await mappers.get('radio')!.map('put the radio on channel 12'))).toEqual(['set_channel{"channel":12}']);
    expect(called(await mappers.get('lamp')!.map('set the lamp at 20'))).toEqual(['set_brightness{"brightness":20}']);
    expect(called(await mappers.get('lamp')!.map('porch light on at 30 percent'))).toEqual(['set_brightness{"brightness":30}']);
    expect(called(await mappers.get('lamp')!.map('switch on the lamp'))).toEqual(['switch_on{}']);
  });
});

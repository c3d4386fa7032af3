import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription } from '@meshmind/protocol';
import { createApiMapper, createEmbedderPool, openLexicon, type ApiMapper, type MapResult } from '@meshmind/rag';

// A flood alarm written for this test: it says whether it is tripped, and what it watches for.
const alarm: DeviceDescription = {
  type: 'flood_alarm', title: 'Flood alarm', description: 'An alarm that watches for one hazard (flooding, frost, fumes) and trips when it finds it.', domain: 'home', version: '1.0.0',
  nouns: ['flood alarm', 'alarm', 'detector'],
  state: { tripped: { type: 'boolean', description: 'Whether the hazard has been found.' }, hazard: { type: 'string', description: 'What the alarm watches for, e.g. flood, frost, fumes.' } },
  functions: [
    { name: 'is_tripped', description: 'Reports whether the alarm has found its hazard right now.', kind: 'query', parameters: [], returns: { type: 'boolean', description: 'True when tripped.' } },
    { name: 'get_hazard', description: 'Reads what kind of hazard the alarm detects.', kind: 'query', parameters: [], returns: { type: 'string', description: 'A hazard such as flood or frost.' } },
  ],
};
const state = { tripped: false, hazard: 'flood', };
const called = (result: MapResult) => (result.kind === 'call' ? result.calls.map((call) => call.function) : result.kind);

describe('a yes/no question is answered by a yes or a no, never by a name', () => {
  let mapper: ApiMapper;
  beforeAll(async () => {
    mapper = await createApiMapper({ embedder: await createEmbedderPool().get({ kind: 'use-lite' }), lexicon: openLexicon(), document: alarm });
  }, 60_000);

  it('reads whether it holds for a yes/no question', async () => {
    expect(called(await mapper.map('is the alarm going off?', state))).toEqual(['is_tripped']);
  });

  it('still reads the name where the question asks one', async () => {
    expect(called(await mapper.map('what kind of hazard does it watch for?', state))).toEqual(['get_hazard']);
  });
});

// A door chime written for this test: it says whether it has rung, and how much charge is left.
const chime: DeviceDescription = {
  type: 'door_chime', title: 'Door chime', description: 'A wireless chime that rings when the doorbell button is pressed.', domain: 'home', version: '1.0.0',
  nouns: ['chime', 'doorbell'],
  state: { rang: { type: 'boolean', description: 'Whether it rang in the last minute.' }, battery: { type: 'integer', description: 'Battery charge.', unit: '%', minimum: 0, maximum: 100 } },
  functions: [
    { name: 'has_rung', description: 'Reports whether the chime rang in the last minute.', kind: 'query', parameters: [], returns: { type: 'boolean', description: 'True when it rang.' } },
    { name: 'get_battery', description: 'Reads the remaining battery charge of the chime.', kind: 'query', parameters: [], returns: { type: 'integer', description: 'Remaining charge.', unit: '%' } },
  ],
};

describe('a yes/no question that says nothing of an amount is not asked of it', () => {
  let mapper: ApiMapper;
  beforeAll(async () => {
    mapper = await createApiMapper({ embedder: await createEmbedderPool().get({ kind: 'use-lite' }), lexicon: openLexicon(), document: chime });
  }, 60_000);
  const map = async (text: string) => called(await mapper.map(text, { rang: false, battery: 70 }));

  it.each(['has anybody been at the door?', 'has somebody pressed it?', 'has the chime gone?'])('"%s" is not read as the battery', async (text) => {
    expect(await map(text)).not.toEqual(['get_battery']);
  });

  it.each(['is the battery low?', 'is its charge nearly gone?', 'does it need a new battery?'])('"%s" still reads the battery', async (text) => {
    expect(await map(text)).toEqual(['get_battery']);
  });
});

// A pool robot written for this test: it reports what it is doing (a state, no yes/no query) and how much charge is left.
const poolRobot: DeviceDescription = {
  type: 'pool_robot', title: 'Pool cleaning robot', description: 'A robot that scrubs the floor and walls of a swimming pool and climbs out to charge.', domain: 'home', version: '1.0.0',
  nouns: ['pool robot', 'pool cleaner', 'robot'],
  state: { activity: { type: 'enum', description: 'What the robot is doing.', values: ['scrubbing', 'parked', 'climbing'] }, battery: { type: 'integer', description: 'Battery charge.', unit: '%', minimum: 0, maximum: 100 } },
  functions: [
    { name: 'start_scrub', description: 'Starts scrubbing the pool.', kind: 'action', parameters: [], effects: [{ key: 'activity', value: 'scrubbing' }] },
    { name: 'get_activity', description: 'Reports what the robot is doing.', kind: 'query', parameters: [], returns: { type: 'enum', description: 'One of scrubbing, parked, climbing.' } },
    { name: 'get_battery', description: 'Reads the remaining battery charge level of the robot.', kind: 'query', parameters: [], returns: { type: 'integer', description: 'Remaining charge.', unit: '%' } },
  ],
};

describe('a yes/no question on a device that reports a state is not asked of an amount it says nothing of', () => {
  let mapper: ApiMapper;
  beforeAll(async () => {
    mapper = await createApiMapper({ embedder: await createEmbedderPool().get({ kind: 'use-lite' }), lexicon: openLexicon(), document: poolRobot });
  }, 60_000);
  const map = async (text: string) => called(await mapper.map(text, { activity: 'scrubbing', battery: 60 }));

  it.each(['is the pool robot stuck?', 'is the pool cleaner still going?', 'is it done?'])('"%s" is not read as the battery', async (text) => {
    expect(await map(text)).not.toEqual(['get_battery']);
  });

  it.each(['is the battery low?', 'is the robot fully charged?'])('"%s" still reads the battery', async (text) => {
    expect(await map(text)).toEqual(['get_battery']);
  });
});

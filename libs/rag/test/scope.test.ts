import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription, Embedder } from '@meshmind/protocol';
import { createApiMapper, createEmbedderPool, normaliseApiDocument, openLexicon } from '@meshmind/rag';
import { functionViews } from '../src/mapper/function-views';
import { callsByName, documentScope } from '../src/mapper/scope';

// Devices written for this test: an aquarium feeder and a garden gate opener. Out-of-scope orders
// are things neither device's document speaks of; in-scope ones use words the documents do not
// spell but WordNet relates to theirs.
const lexicon = openLexicon();
const wordNet = lexicon.wordNet;

function device(type: string, title: string, functions: Array<Record<string, unknown>>): DeviceDescription {
  return { type, title, state: {}, functions: functions.map((fn) => ({ kind: 'action', parameters: [], ...fn })) } as unknown as DeviceDescription;
}

const feeder = device('aquarium_feeder', 'Aquarium feeder', [
  { name: 'dispense_food', description: 'Drops one portion of fish food into the tank.' },
  { name: 'set_light_level', description: 'Sets the brightness of the tank light.', parameters: [{ name: 'level', type: 'number', unit: '%', minimum: 0, maximum: 100, description: 'Brightness in percent.', required: true }] },
  { name: 'get_water_temperature', kind: 'query', description: 'Reports the water temperature of the tank.', returns: { type: 'number', description: 'Temperature in degrees Celsius.', unit: '°C' } },
]);

const gate = device('gate_opener', 'Garden gate opener', [
  { name: 'open_gate', description: 'Swings the garden gate open.' },
  { name: 'close_gate', description: 'Swings the garden gate shut.' },
  { name: 'get_gate_position', kind: 'query', description: 'Reports whether the gate is open or closed.', returns: { type: 'string', description: 'open or closed' } },
]);

function scopeOf(description: DeviceDescription) {
  const document = normaliseApiDocument(description);
  return documentScope(document, functionViews(document, lexicon), lexicon, 'feeder');
}

describe.skipIf(!wordNet)('the words of a request against everything a document explains', () => {
  it('finds no word of an order the feeder could do in several unrelated orders', () => {
    const scope = scopeOf(feeder);
    for (const order of ['mow the lawn', 'please bake some bread', 'paint the fence blue', 'could you vacuum the carpet']) {
      const reading = scope.read(order, undefined, 'command');
      expect(reading.strongest, order).toBeLessThan(0.75);
      expect(reading.unmet.length, order).toBeGreaterThan(0);
    }
  });

  it('meets words the document does not spell through the stemmer and WordNet', () => {
    const scope = scopeOf(feeder);
    // "drops" and "drop" share their stem.
    expect(scope.read('drop a portion in', undefined, 'command').strongest).toBe(1);
    // "illumination" is a synonym of the tank's "light".
    expect(scope.read('more illumination for the tank', undefined, 'command').strongest).toBeGreaterThanOrEqual(0.75);
    // "nourishment" meets "food" through WordNet.
    expect(scope.read('give them some nourishment', undefined, 'command').strongest).toBeGreaterThanOrEqual(0.5);
  });

  it('leaves out the words that name the device and its place, and courtesy', () => {
    const scope = scopeOf(feeder);
    const reading = scope.read('please just mow the lawn in the kitchen', { names: ['feeder'], words: ['kitchen'] }, 'command');
    expect(reading.content).toEqual(['mow', 'lawn']);
  });

  it('reads a noun after a determiner as a noun: "the plants" do not meet a document that sets things', () => {
    const setter = scopeOf(device('dial', 'Dial', [{ name: 'set_level', description: 'Sets the level.' }]));
    expect(setter.read('water the plants', undefined, 'command').strongest).toBeLessThan(0.75);
  });
});

describe.skipIf(!wordNet)('a request out of scope is "not executable", with the words the device has nothing for', () => {
  let embedder: Embedder;
  beforeAll(async () => {
    embedder = await createEmbedderPool().get({ kind: 'use-lite' });
  });

  it('declines orders no function of the gate opener speaks of, in several phrasings', async () => {
    const mapper = await createApiMapper({ embedder, lexicon, document: gate, selfNoun: 'gate' });
    for (const order of ['Bake a chocolate cake.', 'Please play some jazz music', 'Order a pizza for dinner', 'Print the shipping label.']) {
      const result = await mapper.map(order);
      expect(result.kind, order).toBe('not_executable');
      if (result.kind === 'not_executable') expect(result.reason, order).toMatch(/^nothing the gate can do has to do with "/);
    }
  });

  it('keeps orders in scope said with words the document does not use', async () => {
    const mapper = await createApiMapper({ embedder, lexicon, document: gate, selfNoun: 'gate' });
    const cases: Array<[string, string]> = [
      ['Shut the gate please', 'close_gate'],
      ['Swing it open', 'open_gate'],
      ['Could you open up the garden gate?', 'open_gate'],
    ];
    for (const [order, expected] of cases) {
      const result = await mapper.map(order);
      expect(result.kind, order).toBe('call');
      if (result.kind === 'call') expect(result.calls[0]!.function, order).toBe(expected);
    }
  });

  it('never judges a question by its words: "where" and "is it" name no document word', async () => {
    const mapper = await createApiMapper({ embedder, lexicon, document: gate, selfNoun: 'gate' });
    const result = await mapper.map('Where is it right now?');
    expect(result.kind).toBe('call');
    if (result.kind === 'call') expect(result.calls[0]!.function).toBe('get_gate_position');
  });

  it('takes a number said to a device that takes one as in its terms', async () => {
    const mapper = await createApiMapper({ embedder, lexicon, document: feeder, selfNoun: 'feeder' });
    const result = await mapper.map('Bring it down to 30%');
    expect(result.kind).toBe('call');
    if (result.kind === 'call') expect(result.calls[0]).toMatchObject({ function: 'set_light_level', arguments: { level: 30 } });
  });

  it('does not judge a request that calls the device by its own name, nor an opposite by prefix, nor a particle', async () => {
    const mapper = await createApiMapper({ embedder, lexicon, document: feeder, selfNoun: 'feeder' });
    // The person named the device "Goldfish diner": its name says what it is for.
    const named = await mapper.map('Goldfish diner, serve breakfast', {}, { references: { names: ['Goldfish diner'], words: ['feeder', 'den'], kinds: ['feeder'] } });
    expect(named.kind).toBe('call');
    expect(callsByName('Goldfish diner, serve breakfast', { names: ['Goldfish diner'], words: ['feeder'], kinds: ['feeder'] })).toBe(true);
    // A name made of the kind noun and a number says nothing of what the device is for.
    expect(callsByName('robot 4, water the plants', { names: ['Robot 4'], words: ['robot', 'aisle'], kinds: ['robot'] })).toBe(false);
    const scope = scopeOf(gate);
    // "unclose" is not English, but its prefix makes it the opposite of the document's "close".
    expect(scope.read('unclose it', undefined, 'command').strongest).toBeGreaterThanOrEqual(0.75);
    expect(scope.read('swing it up', undefined, 'command').content).toEqual(['swing']);
  });

  it('never judges a list whose items are free text: any words may be an item', async () => {
    const list = device('todo_list', 'Chores', [
      { name: 'add_item', description: 'Adds an item to the list.', parameters: [{ name: 'item', type: 'string', description: 'The item to add.', required: true }] },
      { name: 'list_items', kind: 'query', description: 'Lists the items.', returns: { type: 'string', description: 'the items' } },
    ]);
    const mapper = await createApiMapper({ embedder, lexicon, document: list, selfNoun: 'list' });
    const result = await mapper.map('Put oat milk and birdseed on it');
    expect(result.kind).toBe('call');
  });

  it('can be turned off', async () => {
    const mapper = await createApiMapper({ embedder, lexicon, document: gate, selfNoun: 'gate', scope: false });
    const result = await mapper.map('Bake a chocolate cake.');
    expect(result.scope?.semantic).toBeDefined();
  });
});

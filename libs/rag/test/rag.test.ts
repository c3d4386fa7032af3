import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDeviceDescription, ROBOT_DIALECTS } from '@meshmind/devices';
import { isMeshmindError, type Embedder } from '@meshmind/protocol';
import {
  createApiMapper,
  createEmbedderPool,
  createHybridIndex,
  createMapperIndexCache,
  createOpenAiEmbedder,
  extractArguments,
  normaliseApiDocument,
  openLexicon,
  splitSteps,
  withoutSelfReferences,
} from '@meshmind/rag';
import { FREEDICT_PACKAGES, missingFreeDictPackages } from '@meshmind/language';
import { functionViews } from '../src/mapper/function-views';
import { requireSystemPackages } from '../../../test/support/system-packages';

const pool = createEmbedderPool();
const lexicon = openLexicon();
const hasFreeDict = requireSystemPackages('rag FreeDict tests (German and French)', Object.values(FREEDICT_PACKAGES).flat(), missingFreeDictPackages().length === 0);
let embedder: Embedder;
let cacheDir: string;

beforeAll(async () => {
  embedder = await pool.get({ kind: 'use-lite' });
  cacheDir = mkdtempSync(join(tmpdir(), 'meshmind-rag-test-'));
});
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

describe('splitSteps', () => {
  it('splits a multi-step subtask at "and then" but keeps "SSID X and password Y" together', () => {
    expect(splitSteps('Move to shelf 3 and then check it for free space.', lexicon)).toEqual(['Move to shelf 3', 'check it for free space.']);
    expect(splitSteps('Enable AP mode with SSID Bot and password abc', lexicon)).toHaveLength(1);
  });
});

describe('CC-CEDICT views', () => {
  it('gives a Chinese vendor document English views instead of identifiers only', () => {
    const chinese = ROBOT_DIALECTS.find((dialect) => dialect.id === 'c-zh')!;
    const views = functionViews(normaliseApiDocument(chinese.document), lexicon);
    expect(views.language).toBe('zh');
    expect(views.warnings).toEqual([]);
    const accessPoint = views.documents.find((document) => document.id === 'start_ap')!;
    expect(accessPoint.views[0]).toContain('hot spot');
  });
});

describe('withoutSelfReferences', () => {
  const references = { names: ['TV', 'Overhead light'], words: ['list', 'light', 'lights', 'Kitchen', 'Living room'] };
  it.each([
    ['Skip the song on the TV.', 'Skip the song.'],
    ['Add milk to my list.', 'Add milk.'],
    ['Turn on the lights in the living room.', 'Turn on.'],
    ['Turn the lights off in the kitchen.', 'Turn off.'],
    // The particle of a phrasal verb a few words back stays: "check ... off".
    ['Check milk off the list.', 'Check milk off.'],
    ['Switch the music off on the TV.', 'Switch the music off.'],
    // A kind word that opens the request is its verb or subject; a bare name is the whole request.
    ['Light up the kitchen.', 'Light up.'],
    ['Lights on.', 'Lights on.'],
    ['Overhead light on.', 'Overhead light on.'],
    ['TV 50%.', 'TV 50%.'],
  ])('"%s" -> "%s"', (text, expected) => {
    expect(withoutSelfReferences(text, references)).toBe(expected);
  });
});

describe('normaliseApiDocument', () => {
  it('reads an LLMind-style entry with its range and unit from the notes', () => {
    const document = normaliseApiDocument([
      { name: 'set_velocity', input_argument: ['velocity'], input_type: ['float'], output: 'True/False', notes: '设定机器人行驶速度（米/秒），0.1至2.0之间。', programming_language: 'Python' },
    ]);
    expect(document.functions[0]!.parameters[0]).toMatchObject({ name: 'velocity', type: 'number', unit: 'm/s', minimum: 0.1, maximum: 2 });
  });

  it('rejects a malformed document with a coded error instead of crashing', () => {
    for (const bad of [[], [{ notes: 'no name' }], { functions: 'nope' }, 42, [{ name: 'a b' }]]) {
      let caught: unknown;
      try {
        normaliseApiDocument(bad);
      } catch (error) {
        caught = error;
      }
      expect(isMeshmindError(caught) && caught.code).toBe('E_INVALID_PAYLOAD');
    }
  });
});

describe('extractArguments', () => {
  const light = normaliseApiDocument(getDeviceDescription('light')!);
  const setBrightness = light.functions.find((fn) => fn.name === 'set_brightness')!;

  it('reads a relative change against the current state and clamps it to the range', () => {
    expect(extractArguments('a bit brighter', setBrightness, { brightness: 50 })).toEqual({ ok: true, arguments: { brightness: 60 } });
    expect(extractArguments('brighter', setBrightness, { brightness: 95 })).toEqual({ ok: true, arguments: { brightness: 100 } });
  });

  it('reports a missing required value instead of inventing one', () => {
    const result = extractArguments('set the brightness', setBrightness, {});
    expect(result).toMatchObject({ ok: false, missing: ['brightness'] });
  });

  it('reads a named preset written as one word or two ("day light", "candlelight")', () => {
    const setTemperature = light.functions.find((fn) => fn.name === 'set_color_temperature')!;
    expect(extractArguments('lamp temperature day light', setTemperature)).toEqual({ ok: true, arguments: { kelvin: 6500 } });
    expect(extractArguments('make it candlelight', setTemperature)).toEqual({ ok: true, arguments: { kelvin: 2000 } });
  });

  it('converts Fahrenheit to the parameter unit', () => {
    const climate = normaliseApiDocument(getDeviceDescription('climate')!);
    const setTemperature = climate.functions.find((fn) => fn.name === 'set_temperature')!;
    expect(extractArguments('heat to 70 degrees Fahrenheit', setTemperature)).toEqual({ ok: true, arguments: { temperature: 21.1 } });
  });
});

describe('createApiMapper', () => {
  it.skipIf(!hasFreeDict)('maps a German vendor dialect through the dictionary', async () => {
    const german = ROBOT_DIALECTS.find((dialect) => dialect.id === 'python-de')!;
    const mapper = await createApiMapper({ embedder, lexicon, document: german.document });
    const result = await mapper.map('Go to shelf 3.');
    expect(result).toMatchObject({ kind: 'call', calls: [{ function: 'bewege_zu_regal', arguments: { regal_nummer: 3 } }] });
    // The file's first German document opens the FreeDict dictionary: seconds alone, over the default
    // 30 s on a 2-core machine running other files beside it (three runs at load 14-23 timed out).
  }, 120_000);

  it('reads a later step\'s "it" as what the step before acted on', async () => {
    const chinese = ROBOT_DIALECTS.find((dialect) => dialect.id === 'c-zh')!;
    const mapper = await createApiMapper({ embedder, lexicon, document: chinese.document });
    const result = await mapper.map('Go to shelf 5, then scan the items on it.');
    // Without the antecedent, "scan the items on it" met scan_wifi.
    expect(result).toMatchObject({ kind: 'call', calls: [{ function: 'move_to_shelf', arguments: { num: 5 } }, { function: 'scan_shelf', arguments: { num: 5 } }] });
  });

  it('answers not executable with candidates for a subtask the device cannot do', async () => {
    const mapper = await createApiMapper({ embedder, lexicon, document: getDeviceDescription('light')! });
    const result = await mapper.map('Order a pizza.');
    expect(result.kind).toBe('not_executable');
    expect(result.candidates.length).toBeGreaterThan(0);
  });

  it('answers "how much" with the function whose declared return type is a number, not a unit or class name', async () => {
    const gauge = await createApiMapper({ embedder, lexicon, document: getDeviceDescription('sensor')! });
    for (const question of ['How much water is left in the rain barrel?', 'how much diesel remains in the tank?', 'How much is left?']) {
      expect(await gauge.map(question), question).toMatchObject({ kind: 'call', calls: [{ function: 'get_value' }] });
    }
    const normalised = normaliseApiDocument(getDeviceDescription('sensor')!);
    expect(normalised.functions.find((fn) => fn.name === 'get_value')?.returnType).toBe('number');
  });

  it('reads the words that name the device out of a subtask: "list" says which device, not list_items', async () => {
    const mapper = await createApiMapper({ embedder, lexicon, document: getDeviceDescription('todo_list')! });
    const references = { names: ['Trader Joes'], words: ['list', 'shopping list', 'Kitchen'] };
    expect(await mapper.map('Add apples to my trader joes list.', {}, { references })).toMatchObject({ kind: 'call', calls: [{ function: 'add_item', arguments: { item: 'apples' } }] });
    expect(await mapper.map('Check apples off my shopping list.', {}, { references })).toMatchObject({ kind: 'call', calls: [{ function: 'complete_item', arguments: { item: 'apples' } }] });
    const tv = await createApiMapper({ embedder, lexicon, document: getDeviceDescription('media_player')! });
    // Without its name read out, "TV" is also a source the player can switch to.
    expect(await tv.map('Resume TV.', {}, { references: { names: ['TV'], words: ['television'] } })).toMatchObject({ kind: 'call', calls: [{ function: 'play' }] });
  });

  it('persists the index per document and reloads it instead of embedding again', async () => {
    const document = getDeviceDescription('fan')!;
    const first = await createApiMapper({ embedder, lexicon, document, cacheDir });
    const second = await createApiMapper({ embedder, lexicon, document, cacheDir });
    expect(first.index.loadedFromCache).toBe(false);
    expect(second.index.loadedFromCache).toBe(true);
    expect(await second.candidates('stop the fan', 1)).toEqual(await first.candidates('stop the fan', 1));
  });
});

describe('embedders', () => {
  it('shares one embedder and embeds a text once for every agent of the pool', async () => {
    const before = pool.computedTexts;
    const document = getDeviceDescription('valve')!;
    await Promise.all(Array.from({ length: 5 }, () => createApiMapper({ embedder, document })));
    const afterFirst = pool.computedTexts;
    await createApiMapper({ embedder, document });
    expect(pool.computedTexts).toBe(afterFirst);
    expect(afterFirst - before).toBeLessThanOrEqual(document.functions.length * 2);
    expect(await pool.get({ kind: 'use-lite' })).toBe(embedder);
  });

  it('lets agents of one process share the index of the same API document', async () => {
    const indexCache = createMapperIndexCache();
    const document = getDeviceDescription('lock')!;
    const [first, second] = await Promise.all([createApiMapper({ embedder, document, indexCache }), createApiMapper({ embedder, document, indexCache })]);
    expect(second.index).toBe(first.index);
  });

  it('names the missing model folder and how to provide it', async () => {
    const missing = join(cacheDir, 'no-such-model');
    await expect(pool.get({ kind: 'transformers', modelPath: missing })).rejects.toMatchObject({
      code: 'E_MODEL_MISSING',
      message: expect.stringContaining(missing),
    });
  });

  it('turns an unreachable embeddings endpoint into a coded error', async () => {
    const refusing: typeof fetch = async () => {
      throw new TypeError('connect ECONNREFUSED 127.0.0.1:9');
    };
    const remote = createOpenAiEmbedder({ baseUrl: 'http://127.0.0.1:9', model: 'm' }, refusing);
    await expect(remote.embed(['x'])).rejects.toMatchObject({ code: 'E_BACKEND_UNREACHABLE' });
  });

  it('reads vectors from an OpenAI-compatible response in index order', async () => {
    const answering: typeof fetch = async () =>
      new Response(JSON.stringify({ data: [{ index: 1, embedding: [0, 2] }, { index: 0, embedding: [3, 0] }] }), { status: 200 });
    const remote = createOpenAiEmbedder({ baseUrl: 'http://local/v1', model: 'm' }, answering);
    const [first, second] = await remote.embed(['a', 'b']);
    expect(Array.from(first!)).toEqual([1, 0]);
    expect(Array.from(second!)).toEqual([0, 1]);
  });
});

describe('hybrid index and device resolver', () => {
  it('finds a generic document by words and meaning', async () => {
    const index = await createHybridIndex(
      [
        { id: 'kitchen', views: ['kitchen ceiling light'], fields: [{ words: ['kitchen', 'ceiling', 'light'], weight: 1 }] },
        { id: 'garden', views: ['garden sprinkler valve'], fields: [{ words: ['garden', 'sprinkler', 'valve'], weight: 1 }] },
      ],
      { embedder, lexicon },
    );
    expect((await index.search('water the lawn', 1))[0]!.id).toBe('garden');
  });
});

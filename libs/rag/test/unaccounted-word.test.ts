import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription } from '@meshmind/protocol';
import { openLexicon as openLanguageLexicon } from '@meshmind/language';
import { createApiMapper, createEmbedderPool, openLexicon, type ApiMapper, type MapResult } from '@meshmind/rag';
import { commandCore } from '../src/mapper/unaccounted-word';

// Two devices written for this test: a library cart that drives to numbered bays and photographs
// them, and a garden sprinkler that waters numbered zones.
const cart: DeviceDescription = {
  type: 'library_cart', title: 'Library cart', description: 'A robot cart that drives between the bays of a library.', domain: 'warehouse', version: '1.0.0',
  nouns: ['cart', 'robot'],
  state: {},
  functions: [
    { name: 'drive_to_bay', description: 'Drives the cart to a numbered bay.', kind: 'action', parameters: [{ name: 'bay', type: 'integer', description: 'Bay number.', required: true, minimum: 1, maximum: 40 }] },
    { name: 'photograph_bay', description: 'Takes a snapshot of the books in a bay with the camera.', kind: 'action', parameters: [{ name: 'bay', type: 'integer', description: 'Bay number.', required: true, minimum: 1, maximum: 40 }] },
    { name: 'return_to_charger', description: 'Drives back to the charger and charges the battery.', kind: 'action', parameters: [] },
  ],
};
const sprinkler: DeviceDescription = {
  type: 'sprinkler', title: 'Garden sprinkler', description: 'Waters the zones of a garden.', domain: 'home', version: '1.0.0',
  nouns: ['sprinkler'],
  state: { watering: { type: 'boolean', description: 'Whether a zone is being watered.' } },
  functions: [
    { name: 'water_zone', description: 'Starts watering one zone of the garden.', kind: 'action', parameters: [{ name: 'zone', type: 'integer', description: 'Zone number.', required: true, minimum: 1, maximum: 8 }] },
    { name: 'stop_watering', description: 'Stops the watering.', kind: 'action', parameters: [] },
  ],
};

// A treadmill whose halt stops all motion of its belt: "kill the motor" is met only through WordNet's definitions.
const treadmill: DeviceDescription = {
  type: 'treadmill', title: 'Treadmill', description: 'A running machine with a moving belt.', domain: 'home', version: '1.0.0',
  nouns: ['treadmill'],
  state: {},
  functions: [
    { name: 'halt_belt', description: 'Stops all motion of the belt at once.', kind: 'action', parameters: [] },
    { name: 'set_incline', description: 'Sets the incline of the deck.', kind: 'action', parameters: [{ name: 'percent', type: 'integer', description: 'Incline in percent.', required: true, minimum: 0, maximum: 15 }] },
    { name: 'get_distance', description: 'Reads the distance run so far.', kind: 'query', parameters: [] },
  ],
};

// A dash camera that records clips: a video is its own word here.
const dashcam: DeviceDescription = {
  type: 'dashcam', title: 'Dash camera', description: 'A camera on the dashboard of a van.', domain: 'home', version: '1.0.0',
  nouns: ['dashcam', 'dash camera'],
  state: {},
  functions: [
    { name: 'record_clip', description: 'Records a video clip of the road ahead.', kind: 'action', parameters: [{ name: 'seconds', type: 'integer', description: 'Length of the clip in seconds.', required: true, minimum: 5, maximum: 120 }] },
    { name: 'take_still', description: 'Takes a still photo of the road.', kind: 'action', parameters: [] },
  ],
};

const called = (result: MapResult) => (result.kind === 'call' ? result.calls.map((call) => call.function) : result.kind);

describe('the core of a command: its verb and the head of its object', () => {
  const wordNet = openLanguageLexicon().wordNet!;

  it('reads a phrasal verb and the head of the noun phrase after it', () => {
    expect(commandCore('lift up the heavy crate on bay 2', wordNet)).toMatchObject({ verb: 'lift up', object: 'crate' });
    expect(commandCore('please sharpen some pencils', wordNet)).toMatchObject({ verb: 'sharpen', object: 'pencils' });
    expect(commandCore('charge my old laptop', wordNet)).toMatchObject({ verb: 'charge', object: 'laptop', speakers: true });
  });

  it('takes a particle after the object as the verb\'s, and the nouns before the head as its modifiers', () => {
    expect(commandCore('could you fold the reading lamp away', wordNet)).toMatchObject({ verb: 'fold', object: 'lamp', modifiers: ['reading'] });
    expect(commandCore('switch the desk fan off', wordNet)).toMatchObject({ verb: 'switch off', object: 'fan' });
  });

  it('says whether a number follows the object as the value it goes to, not as a place', () => {
    expect(commandCore('change the deck slope to 9', wordNet)?.toNumber).toBe(true);
    expect(commandCore('alter the crate on bay 2', wordNet)?.toNumber).toBeUndefined();
  });

  it('reads no object after a verb that takes a gerund, nor a core where no verb opens', () => {
    expect(commandCore('would you mind rolling over to bay 6', wordNet)).toBeUndefined();
    expect(commandCore('bay 6 next', wordNet)?.object).toBeUndefined();
  });
});

describe('a command whose verb and object the chosen function does not account for is declined', () => {
  const mappers = new Map<string, ApiMapper>();
  beforeAll(async () => {
    const embedder = await createEmbedderPool().get({ kind: 'use-lite' });
    const lexicon = openLexicon();
    for (const [name, document] of [['cart', cart], ['sprinkler', sprinkler], ['treadmill', treadmill], ['dashcam', dashcam]] as const) mappers.set(name, await createApiMapper({ embedder, lexicon, document }));
  }, 60_000);

  it('declines a deed on a thing the device knows only the place of', async () => {
    for (const said of ['Lift the crate on bay 2', 'Sharpen the pencils at bay 7', 'dust the shelves in bay 3']) {
      const result = await mappers.get('cart')!.map(said);
      expect(called(result), said).toBe('not_executable');
    }
    expect(called(await mappers.get('sprinkler')!.map('paint the fence by zone 2'))).toBe('not_executable');
  });

  it('declines a deed the device does to itself where the thing is one of the speaker\'s', async () => {
    expect(called(await mappers.get('cart')!.map('charge my laptop'))).toBe('not_executable');
    expect(called(await mappers.get('cart')!.map('charge our tablets please'))).toBe('not_executable');
    expect(called(await mappers.get('cart')!.map('charge your battery'))).toEqual(['return_to_charger']);
    expect(called(await mappers.get('sprinkler')!.map('water my roses in zone 2'))).toEqual(['water_zone']);
  });

  it('says what the chosen function does and what it cannot', async () => {
    const result = await mappers.get('cart')!.map('Lift the crate on bay 2');
    expect(result.kind === 'not_executable' && result.reason).toMatch(/can drive to bay but not lift crate/);
  });

  it('keeps a call whose verb or object the function accounts for, in other words than its own', async () => {
    expect(called(await mappers.get('cart')!.map('Head over to bay 4'))).toEqual(['drive_to_bay']);
    expect(called(await mappers.get('cart')!.map('capture an image of the books in bay 2'))).toEqual(['photograph_bay']);
    expect(called(await mappers.get('cart')!.map('snap a photo of bay 9'))).toEqual(['photograph_bay']);
    expect(called(await mappers.get('sprinkler')!.map('sprinkle zone 3'))).toEqual(['water_zone']);
    expect(called(await mappers.get('sprinkler')!.map('give the lawn in zone 5 a drink'))).not.toBe('not_executable');
  });

  it('keeps a call where WordNet defines both the verb and its object by what the function does', async () => {
    // To kill is, in one sense, "to cause to cease operating" (cease is to stop); a motor "imparts motion".
    for (const said of ['kill the motor', 'kill the belt motor', 'please kill the motor at once']) expect(called(await mappers.get('treadmill')!.map(said)), said).toEqual(['halt_belt']);
  });

  it('declines where only the object is defined by what the function does', async () => {
    // A motor imparts motion, but to oil or repaint is nothing the halt does.
    for (const said of ['oil the motor', 'repaint the motor']) expect(called(await mappers.get('treadmill')!.map(said)), said).not.toEqual(['halt_belt']);
  });

  it('keeps a change of the number a setter takes, whatever noun names it', async () => {
    // "gradient" and "slope" are no word of set_incline's; to change, alter or adjust a value is what a setter does.
    for (const said of ['change the deck gradient to 6', 'alter the slope to 4', 'adjust the deck slope to 9']) expect(called(await mappers.get('treadmill')!.map(said)), said).toEqual(['set_incline']);
  });

  it('declines a thing the verb makes (a video is a recording) where the chosen function names neither', async () => {
    for (const said of ['Record a video of bay 3', 'please record a short video of bay 12', 'record a video at bay 7']) expect(called(await mappers.get('cart')!.map(said)), said).toBe('not_executable');
    expect(called(await mappers.get('cart')!.map('take a picture of bay 2'))).toEqual(['photograph_bay']);
    expect(called(await mappers.get('dashcam')!.map('record a video for 30 seconds'))).toEqual(['record_clip']);
  });

  it('declines a deed no word of the document meets, done to a thing the document names', async () => {
    // The camera and the bays are the cart's words; to pan, to email or to dust them is nothing it does.
    for (const said of ['Pan the camera to the left', 'email the snapshot to the librarian', 'refill bay 4 with new books']) expect(called(await mappers.get('cart')!.map(said)), said).toBe('not_executable');
  });

  it('keeps such a call where the verb goes to a place, or its definition meets the function', async () => {
    // To park on the charger is to go there; to photograph is to "record on photographic film", a snapshot's deed.
    expect(called(await mappers.get('cart')!.map('park on the charger for the night'))).toEqual(['return_to_charger']);
    expect(called(await mappers.get('cart')!.map('photograph bay 6'))).toEqual(['photograph_bay']);
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription, Embedder } from '@meshmind/protocol';
import { createApiMapper, createEmbedderPool, normaliseApiDocument, openLexicon } from '@meshmind/rag';
import { stem } from '@meshmind/language';
import { functionViews } from '../src/mapper/function-views';
import { ACTION_MEETING, documentActions, opposedStems } from '../src/mapper/action-scope';
import { documentWords } from '../src/mapper/scope';

// A smart plug and a skylight written for this test. The plug only switches: a verb that names
// another opposition (lock/unlock) must be declined, not turned into its switch. The skylight
// opens and closes: "shut" (a synonym) and "close" keep working.
const lexicon = openLexicon();
const wordNet = lexicon.wordNet;

const plug = {
  type: 'smart_plug',
  title: 'Smart plug',
  state: { on: { type: 'boolean', description: 'Whether the plug is switched on.' } },
  functions: [
    { name: 'power_on', kind: 'action', parameters: [], description: 'Switches the plug on.' },
    { name: 'power_off', kind: 'action', parameters: [], description: 'Switches the plug off.' },
    { name: 'flip', kind: 'action', parameters: [], description: 'Flips the plug to the other state.' },
    { name: 'dial_up', kind: 'action', parameters: [], description: 'Raises the dimmer one step.' },
    { name: 'dial_down', kind: 'action', parameters: [], description: 'Lowers the dimmer one step.' },
    { name: 'is_powered', kind: 'query', parameters: [], description: 'Reports whether the plug is on.', returns: { type: 'boolean', description: 'True when on.' } },
  ],
} as unknown as DeviceDescription;

const skylight = {
  type: 'skylight',
  title: 'Skylight',
  state: {},
  functions: [
    { name: 'open_window', kind: 'action', parameters: [], description: 'Opens the roof window.' },
    { name: 'close_window', kind: 'action', parameters: [], description: 'Closes the roof window.' },
  ],
} as unknown as DeviceDescription;

function actionsOf(description: DeviceDescription) {
  const document = normaliseApiDocument(description);
  const written = documentWords(document, functionViews(document, lexicon));
  const stems = new Set([...written].map(stem));
  return documentActions(stems, wordNet, opposedStems(written, stems, wordNet));
}

describe.skipIf(!wordNet)('a verb that names an opposition the device does not have', () => {
  it('is unmet where only a close relation of another sense meets the document', () => {
    const reading = actionsOf(plug).read('lock the plug', 'command');
    expect(reading?.meeting).toBe(0);
    expect(reading?.lacksOpposition).toBe(true);
  });

  it('is met where the document has the verb, its opposite or a synonym', () => {
    const actions = actionsOf(skylight);
    for (const order of ['open the skylight', 'close the skylight', 'shut the skylight']) {
      const reading = actions.read(order, 'command');
      expect(reading?.meeting, order).toBeGreaterThanOrEqual(ACTION_MEETING);
      expect(reading?.lacksOpposition, order).toBeUndefined();
    }
    expect(actionsOf(plug).read('switch the plug on', 'command')?.lacksOpposition).toBeUndefined();
  });

  it('is met where it reaches an opposition the document has in other words', () => {
    // "increase" meets "raise" and "decrease" meets "lower": the plug's dimmer has both ends.
    for (const order of ['increase the dimmer', 'decrease the dimmer']) {
      const reading = actionsOf(plug).read(order, 'command');
      expect(reading?.meeting, order).toBeGreaterThanOrEqual(ACTION_MEETING);
      expect(reading?.lacksOpposition, order).toBeUndefined();
    }
  });

  it('meets the document through its bare verb only where the document has its particle', () => {
    // A bulb whose notes speak of its colour tone: "tone down" names nothing it does ("tone" is its noun).
    const bulb = {
      type: 'tone_bulb',
      title: 'Tone bulb',
      state: {},
      functions: [
        { name: 'light_up', kind: 'action', parameters: [], description: 'Switches the bulb on.' },
        { name: 'go_dark', kind: 'action', parameters: [], description: 'Switches the bulb off.' },
        { name: 'set_tone', kind: 'action', parameters: [{ name: 'tone', type: 'string', description: 'warm or cold colour tone' }], description: 'Sets the colour tone of the bulb.' },
      ],
    } as unknown as DeviceDescription;
    for (const order of ['tone down the bulb', 'please tone down the bulb']) expect(actionsOf(bulb).read(order, 'command')?.meeting ?? 0, order).toBeLessThan(ACTION_MEETING);
    // "crank" is a kind of "turn", which the bulb's notes say: a relative of the bare verb still meets.
    const dial = { ...bulb, functions: [...bulb.functions, { name: 'turn_brighter', kind: 'action', parameters: [], description: 'Turns the bulb brighter.' }] } as unknown as DeviceDescription;
    expect(actionsOf(dial).read('crank up the bulb', 'command')?.meeting).toBeGreaterThanOrEqual(ACTION_MEETING);
    for (const order of ['switch off the bulb', 'switch on the bulb']) expect(actionsOf(bulb).read(order, 'command')?.meeting, order).toBeGreaterThanOrEqual(ACTION_MEETING);
  });

  describe('through the mapper', () => {
    let embedder: Embedder;
    beforeAll(async () => {
      embedder = await createEmbedderPool().get({ kind: 'use-lite' });
    });

    it('declines it, naming the verb, however near the device noun makes the request', async () => {
      const mapper = await createApiMapper({ embedder, lexicon, document: plug, selfNoun: 'plug' });
      for (const order of ['Lock the plug.', 'please lock the kitchen plug', 'lock the plug now']) {
        const result = await mapper.map(order);
        expect(result.kind, order).toBe('not_executable');
        if (result.kind === 'not_executable') expect(result.reason, order).toContain('"lock"');
      }
    });

    it('keeps the switch verbs the plug does', async () => {
      const mapper = await createApiMapper({ embedder, lexicon, document: plug, selfNoun: 'plug' });
      for (const [order, expected] of [['switch the plug on', 'power_on'], ['turn off the plug', 'power_off']] as const) {
        const result = await mapper.map(order);
        expect(result.kind, order).toBe('call');
        if (result.kind === 'call') expect(result.calls[0]!.function, order).toBe(expected);
      }
    });
  });
});

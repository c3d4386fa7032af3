import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription, Embedder } from '@meshmind/protocol';
import { createApiMapper, createEmbedderPool, openLexicon } from '@meshmind/rag';
import { normaliseApiDocument as normaliseDocument } from '../src/api-document';
import type { MapResult } from '../src/mapper/api-mapper-options';
import { givesUp, namesActivity, withGivenUpActivity } from '../src/mapper/given-up-activity';

// A pool cover robot and a garden mower written for this test: giving up the activity they do is its end, never its start.
const lexicon = openLexicon();
const wordNet = lexicon.wordNet!;

const mower = {
  type: 'robot_mower',
  title: 'Robot mower',
  nouns: ['mower', 'robot mower'],
  state: { activity: { type: 'string', enum: ['mowing', 'parked', 'halted'], description: 'What the mower is doing.' } },
  functions: [
    { name: 'begin_mowing', kind: 'action', parameters: [], description: 'Sets the mower off mowing the lawn.', effects: [{ key: 'activity', value: 'mowing' }] },
    { name: 'halt_mowing', kind: 'action', parameters: [], description: 'Ends the mowing run where the mower is.', effects: [{ key: 'activity', value: 'halted' }] },
    { name: 'park', kind: 'action', parameters: [], description: 'Drives the mower back to its garage.', effects: [{ key: 'activity', value: 'parked' }] },
  ],
} as unknown as DeviceDescription;

const heaterPlug = {
  type: 'heater_plug',
  title: 'Heater socket',
  nouns: ['socket', 'heater plug'],
  state: { powered: { type: 'boolean', description: 'Whether the socket gives power.' } },
  functions: [
    { name: 'power_on', kind: 'action', parameters: [], description: 'Switches the socket on.', effects: [{ key: 'powered', value: true }] },
    { name: 'power_off', kind: 'action', parameters: [], description: 'Switches the socket off.', effects: [{ key: 'powered', value: false }] },
  ],
} as unknown as DeviceDescription;

const chosen = (result: MapResult) => (result.kind === 'call' ? result.calls.map((call) => call.function) : []);

describe('an activity given up', () => {
  it('knows verbs of giving up by a commonest WordNet sense that ends, annuls or discards', () => {
    for (const verb of ['cancel', 'call off', 'scrap', 'abandon']) expect(givesUp(verb, wordNet), verb).toBe(true);
    // "drop" is first "let fall", "scratch" first "cause friction", "axe" first "chop" and "check" first "examine": a rarer sense of ending does not count.
    for (const verb of ['start', 'begin', 'resume', 'mow', 'keep', 'open', 'turn', 'drop', 'scratch', 'axe', 'check']) expect(givesUp(verb, wordNet), verb).toBe(false);
  });

  it('knows an activity by a gerund or a noun of act or event', () => {
    for (const noun of ['mowing', 'weeding', 'irrigation', 'film']) expect(namesActivity(noun, wordNet), noun).toBe(true);
    for (const noun of ['lawn', 'volume', 'blinds', 'heater']) expect(namesActivity(noun, wordNet), noun).toBe(false);
  });

  it('reads the command as the end of the activity, on a device with an end of its own', () => {
    const document = normaliseDocument(mower);
    expect(withGivenUpActivity('call off the mowing', document, wordNet)).toBe('stop the mowing');
    expect(withGivenUpActivity('please scrap the mowing, it is raining', document, wordNet)).toBe('please stop the mowing, it is raining');
    expect(withGivenUpActivity('call the mowing off', document, wordNet)).toBe('stop the mowing');
    // A thing, not an activity; a verb of beginning; a question; a plug with no end of its own.
    for (const text of ['drop the blinds', 'begin the mowing', 'cancel the mowing?', 'abandon the lawn']) expect(withGivenUpActivity(text, document, wordNet), text).toBe(text);
    expect(withGivenUpActivity('knock the heating off', normaliseDocument(heaterPlug), wordNet)).toBe('knock the heating off');
  });

  it('ends only an activity the device names, and never an end itself', () => {
    const document = normaliseDocument(mower);
    // The mower delivers and invoices nothing; cancelling its halt is no further halt; "check" is first "examine".
    for (const text of ['cancel the delivery', 'call off the invoicing', 'cancel the halt', 'check the mowing']) expect(withGivenUpActivity(text, document, wordNet), text).toBe(text);
  });

  describe('through the mapper', () => {
    let embedder: Embedder;
    beforeAll(async () => {
      embedder = await createEmbedderPool().get({ kind: 'use-lite' });
    });

    it('ends the activity rather than starting it', async () => {
      const robot = await createApiMapper({ embedder, lexicon, document: mower, selfNoun: 'mower' });
      for (const text of ['call off the mowing', 'scrap the mowing', 'cancel the mowing', 'abandon the mowing']) {
        expect(chosen(await robot.map(text, { activity: 'mowing' })), text).toEqual(['halt_mowing']);
      }
      expect(chosen(await robot.map('start the mowing', { activity: 'parked' }))).toEqual(['begin_mowing']);
    });
  });
});

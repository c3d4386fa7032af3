import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription } from '@meshmind/protocol';
import { createApiMapper, createEmbedderPool, normaliseApiDocument, openLexicon, type ApiMapper, type MapResult } from '@meshmind/rag';
import { meantWord, spelledAsMeant } from '../src/mapper/spelled-as-meant';

const wordNet = openLexicon().wordNet!;

// Two devices written for this test: a greenhouse window opener and a kitchen extractor hood.
const vent: DeviceDescription = {
  type: 'roof_vent', title: 'Greenhouse roof vent', description: 'A motorised roof window of a greenhouse.', domain: 'home', version: '1.0.0',
  nouns: ['vent', 'roof vent', 'greenhouse window'],
  state: { vent_state: { type: 'enum', description: 'Whether the vent is open or shut.', values: ['open', 'closed'] } },
  functions: [
    { name: 'open_vent', description: 'Opens the roof vent to let warm air out.', kind: 'action', parameters: [] },
    { name: 'close_vent', description: 'Closes the roof vent to keep the warmth in.', kind: 'action', parameters: [] },
    { name: 'halt_vent', description: 'Stops the vent motor where it is.', kind: 'action', parameters: [] },
    { name: 'is_vent_open', description: 'Reports whether the roof vent is open.', kind: 'query', parameters: [] },
  ],
};
const hood: DeviceDescription = {
  type: 'extractor_hood', title: 'Extractor hood', description: 'A cooker hood that draws steam away and lights the hob.', domain: 'home', version: '1.0.0',
  nouns: ['hood', 'extractor', 'cooker hood'],
  state: { running: { type: 'boolean', description: 'Whether the extractor runs.' } },
  functions: [
    { name: 'switch_on', description: 'Switches the extractor on.', kind: 'action', parameters: [] },
    { name: 'switch_off', description: 'Switches the extractor off.', kind: 'action', parameters: [] },
    { name: 'boost', description: 'Runs the extractor at full power for ten minutes.', kind: 'action', parameters: [] },
  ],
};

describe('a word that is no word is read as the document word it misses', () => {
  const ventDocument = normaliseApiDocument(vent);
  const hoodDocument = normaliseApiDocument(hood);

  it('reads two swapped neighbours as one slip', () => {
    expect(meantWord('opne', ventDocument, wordNet)).toBe('open');
    expect(meantWord('colse', ventDocument, wordNet)).toBe('close');
    expect(meantWord('hlat', ventDocument, wordNet)).toBe('halt');
  });

  it('reads a dropped, doubled or wrong letter as one slip, and a base form of a document word as a target', () => {
    expect(meantWord('swich', hoodDocument, wordNet)).toBe('switch');
    expect(meantWord('extracter', hoodDocument, wordNet)).toBe('extractor');
    expect(meantWord('boosst', hoodDocument, wordNet)).toBe('boost');
  });

  it('leaves words WordNet knows, words the document writes, function words and short words', () => {
    expect(meantWord('oven', ventDocument, wordNet)).toBeUndefined();
    expect(meantWord('hob', hoodDocument, wordNet)).toBeUndefined();
    expect(meantWord('the', ventDocument, wordNet)).toBeUndefined();
    expect(meantWord('opn', ventDocument, wordNet)).toBeUndefined();
  });

  it('leaves a brand name that is near no document word', () => {
    expect(meantWord('netflix', hoodDocument, wordNet)).toBeUndefined();
    expect(meantWord('alexa', ventDocument, wordNet)).toBeUndefined();
  });

  it('reads "of" that ends a command whose verb goes with "off" as "off"', () => {
    expect(spelledAsMeant('switch the hood of', hoodDocument, wordNet)).toBe('switch the hood off');
    expect(spelledAsMeant('turn the extractor of please', hoodDocument, wordNet)).toBe('turn the extractor off please');
    expect(spelledAsMeant('swich it of, thanks', hoodDocument, wordNet)).toBe('switch it off, thanks');
  });

  it('reads "of" after the device\'s own noun alone as "off", but not one with its noun after it', () => {
    expect(spelledAsMeant('hood of', hoodDocument, wordNet)).toBe('hood off');
    expect(spelledAsMeant('extractor of please', hoodDocument, wordNet)).toBe('extractor off please');
    expect(spelledAsMeant('hood of the cooker', hoodDocument, wordNet)).toBe('hood of the cooker');
    expect(spelledAsMeant('kind of', hoodDocument, wordNet)).toBe('kind of');
  });

  it('reads "of" right after such a verb as its "off", but not after a verb that takes "of"', () => {
    expect(spelledAsMeant('turn of the extractor', hoodDocument, wordNet)).toBe('turn off the extractor');
    expect(spelledAsMeant('please switch of the hood now', hoodDocument, wordNet)).toBe('please switch off the hood now');
    expect(spelledAsMeant('think of the hood', hoodDocument, wordNet)).toBe('think of the hood');
    expect(spelledAsMeant('switch on the hood of the cooker', hoodDocument, wordNet)).toBe('switch on the hood of the cooker');
  });

  it('leaves a name or a key glued to digits as typed, though its letters are near a document word', () => {
    expect(spelledAsMeant('save the preset as Swich1', hoodDocument, wordNet)).toBe('save the preset as Swich1');
    expect(spelledAsMeant('call it Extracter2 with code boosst99', hoodDocument, wordNet)).toBe('call it Extracter2 with code boosst99');
    expect(spelledAsMeant('swich on Hood7', hoodDocument, wordNet)).toBe('switch on Hood7');
  });

  it('leaves "of" that has its noun after it', () => {
    expect(spelledAsMeant('switch on the hood of the cooker', hoodDocument, wordNet)).toBe('switch on the hood of the cooker');
    expect(spelledAsMeant('what is the vent made of', ventDocument, wordNet)).toBe('what is the vent made of');
  });
});

describe('a misspelt command maps as the words it misses', () => {
  const mappers = new Map<string, ApiMapper>();
  beforeAll(async () => {
    const embedder = await createEmbedderPool().get({ kind: 'use-lite' });
    const lexicon = openLexicon();
    mappers.set('vent', await createApiMapper({ embedder, lexicon, document: vent }));
    mappers.set('hood', await createApiMapper({ embedder, lexicon, document: hood }));
  }, 60_000);
  const called = (result: MapResult) => (result.kind === 'call' ? result.calls.map((call) => call.function) : result.kind);

  it('opens, closes and halts the vent whatever two letters were swapped', async () => {
    expect(called(await mappers.get('vent')!.map('opne the roof vent'))).toEqual(['open_vent']);
    expect(called(await mappers.get('vent')!.map('colse the vent pls'))).toEqual(['close_vent']);
    expect(called(await mappers.get('vent')!.map('hlat the vent!'))).toEqual(['halt_vent']);
  });

  it('switches the hood off when "off" lost a letter', async () => {
    expect(called(await mappers.get('hood')!.map('swich the extractor of'))).toEqual(['switch_off']);
    expect(called(await mappers.get('hood')!.map('switch the cooker hood of please'))).toEqual(['switch_off']);
  });
});

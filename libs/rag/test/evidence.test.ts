import { beforeAll, describe, expect, it } from 'vitest';
import { getDeviceDescription } from '@meshmind/devices';
import type { Embedder } from '@meshmind/protocol';
import { createApiMapper, createEmbedderPool, normaliseApiDocument, openLexicon } from '@meshmind/rag';
import { readRequest } from '@meshmind/language';
import { functionProfile, requestEvidence, requestWords } from '../src/mapper/evidence';
import { senseInContext, withoutNegatedClauses } from '../src/mapper/function-views';

const lexicon = openLexicon();
let embedder: Embedder;

beforeAll(async () => {
  embedder = await createEmbedderPool().get({ kind: 'use-lite' });
});

function evidenceFor(deviceType: string, functionName: string, text: string) {
  const fn = normaliseApiDocument(getDeviceDescription(deviceType)!).functions.find((candidate) => candidate.name === functionName)!;
  const profile = functionProfile(fn, functionName.split('_'), 'en');
  return requestEvidence(requestWords(readRequest(text), lexicon), profile, lexicon, () => false);
}

describe('WordNet antonyms', () => {
  it('reads opposites from antonym pointers and from the un- prefix', () => {
    expect(lexicon.wordNet!.antonyms('on').has('off')).toBe(true);
    expect(lexicon.wordNet!.antonyms('lock').has('unlock')).toBe(true);
    expect(lexicon.wordNet!.antonyms('unbolt').has('bolt')).toBe(true);
    expect(lexicon.wordNet!.antonyms('play').size).toBe(0);
  });

  it('relates adjectives WordNet calls similar ("vacant" ~ "empty"), weaker than synonyms', () => {
    const related = lexicon.wordNet!.related('vacant');
    expect(related.get('empty')).toBeGreaterThan(0.5);
    expect(related.get('empty')).toBeLessThan(0.9);
  });

  it('tells which end of an opposition a word names, by its gloss or a negating prefix', () => {
    const wordNet = lexicon.wordNet!;
    expect([wordNet.pole('on'), wordNet.pole('off')]).toEqual([1, -1]);
    expect([wordNet.pole('activate', 'verbs'), wordNet.pole('deactivate', 'verbs')]).toEqual([1, -1]);
    expect([wordNet.pole('lock', 'verbs'), wordNet.pole('unlock', 'verbs')]).toEqual([1, -1]);
    // Verb senses only for a request's words: "cut" is not the positive end because of "uncut".
    expect(wordNet.pole('cut', 'verbs')).toBe(0);
    expect(wordNet.pole('play')).toBe(0);
  });
});

describe('switch-like parameters', () => {
  it('take the state a request says as their value ("turn on oscillation")', () => {
    expect(evidenceFor('fan', 'set_oscillation', 'Turn on oscillation.').argumentFit).toBe(0.5);
    expect(evidenceFor('fan', 'set_oscillation', 'How fast is the fan?').argumentFit).toBe(0);
  });
});

describe('function views', () => {
  it('reads what a function does not do out of its notes', () => {
    expect(withoutNegatedClauses('Deletes an item from the list without ticking it off.')).toBe('Deletes an item from the list.');
    expect(withoutNegatedClauses('Mutes or unmutes the sound without changing the volume.')).toBe('Mutes or unmutes the sound.');
    expect(withoutNegatedClauses('Stops the fan.')).toBe('Stops the fan.');
  });

  it('orders a foreign word\'s translations by the rest of the function: the shared sense and the cognate first', () => {
    const translations = new Map([
      ['arret', ['decision', 'stop']],
      ['stoppe', ['stop', 'halt']],
      ['station', ['stage', 'station']],
    ]);
    const ordered = senseInContext(translations, ['arret', 'stoppe', 'station']);
    expect(ordered.get('arret')).toEqual(['stop', 'decision']);
    expect(ordered.get('station')).toEqual(['station', 'stage']);
  });
});

describe('request evidence', () => {
  it('sets a polar word against the function named by its opposite', () => {
    expect(evidenceFor('switch', 'turn_on', 'Turn on the plug.').polarity).toBe(1);
    expect(evidenceFor('switch', 'turn_off', 'Turn on the plug.').polarity).toBe(-1);
  });

  it('counts a named enum value and a number in the parameter unit as decisive', () => {
    expect(evidenceFor('media_player', 'select_source', 'Switch to HDMI 1.').argumentFit).toBe(1);
    expect(evidenceFor('cover', 'set_position', 'Set the blinds to 30%.').argumentFit).toBe(1);
    expect(evidenceFor('climate', 'set_mode', 'Set the thermostat to heat.').argumentFit).toBe(1);
  });

  it('reports a required value the request does not give as missing, without ruling the function out', () => {
    expect(evidenceFor('climate', 'set_temperature', 'Set the thermostat to heat.').missing).toBe(1);
  });

  it('matches a request for less with the function that lowers', () => {
    expect(evidenceFor('media_player', 'volume_down', 'A bit quieter.').direction).toBe(1);
    expect(evidenceFor('media_player', 'volume_up', 'A bit quieter.').direction).toBe(-1);
  });
});

describe('mapping with evidence', () => {
  it('tells opposite functions of one device apart and picks the one that takes the named value', async () => {
    const mapper = await createApiMapper({ embedder, lexicon, document: getDeviceDescription('media_player') });
    const source = await mapper.map('Switch to HDMI 1.');
    expect(source.kind === 'call' && source.calls[0]).toMatchObject({ function: 'select_source', arguments: { source: 'hdmi_1' } });
    const volume = await mapper.map('Put the sound level at 50%.');
    expect(volume.kind === 'call' && volume.calls[0]).toMatchObject({ function: 'set_volume', arguments: { volume: 50 } });
    const plug = await (await createApiMapper({ embedder, lexicon, document: getDeviceDescription('switch') })).map('Turn on the plug.');
    expect(plug.kind === 'call' && plug.calls[0]?.function).toBe('turn_on');
  });

  it('turns the heat up or down a bit by moving the target, never by switching it off', async () => {
    const climate = await createApiMapper({ embedder, lexicon, document: getDeviceDescription('climate') });
    const state = { target_temperature: 20, mode: 'heat' };
    const warmer = await climate.map('Turn the heating up a bit in the living room.', state);
    expect(warmer.kind === 'call' && warmer.calls[0]).toMatchObject({ function: 'set_temperature', arguments: { temperature: 21 } });
    const cooler = await climate.map('Turn the heat down a bit.', state);
    expect(cooler.kind === 'call' && cooler.calls[0]).toMatchObject({ function: 'set_temperature', arguments: { temperature: 19 } });
    const off = await climate.map('Turn off the heating.', state);
    expect(off.kind === 'call' && off.calls[0]?.function).toBe('turn_off');
  });

  it('takes "fans on", a thing and the state wanted without a verb, as a command, not a question', async () => {
    const fan = await createApiMapper({ embedder, lexicon, document: getDeviceDescription('fan') });
    const on = await fan.map('Fans on.');
    expect(on.kind === 'call' && on.calls[0]?.function).toBe('turn_on');
  });

  it('maps a verb the document never uses to the end of its on/off pair that the verb names', async () => {
    const fan = await createApiMapper({ embedder, lexicon, document: getDeviceDescription('fan') });
    const off = await fan.map('Deactivate the fans in the living room.');
    expect(off.kind === 'call' && off.calls[0]?.function).toBe('turn_off');
    const on = await fan.map('Activate the fan.');
    expect(on.kind === 'call' && on.calls[0]?.function).toBe('turn_on');
    const light = await createApiMapper({ embedder, lexicon, document: getDeviceDescription('light') });
    const lights = await light.map('Activate the kitchen lights.');
    expect(lights.kind === 'call' && lights.calls[0]?.function).toBe('turn_on');
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { getDeviceDescription, wifiClientDescription } from '@meshmind/devices';
import { createApiMapper, createEmbedderPool, openLexicon, type ApiMapper, type MapResult } from '@meshmind/rag';
import { loneIdentifier, withoutIdentifiers } from '../src/arguments/identifier-words';
import { nameValue } from '../src/arguments/string-values';

const called = (result: MapResult) => (result.kind === 'call' ? result.calls.map((call) => call.function + JSON.stringify(call.arguments)) : result.kind);

describe('identifier-words: a hyphen-joined name with a digit is said whole', () => {
  it('an option word inside such a name is no option', () => {
    expect(withoutIdentifiers('connect to LabAP-5G', ['5GHz', '5G'])).not.toMatch(/5G/);
    expect(withoutIdentifiers('join Office-2.4G now', ['2.4GHz', '2.4G'])).not.toMatch(/2\.4G/);
  });
  it('a name that is itself an option, a number with its unit and a plain compound stay', () => {
    expect(withoutIdentifiers('switch to HDMI-1', ['hdmi_1', 'hdmi 1'])).toBe('switch to HDMI-1');
    expect(withoutIdentifiers('use the 2.4-GHz band', ['2.4GHz'])).toBe('use the 2.4-GHz band');
    expect(withoutIdentifiers('turn the wi-fi on', ['on'])).toBe('turn the wi-fi on');
  });
  it('the lone name of a request, none where two are said', () => {
    expect(loneIdentifier('hop onto Office-2.4G.')).toBe('Office-2.4G');
    expect(loneIdentifier('connect to LabAP-5G or Lab-2')).toBeUndefined();
    expect(loneIdentifier('move to the 5 GHz band')).toBeUndefined();
  });
  it('a name said whole is no network name where a secret is cued: it may be the secret', () => {
    expect(nameValue('join Office-5G')).toBe('Office-5G');
    expect(nameValue('change the hotspot password to fern-2211')).toBeUndefined();
    expect(nameValue('join the Birch network, key birch-90', 'birch-90')).toBe('Birch');
  });
});

describe('a network named without a cue is joined, not read as its band', () => {
  const mappers = new Map<string, ApiMapper>();
  beforeAll(async () => {
    const embedder = await createEmbedderPool().get({ kind: 'use-lite' });
    const lexicon = openLexicon();
    mappers.set('client', await createApiMapper({ embedder, lexicon, document: wifiClientDescription }));
    mappers.set('media', await createApiMapper({ embedder, lexicon, document: getDeviceDescription('media_player') }));
  });
  const state = { connected: true, ssid: 'LabAP-2.4G', band: '2.4GHz', log_cw_min: 4, log_cw_max: 10, on: true };

  it.each([
    ['connect to LabAP-5G', 'LabAP-5G'],
    ['switch the wifi to LabAP-2.4G', 'LabAP-2.4G'],
    ['change ssid to LabAP-5G', 'LabAP-5G'],
    ['join the Office-5G network', 'Office-5G'],
    ['please connect the laptop to Guest-24 instead', 'Guest-24'],
  ])('"%s"', async (text, ssid) => {
    expect(called(await mappers.get('client')!.map(text, state))).toEqual([`switch_ssid{"ssid":"${ssid}"}`]);
  });

  it.each([
    ['move to the 5 GHz band', 'set_band{"band":"5GHz"}'],
    ['go onto the 5G band', 'set_band{"band":"5GHz"}'],
  ])('a band said alone is still the band: "%s"', async (text, call) => {
    expect(called(await mappers.get('client')!.map(text, state))).toEqual([call]);
  });

  it('a source named with a hyphen is still the source', async () => {
    expect(called(await mappers.get('media')!.map('switch to HDMI-1', state))).toEqual(['select_source{"source":"hdmi_1"}']);
  });
});

import { describe, expect, it } from 'vitest';
import type { DeviceDescription } from '@meshmind/protocol';
import { normaliseApiDocument, openLexicon } from '@meshmind/rag';
import { functionProfile } from '../src/mapper/evidence';
import { withMeantVerb } from '../src/mapper/verb-sense';

const wordNet = openLexicon().wordNet;

// A path light written for this test: its swap's notes give the word people use for it
// ("flipping"), a verb WordNet reads, with a light as its object, as "switch": its other functions' verb.
const pathLight: DeviceDescription = {
  type: 'path_light', title: 'Path light', description: 'Bollard lights along the garden path.', domain: 'home', version: '1.0.0',
  nouns: ['path light', 'bollard', 'garden light'],
  state: { on: { type: 'boolean', description: 'Whether the lights are lit.' } },
  functions: [
    { name: 'light_up', description: 'Switches the path light on.', kind: 'action', parameters: [], effects: [{ key: 'on', value: true }] },
    { name: 'go_dark', description: 'Switches the path light off.', kind: 'action', parameters: [], effects: [{ key: 'on', value: false }] },
    { name: 'swap', description: 'Lights the path if it is dark and darkens it if it is lit. Also called flipping the light.', kind: 'action', parameters: [] },
    { name: 'is_lit', description: 'Reports whether the path light is lit.', kind: 'query', parameters: [], returns: { type: 'boolean', description: 'True while lit.' } },
  ],
};
const profilesOf = (description: DeviceDescription) => normaliseApiDocument(description).functions.map((fn) => functionProfile(fn, fn.name.split('_'), 'en'));

describe.skipIf(!wordNet)("a verb an action's own notes say is kept as said (#17)", () => {
  it.each(['flip the light', 'flip the garden light please'])('"%s" is not read as its WordNet sense "switch"', (text) => {
    expect(withMeantVerb(text, profilesOf(pathLight), wordNet)).toBe(text);
  });

  it('is read by its sense where two actions say it, as each end of a move may', () => {
    const both = { ...pathLight, functions: pathLight.functions.map((fn) => (fn.name === 'go_dark' ? { ...fn, description: 'Switches the path light off; flipping it off.' } : fn)) };
    expect(withMeantVerb('flip the light', profilesOf(both), wordNet)).not.toBe('flip the light');
  });

  it('is read by its sense where no note says it', () => {
    const withoutSwap = { ...pathLight, functions: pathLight.functions.filter((fn) => fn.name !== 'swap') };
    expect(withMeantVerb('flip the light', profilesOf(withoutSwap), wordNet)).not.toBe('flip the light');
  });
});

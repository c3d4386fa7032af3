import type { DeviceDescription } from '@meshmind/protocol';

/** A cellar hatch written for the mapper tests (needless-deed, rejected-clause): bolted or unbolted, nothing else. */
export const cellarHatch = {
  type: 'cellar_hatch',
  title: 'Cellar hatch',
  nouns: ['hatch', 'cellar hatch'],
  state: { hatch_state: { type: 'string', enum: ['bolted', 'unbolted'], description: 'Whether the hatch is bolted.' } },
  functions: [
    { name: 'bolt', kind: 'action', parameters: [], description: 'Bolts the cellar hatch shut.', effects: [{ key: 'hatch_state', value: 'bolted' }] },
    { name: 'unbolt', kind: 'action', parameters: [], description: 'Unbolts the cellar hatch.', effects: [{ key: 'hatch_state', value: 'unbolted' }] },
  ],
} as unknown as DeviceDescription;

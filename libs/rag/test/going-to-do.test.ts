import { describe, expect, it } from 'vitest';
import { openLexicon } from '@meshmind/rag';
import { normaliseApiDocument } from '../src/api-document';
import { withPurposeAfterGoing } from '../src/mapper/going-to-do';

const wordNet = openLexicon().wordNet;

// A document written for this test: a robot mower that mows and parks in its garage to recharge.
const mower = normaliseApiDocument({
  type: 'robot_mower',
  title: 'Robot mower',
  description: 'A robot lawn mower.',
  domain: 'home',
  version: '1.0.0',
  nouns: ['mower', 'robot mower'],
  state: { activity: { type: 'enum', description: 'What the mower does.', values: ['mowing', 'parked', 'idle'], synonyms: { parked: ['recharging', 'in the garage'] } } },
  functions: [
    { name: 'start_mowing', description: 'Starts mowing the lawn.', kind: 'action', parameters: [], effects: [{ key: 'activity', value: 'mowing' }] },
    { name: 'park', description: 'Drives the mower into its garage.', kind: 'action', parameters: [], effects: [{ key: 'activity', value: 'parked' }] },
    { name: 'get_activity', description: 'Reports what the mower does.', kind: 'query', parameters: [] },
  ],
});

describe('the verb after "go" is what is asked', () => {
  it.each([
    ['go recharge', 'park'],
    ['please go park', 'please park'],
    ['go mow the front lawn', 'start the front lawn'],
    ['go mow', 'start'],
  ])('"%s" -> "%s"', (text, meant) => expect(withPurposeAfterGoing(text, mower, wordNet)).toBe(meant));

  it.each(['go home', 'go check the hedge', 'go fetch the hedge trimmer', 'go back to the garage', 'go to the shed', 'park the mower'])('"%s" is left as said', (text) => expect(withPurposeAfterGoing(text, mower, wordNet)).toBe(text));
});

import { describe, expect, it } from 'vitest';
import { openLexicon } from '@meshmind/rag';
import { withAskedForSpeaker } from '../src/mapper/asked-for-speaker';

const wordNet = openLexicon().wordNet;

describe('the speaker asking to be given a thing or a state asks for it to be made', () => {
  it.each([
    ['can we get some light in the hall', 'make some light in the hall'],
    ['could I have the radio a touch quieter?', 'make the radio a touch quieter'],
    ['may we have the heater at 19 please', 'make the heater at 19 please'],
    ['could we get the porch lamp back on', 'make the porch lamp back on'],
    ['can I have a bit of warmth', 'make a bit of warmth'],
    ['could we have the speaker paused', 'make the speaker paused'],
  ])('"%s" -> "%s"', (text, meant) => expect(withAskedForSpeaker(text, wordNet)).toBe(meant));

  it.each([
    'can I get the battery level?',
    'can I see the temperature?',
    'can we check the battery?',
    'could I have the humidity reading please',
    'can you get the lamp on',
    'can we have a look at the camera',
    'get the lamp on',
  ])('"%s" is left as said', (text) => expect(withAskedForSpeaker(text, wordNet)).toBe(text));
});

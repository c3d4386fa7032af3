import { describe, expect, it } from 'vitest';
import type { LlmindApiEntry } from '@meshmind/protocol';
import { normaliseApiDocument, openLexicon } from '@meshmind/rag';
import { readRequest, splitIdentifier } from '@meshmind/language';
import { functionProfile, markOppositions, requestEvidence, requestWords } from '../src/mapper/evidence';

// Documents written for this test: a greenhouse vent controller (no opposition of "adjust" or "start"
// in it) and a sprinkler that starts and stops (the opposition of "halt" is there).
const entry = (name: string, input: string[], notes: string): LlmindApiEntry => ({ name, input_argument: input, input_type: input.map(() => 'int'), output: 'bool', notes, programming_language: 'Python' });
const lexicon = openLexicon();

function profilesOf(entries: readonly LlmindApiEntry[]) {
  const profiles = normaliseApiDocument(entries).functions.map((fn) => functionProfile(fn, splitIdentifier(fn.name), 'en'));
  markOppositions(profiles, lexicon);
  return new Map(profiles.map((profile) => [profile.fn.name, profile]));
}
const polarity = (profiles: ReturnType<typeof profilesOf>, name: string, text: string) => requestEvidence(requestWords(readRequest(text), lexicon), profiles.get(name)!, lexicon, () => false).polarity;

const vents = profilesOf([
  entry('set_vent_opening', ['percent'], 'Opens the roof vent to the given share, 0 to 100.'),
  entry('get_air_reading', [], 'Reports the air temperature and humidity.'),
  entry('tilt_panel', ['degrees'], 'Tilts the solar panel to the given angle.'),
]);
const sprinkler = profilesOf([
  entry('start_watering', [], 'Starts the sprinkler.'),
  entry('stop_watering', [], 'Stops the sprinkler.'),
  entry('get_schedule', [], 'Reports the watering schedule.'),
]);

describe('a polar word met through a synonym', () => {
  it.each([
    ['adjust the panel to 30 degrees', 'set_vent_opening'],
    ['adjust the vent to 40', 'set_vent_opening'],
    ['start reporting the air', 'get_air_reading'],
    ['commence an air reading', 'get_air_reading'],
  ])('"%s" is no end of an opposition in %s where the document has neither other end', (text, name) => expect(polarity(vents, name, text)).toBe(0));

  it('still agrees where the document has the other end ("halt" meets "stop" where "start" is a function)', () => {
    expect(polarity(sprinkler, 'stop_watering', 'halt the sprinkler')).toBe(1);
    expect(polarity(sprinkler, 'start_watering', 'halt the sprinkler')).toBe(-1);
  });

  it('still agrees by the word itself, with no opposite in the document ("open" where nothing closes)', () => expect(polarity(vents, 'set_vent_opening', 'open the vent')).toBe(1));
});

import { describe, expect, it } from 'vitest';
import type { LlmindApiEntry } from '@meshmind/protocol';
import { readRequest, splitIdentifier } from '@meshmind/language';
import { normaliseApiDocument, openLexicon } from '@meshmind/rag';
import { functionProfile, markOppositions, requestEvidence, requestWords } from '../src/mapper/evidence';
import { documentNumbers, labelsEveryNumber, numberPairFit, unusedByNumberless } from '../src/mapper/unused-pair';

// A greenhouse cart of this test's own: it parks at its charger, moves to a bed by number, drives to a
// point of the glasshouse, and reads its tank.
const entry = (name: string, input: string[], types: string[], notes: string): LlmindApiEntry => ({ name, input_argument: input, input_type: types, output: 'bool', notes, programming_language: 'Python' });
const cart = [
  entry('go_park', [], [], 'Parks the cart at its charger.'),
  entry('visit_bed', ['bed'], ['int'], 'Moves the cart to the bed with this number.'),
  entry('roll_to', ['east', 'north'], ['float', 'float'], 'Rolls the cart to the point (east, north) of the glasshouse, in metres.'),
  entry('tank_level', [], [], 'Reads how full the water tank is.'),
];

const lexicon = openLexicon();
const profiles = normaliseApiDocument(cart).functions.map((fn) => functionProfile(fn, splitIdentifier(fn.name), 'en'));
markOppositions(profiles, lexicon);
const evidence = (name: string, text: string) => requestEvidence(requestWords(readRequest(text), lexicon), profiles.find((profile) => profile.fn.name === name)!, lexicon, () => false);

describe('a pair of numbers belongs to the function that takes a pair', () => {
  it.each(['head over to 12, 30', 'roll on to east 4 and north 9', 'take the cart to 7 by 2'])('"%s" leaves both numbers unused by a function that takes none', (text) => {
    expect(evidence('go_park', text).unused).toBe(1);
    expect(evidence('tank_level', text).unused).toBe(1);
  });

  it.each(['head over to 12, 30', 'roll on to east 4 and north 9'])('"%s" fits the point as surely as a number with its unit', (text) => {
    expect(evidence('roll_to', text).argumentFit).toBe(1);
    expect(evidence('roll_to', text).unused).toBe(0);
  });

  it('one number names no pair: "take 3 snaps, then go park" drops nothing', () => {
    expect(evidence('go_park', 'take 3 snaps, then go park').unused).toBe(0);
  });

  it('a function that takes one whole number leaves the second unused at half weight, and drops the pair said side by side (pairDropped)', () => {
    expect(evidence('visit_bed', 'head over to 12, 30').unused).toBe(1.5);
    expect(evidence('visit_bed', 'head over to 12 and 30').unused).toBe(0.5);
  });

  it('where no function takes a pair, two numbers say nothing against a numberless one', () => {
    const taken = documentNumbers([[], [{ name: 'bed', type: 'number', unit: 'm', description: 'how far', required: true }]]);
    expect(taken).toEqual({ pair: false, label: false });
    const mentions = readRequest('head over to 12, 30').numbers;
    expect(unusedByNumberless(2, taken, 'head over to 12, 30', mentions, lexicon.wordNet)).toBe(0);
    expect(unusedByNumberless(2, { pair: true, label: false }, 'head over to 12, 30', mentions, lexicon.wordNet)).toBe(1);
    expect(numberPairFit(2, 3)).toBe(0);
    expect(numberPairFit(1, 1)).toBe(0);
  });
});

// The same cart with a sprayer whose nozzle angle is set in degrees: a number that names a thing is no angle.
const sprayer = [...cart, entry('aim_nozzle', ['tilt'], ['float'], 'Aims the spray nozzle at this angle in degrees, from -45 to 45.')];
const sprayerProfiles = normaliseApiDocument(sprayer).functions.map((fn) => functionProfile(fn, splitIdentifier(fn.name), 'en'));
markOppositions(sprayerProfiles, lexicon);
const sprayerEvidence = (name: string, text: string) => requestEvidence(requestWords(readRequest(text), lexicon), sprayerProfiles.find((profile) => profile.fn.name === name)!, lexicon, () => false);

describe('a number right after a made thing names it and measures nothing', () => {
  it.each(['continue to trolley 4', 'bench 7 please', 'over to the rack 3'])('"%s" labels every number', (text) => {
    expect(labelsEveryNumber(text, readRequest(text).numbers, lexicon.wordNet)).toBe(true);
  });

  it.each(['tilt 20', 'aim the nozzle to 20', 'angle 15', 'speed 2'])('"%s" measures: a quantity or a preposition before the number', (text) => {
    expect(labelsEveryNumber(text, readRequest(text).numbers, lexicon.wordNet)).toBe(false);
  });

  it('a measure fits a labelled number weakly, a bare number as before', () => {
    expect(sprayerEvidence('aim_nozzle', 'continue to trolley 4').argumentFit).toBe(0.2);
    expect(sprayerEvidence('aim_nozzle', 'aim the nozzle to 20').argumentFit).toBe(0.5);
    expect(sprayerEvidence('visit_bed', 'continue to trolley 4').argumentFit).toBe(0.5);
  });

  it("a function that takes no number leaves a thing's number unused where another takes one", () => {
    expect(sprayerEvidence('go_park', 'continue to trolley 4').unused).toBe(0.5);
    expect(sprayerEvidence('go_park', 'park, then wait 4').unused).toBe(0);
  });

  it.each(['water the seedlings on bench 7', 'photograph the trolley 4', 'cart 3, go park'])('"%s": a thing that is not where the cart goes leaves its number to whatever is asked', (text) => {
    expect(sprayerEvidence('go_park', text).unused).toBe(0);
  });
});

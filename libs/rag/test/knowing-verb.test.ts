import { describe, expect, it } from 'vitest';
import { openLexicon } from '@meshmind/rag';
import { normaliseApiDocument } from '../src/api-document';
import { functionViews } from '../src/mapper/function-views';
import { functionProfile } from '../src/mapper/evidence';
import { asksToKnow, changesOnly, checksTheThing, knowingSign } from '../src/mapper/knowing-verb';
import { retrievalText } from '../src/mapper/retrieval-text';

// A document written for this test: a library cart robot whose functions share their object, a
// numbered bay of shelving, and differ in what they do with it; and functions of other objects.
const cart = normaliseApiDocument([
  { name: 'drive_to_bay', input_argument: ['bay'], input_type: ['int'], output: 'bool', notes: 'Drives the cart to the given bay.', programming_language: 'Python' },
  { name: 'read_bay_barcodes', input_argument: ['bay'], input_type: ['int'], output: 'list[str]', notes: 'Reads the barcodes of the books standing in a bay.', programming_language: 'Python' },
  { name: 'find_gaps', input_argument: ['bay'], input_type: ['int'], output: 'list[int]', notes: 'Finds the gaps between the books of a bay.', programming_language: 'Python' },
  { name: 'halt_cart', input_argument: [], input_type: [], output: 'bool', notes: 'Stops the cart at once.', programming_language: 'Python' },
  { name: 'set_lamp_level', input_argument: ['percent'], input_type: ['int'], output: 'bool', notes: 'Sets the reading lamp of the cart.', programming_language: 'Python' },
]);
const lexicon = openLexicon();
const views = functionViews(cart, lexicon);
const profiles = new Map(cart.functions.map((fn, position) => [fn.name, functionProfile(fn, views.documents[position]?.fields[0]?.words ?? [], views.language)]));
const asks = (request: string) => asksToKnow(retrievalText(request, 'cart', lexicon.wordNet), lexicon);

describe.skipIf(!lexicon.wordNet)('a command that asks to be told', () => {
  it.each([
    'identify the gaps in bay 4',
    'look for gaps in bay 9',
    'check bay 2 for room',
    'inventory bay 3 please',
    'take an inventory of bay 6',
    'scan bay 5 for misplaced books',
    'please examine bay 1',
    'read the labels in bay 8',
  ])('"%s" asks to be told', (request) => {
    expect(asks(request)).toBe(true);
  });

  it.each([
    'drive to bay 4',
    'go to bay 9',
    'move over to bay 2',
    'take me to bay 3',
    'travel to the third bay',
    'dim the reading lamp to 20',
    'mute the cart',
    'chart the reading room',
    'look up at the ceiling',
    'check off bay 5',
  ])('"%s" does not: a motion, a change or making, a light verb, or a verb with its particle', (request) => {
    expect(asks(request)).toBe(false);
  });

  it('lowers only the functions that move the cart', () => {
    const signs = Object.fromEntries([...profiles].map(([name, profile]) => [name, knowingSign(profile, lexicon)]));
    expect(signs).toEqual({ drive_to_bay: -1, read_bay_barcodes: 0, find_gaps: 0, halt_cart: -1, set_lamp_level: 0 });
  });

  it('weighs nothing without WordNet', () => {
    expect(asksToKnow('identify the gaps in bay 4', undefined)).toBe(false);
    expect(knowingSign(profiles.get('drive_to_bay')!, undefined)).toBe(0);
  });
});

// A cellar hatch written for this test, in the catalog's form: its kinds are declared.
const hatch = normaliseApiDocument({
  type: 'cellar_hatch', title: 'Cellar hatch', description: 'A motorised cellar hatch.', domain: 'home', version: '1.0.0', nouns: ['hatch'],
  state: { hatch_state: { type: 'enum', description: 'Open or shut.', values: ['open', 'shut'] } },
  functions: [
    { name: 'lift_hatch', description: 'Lifts the hatch open.', kind: 'action', parameters: [] },
    { name: 'halt_hatch', description: 'Halts the hatch where it is.', kind: 'action', parameters: [] },
    { name: 'inspect_seal', description: 'Runs a test of the hatch seal.', kind: 'action', parameters: [] },
    { name: 'get_hatch_state', description: 'Reports whether the hatch is open or shut.', kind: 'query', parameters: [] },
  ],
});
const hatchViews = functionViews(hatch, lexicon);
const hatchProfiles = new Map(hatch.functions.map((fn, position) => [fn.name, functionProfile(fn, hatchViews.documents[position]?.fields[0]?.words ?? [], hatchViews.language)]));

describe.skipIf(!lexicon.wordNet)('a command to check a thing asks for its state', () => {
  it.each(['check the hatch', 'check on the cellar hatch', 'inspect the hatch please', 'verify the hatch', 'monitor the hatch'])('"%s" checks the thing', (request) => {
    expect(checksTheThing(request, lexicon)).toBe(true);
  });

  it.each([
    'flick the hatch switch',
    'see the hatch',
    'check that the hatch is shut',
    'check the hatch is shut',
    'remember to lift the hatch',
    'ensure the hatch stays shut',
    'check off the hatch',
    'check the hatch off the list',
    'lift the hatch',
  ])('"%s" does not: no verb of examining, a clause after it, or another verb', (request) => {
    expect(checksTheThing(request, lexicon)).toBe(false);
  });

  it('rules out the declared actions that do no knowing deed, not the queries nor an action of examining', () => {
    const ruled = Object.fromEntries([...hatchProfiles].map(([name, profile]) => [name, changesOnly(profile, lexicon)]));
    expect(ruled).toEqual({ lift_hatch: true, halt_hatch: true, inspect_seal: false, get_hatch_state: false });
  });

  it('rules out nothing where the kinds are guessed', () => {
    expect([...profiles.values()].some((profile) => changesOnly(profile, lexicon))).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import type { LlmindApiEntry } from '@meshmind/protocol';
import { splitIdentifier } from '@meshmind/language';
import { normaliseApiDocument, openLexicon } from '@meshmind/rag';
import type { NormalisedFunction } from '../src/api-document';
import { functionProfile } from '../src/mapper/evidence';
import { borrowsWords } from '../src/mapper/fallback-call';
import { askedDeed, MadeOrJoined, startingVerb, type MadeOrJoinedHit } from '../src/mapper/made-or-joined';
import { deviceRole, joinsGoal, othersJoining, saidTokens } from '../src/mapper/network-role';

// A document written for this test: a ferry's deck terminal that joins a harbour's wireless network,
// opens an access point of its own for the passengers' tablets, lists networks and reads its fuel.
const entry = (name: string, input: string[], notes: string): LlmindApiEntry => ({ name, input_argument: input, input_type: input.map(() => 'str'), output: 'bool', notes, programming_language: 'Python' });
const terminal = normaliseApiDocument([
  entry('attach_to_network', ['ssid', 'secret'], 'Attaches the terminal to a wireless network that already exists.'),
  entry('open_access_point', ['ssid', 'secret'], 'Opens an access point of its own that tablets on deck can join.'),
  entry('scan_networks', [], 'Lists the wireless networks in range.'),
  entry('read_fuel', [], 'Reads the fuel level.'),
]);
const wordNet = openLexicon().wordNet!;
const deeds = new MadeOrJoined(
  terminal.functions.map((fn) => functionProfile(fn, splitIdentifier(fn.name), 'en')),
  wordNet,
);
const ranked = (first: string, second: string, gap = 0.1): MadeOrJoinedHit[] => [
  { id: first, score: 0.6 },
  { id: second, score: 0.6 - gap },
  { id: 'read_fuel', score: 0.1 },
];
const chosen = (text: string, first: string, second: string) => {
  const hits = ranked(first, second);
  deeds.adjust(hits, text);
  return hits[0]!.id;
};

describe('a verb that takes the device to a network already there joins it (network-role.ts joinsGoal)', () => {
  it.each([
    'leap onto the harbour wifi Gull, secret gull-2233',
    'Climb on to network Pier7 with the secret pier7pier',
    'Hop over to the Quay-North wifi, secret quaynorth',
    'Get yourself onto SSID Mooring, secret moor1ng',
  ])('"%s" attaches the terminal, though retrieval put the access point first', (text) => {
    expect(askedDeed(text, wordNet)).toBe('join');
    expect(chosen(text, 'open_access_point', 'attach_to_network')).toBe('attach_to_network');
  });

  it.each([
    'Go into AP mode as Gull, secret gull-2233',
    'Switch to access point mode, ssid Mooring, secret moor1ng',
    'Put the tablet on the Gull network, secret gull-2233',
    'Change the wifi secret to gull9999',
  ])('"%s" is no goal: a mode of the device, or an object between the verb and its goal', (text) => {
    const tokens = saidTokens(text);
    expect(joinsGoal(tokens, 0, wordNet, () => false)).toBe(false);
  });

  it('"jump" is no verb of starting: its startle sense moves', () => {
    expect(startingVerb('jump', wordNet)).toBe(false);
    expect(startingVerb('start', wordNet)).toBe(true);
  });
});

describe('the device as a network makes it; a member of one joins it (network-role.ts deviceRole)', () => {
  const becoming = (verb: string) => verb === 'be' || verb === 'become';
  it.each([
    'Be the wifi for the passengers, ssid Deck, secret deck-deck',
    'Turn into a wireless router named Bridge, secret bridge44',
    'Work as an access point called Lounge, secret lounge12',
  ])('"%s" opens the access point', (text) => {
    expect(deviceRole(saidTokens(text), 0, becoming)).toBe('make');
    expect(chosen(text, 'attach_to_network', 'open_access_point')).toBe('open_access_point');
  });

  it('"become a member of the network Gull" joins it', () => {
    expect(deviceRole(saidTokens('Become a member of the network Gull, secret gull-2233'), 0, becoming)).toBe('join');
    expect(chosen('Become a member of the network Gull, secret gull-2233', 'open_access_point', 'attach_to_network')).toBe('attach_to_network');
  });
});

describe("others' joining says what the network is for (network-role.ts othersJoining)", () => {
  it.each([
    ['offer the passengers a wifi to join, ssid Deck, secret deck-deck', 'join'],
    ['open a network called Deck that the tablets can join, secret deck-deck', 'join'],
    ['I would like to attach my laptop to you, so make a network Deck with secret deck-deck', 'attach'],
  ])('"%s": the joining is not the terminal\'s', (text, word) => {
    const tokens = saidTokens(text);
    expect(othersJoining(tokens, tokens.findIndex((token) => token.word === word), wordNet)).toBe(true);
    expect(askedDeed(text, wordNet)).toBe('make');
  });

  it('"I need you to join Gull" is the terminal\'s own joining', () => {
    const tokens = saidTokens('I need you to join Gull, secret gull-2233');
    expect(othersJoining(tokens, tokens.findIndex((token) => token.word === 'join'), wordNet)).toBe(false);
  });
});

describe('a fallback of no value on a glossed document reached on words spent above it (fallback-call.ts borrowsWords)', () => {
  const fn = (name: string, parameters = 0): NormalisedFunction => ({ name, description: name, kind: 'action', parameters: Array.from({ length: parameters }, (_, at) => ({ name: `p${at}`, type: 'string' as const, description: 'a value', required: true })) });
  const join = fn('rejoindre_reseau', 2), dock = fn('retour_quai'), list = fn('lister_reseaux'), shelf = fn('trouver_place', 1);

  it('is declined where every word that explains it is a verb that explains a better candidate ("attach to Gull": "attach" meets both)', () => {
    const scope = { explained: new Map([['rejoindre_reseau', new Set([0])], ['retour_quai', new Set([0])]]), content: ['attach', 'gull'] };
    expect(borrowsWords(dock, [join], scope, 'fr', 'command', wordNet)).toBe(true);
  });

  it('stands where the word spent is a thing both are about ("ferry networks scan": the list, though the join lacks its secret)', () => {
    const scope = { explained: new Map([['rejoindre_reseau', new Set([1])], ['lister_reseaux', new Set([1])]]), content: ['ferry', 'networks', 'scan'] };
    expect(borrowsWords(list, [join], scope, 'fr', 'command', wordNet)).toBe(false);
  });

  it('is declined past a fallback of no value that no word explains, unless a word of it is the best\'s too', () => {
    const scope = { explained: new Map([['trouver_place', new Set<number>()], ['lister_reseaux', new Set<number>()], ['retour_quai', new Set([3])]]), content: ['look', 'for', 'gull', 'points'] };
    expect(borrowsWords(dock, [shelf, list], scope, 'fr', 'command', wordNet)).toBe(true);
    const shared = { explained: new Map([['rejoindre_reseau', new Set([1])], ['retour_quai', new Set<number>()], ['lister_reseaux', new Set([1])]]), content: ['show', 'networks'] };
    expect(borrowsWords(list, [join, dock], shared, 'fr', 'command', wordNet)).toBe(false);
  });

  it('stands where a word of its own explains it, on an English document, or for a question', () => {
    const scope = { explained: new Map([['rejoindre_reseau', new Set([0])], ['retour_quai', new Set([0, 2])]]), content: ['attach', 'gull', 'quay'] };
    expect(borrowsWords(dock, [join], scope, 'fr', 'command', wordNet)).toBe(false);
    const spent = { explained: new Map([['rejoindre_reseau', new Set([0])], ['retour_quai', new Set([0])]]), content: ['attach', 'gull'] };
    expect(borrowsWords(dock, [join], spent, 'en', 'command', wordNet)).toBe(false);
    expect(borrowsWords(dock, [join], spent, 'fr', 'question', wordNet)).toBe(false);
  });
});

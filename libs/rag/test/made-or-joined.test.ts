import { describe, expect, it } from 'vitest';
import type { LlmindApiEntry } from '@meshmind/protocol';
import { splitIdentifier } from '@meshmind/language';
import { normaliseApiDocument, openLexicon } from '@meshmind/rag';
import { functionProfile } from '../src/mapper/evidence';
import { madeNotFound } from '../src/mapper/fallback-call';
import { askedDeed, joiningVerb, MadeOrJoined, makingVerb, startingVerb, type MadeOrJoinedHit } from '../src/mapper/made-or-joined';

// A document written for this test: a tractor's telematics box that links to a farm's wireless
// network, starts a hotspot of its own for tablets, lists networks and reads its fuel.
const entry = (name: string, input: string[], notes: string): LlmindApiEntry => ({ name, input_argument: input, input_type: input.map(() => 'str'), output: 'bool', notes, programming_language: 'Python' });
const box = normaliseApiDocument([
  entry('link_wireless', ['ssid', 'passphrase'], 'Links the box to a wireless network that is already there.'),
  entry('start_hotspot', ['name', 'passphrase'], 'Starts a hotspot of its own that tablets in the field can join.'),
  entry('list_networks', [], 'Lists the wireless networks in range.'),
  entry('read_fuel', [], 'Reads the fuel level.'),
]);
const lexicon = openLexicon();
const wordNet = lexicon.wordNet!;
const deeds = new MadeOrJoined(
  box.functions.map((fn) => functionProfile(fn, splitIdentifier(fn.name), 'en')),
  wordNet,
);

/** The first function ahead of the second by `gap`, as retrieval might rank them. */
function ranked(first: string, second: string, gap = 0.1): MadeOrJoinedHit[] {
  return [
    { id: first, score: 0.6 },
    { id: second, score: 0.6 - gap },
    { id: 'read_fuel', score: 0.1 },
  ];
}

describe('verbs of joining and of making, read through WordNet', () => {
  it.each(['connect', 'join', 'link', 'attach'])('"%s" joins', (verb) => expect(joiningVerb(verb, wordNet)).toBe(true));
  it.each(['start', 'enable', 'open', 'scan'])('"%s" does not join', (verb) => expect(joiningVerb(verb, wordNet)).toBe(false));
  it.each(['create', 'build', 'generate', 'offer', 'provide'])('"%s" makes or gives out', (verb) => expect(makingVerb(verb, wordNet)).toBe(true));
  it.each(['join', 'use', 'get', 'switch', 'hook'])('"%s" neither makes nor gives out', (verb) => expect(makingVerb(verb, wordNet)).toBe(false));
});

describe('a network made is the hotspot, a network joined the link', () => {
  it.each([
    'create a wireless network called Barley with passphrase barley-77',
    'build a network for the tablets named Oats, passphrase oats1234',
    'offer a network named Rye to the tablets, passphrase rye-rye-9',
    'set up your own network, name Hay, passphrase hay-bale-5',
    'we want a new network called Straw, passphrase straw555',
  ])('"%s" starts the hotspot', (text) => {
    const hits = ranked('link_wireless', 'start_hotspot');
    deeds.adjust(hits, text);
    expect(hits[0]!.id).toBe('start_hotspot');
  });

  it.each(['let the tablets connect to you on a network named Oats, passphrase oats1234', 'set up a hotspot called Hay, passphrase hay-bale-5'])('"%s" starts the hotspot: others join the box, or a phrasal verb of making', (text) => {
    const hits = ranked('link_wireless', 'start_hotspot');
    deeds.adjust(hits, text);
    expect(hits[0]!.id).toBe('start_hotspot');
  });

  it('"establish a connection with" a network joins it: the object of making is the noun of joining', () => {
    const hits = ranked('start_hotspot', 'link_wireless');
    deeds.adjust(hits, 'establish a connection with the network Silo, passphrase silo-silo');
    expect(hits[0]!.id).toBe('link_wireless');
  });

  it.each(['connect to the network called Silo with passphrase silo-silo', 'join network Barn2, passphrase barn2barn', 'link up with the wifi Meadow, passphrase meadow-8'])(
    '"%s" links to the network',
    (text) => {
      const hits = ranked('start_hotspot', 'link_wireless');
      deeds.adjust(hits, text);
      expect(hits[0]!.id).toBe('link_wireless');
    },
  );

  it.each(['make sure you are connected to Silo, passphrase silo-silo', 'use the network Barn2 with passphrase barn2barn'])('"%s" says no deed: the ranking stands', (text) => {
    const hits = ranked('link_wireless', 'start_hotspot');
    deeds.adjust(hits, text);
    expect(hits[0]!.id).toBe('link_wireless');
  });

  it('a leader outside the pair is left where it is', () => {
    const hits = ranked('read_fuel', 'start_hotspot');
    deeds.adjust(hits, 'create a network called Oats, passphrase oats1234');
    expect(hits[0]!.id).toBe('read_fuel');
  });

  it('the other of the pair far behind is not brought forward', () => {
    const hits = ranked('link_wireless', 'start_hotspot', 0.5);
    deeds.adjust(hits, 'create a network called Oats, passphrase oats1234');
    expect(hits[0]!.id).toBe('link_wireless');
  });

  it('a document without such a pair changes nothing', () => {
    const alone = new MadeOrJoined([functionProfile(box.functions[0]!, splitIdentifier('link_wireless'), 'en')], wordNet);
    const hits = ranked('link_wireless', 'read_fuel');
    alone.adjust(hits, 'create a network called Oats, passphrase oats1234');
    expect(hits[0]!.id).toBe('link_wireless');
  });
});

describe('a network started, or said with an indefinite article, is made', () => {
  it.each(['start', 'begin', 'switch_on'])('"%s" starts something', (verb) => expect(startingVerb(verb, wordNet)).toBe(true));
  it.each(['join', 'scan', 'list'])('"%s" starts nothing', (verb) => expect(startingVerb(verb, wordNet)).toBe(false));

  it.each([
    'switch the hotspot on, name Oats, passphrase oats1234',
    'start offering wifi named Barley with passphrase barley-77',
    'host a network for the harvest crew named Rye, passphrase rye-rye-9',
    'become a hotspot called Hay, passphrase hay-bale-5',
  ])('"%s" asks for the maker', (text) => expect(askedDeed(text, wordNet)).toBe('make'));

  it.each(['get on a network called Silo, passphrase silo-silo', 'hop on the wifi Barn2, passphrase barn2barn'])('"%s" is not read as making: a goal particle, or no article', (text) =>
    expect(askedDeed(text, wordNet)).not.toBe('make'),
  );

});

describe('a making that falls to a function of no value is asked about instead (fallback-call.ts madeNotFound)', () => {
  const profile = (name: string) => functionProfile(box.functions.find((fn) => fn.name === name)!, splitIdentifier(name), 'en');
  it('"create a network" lacking its name and passphrase does not fall to the lister', () => {
    expect(madeNotFound(['create', 'a', 'network'], profile('start_hotspot'), profile('list_networks'), wordNet)).toBe(true);
  });
  it('"restart the box": a kind of starting up (WordNet files "restart" with motion) still makes, so the box does not fall back to reading its fuel', () => {
    expect(startingVerb('restart', wordNet)).toBe(true);
    expect(askedDeed('Restart the box.', wordNet)).toBe('make');
    expect(madeNotFound(['restart', 'the', 'box'], profile('start_hotspot'), profile('read_fuel'), wordNet)).toBe(true);
    expect(startingVerb('jump', wordNet)).toBe(false); // a startle shares the word "start", it is no kind of starting up
  });
  it('a listing, or a best that joins, may still fall back', () => {
    expect(madeNotFound(['scan', 'for', 'networks'], profile('start_hotspot'), profile('list_networks'), wordNet)).toBe(false);
    expect(madeNotFound(['create', 'a', 'network'], profile('link_wireless'), profile('list_networks'), wordNet)).toBe(false);
  });
});

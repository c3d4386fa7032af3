import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription } from '@meshmind/protocol';
import { createApiMapper, createEmbedderPool, openLexicon, type ApiMapper, type MapResult } from '@meshmind/rag';
import { createRequestReader, type WordNet } from '@meshmind/language';
import { normaliseApiDocument } from '../src/api-document';
import { functionViews } from '../src/mapper/function-views';
import { RelationRoles } from '../src/mapper/relation-role';

// A document written for this test: a games console that can join an online session or host one
// of its own. Both take a session name and an access code; only the role of the console differs.
const console_: DeviceDescription = {
  type: 'games_console',
  title: 'Games console',
  description: 'A games console that plays online with other consoles.',
  domain: 'home',
  version: '1.0.0',
  nouns: ['console'],
  state: {},
  functions: [
    {
      name: 'enter_session',
      description: 'Enters an online game session with its name and access code.',
      kind: 'action',
      parameters: [
        { name: 'session', type: 'string', description: 'Name of the session.' },
        { name: 'code', type: 'string', description: 'Access code of the session.' },
      ],
    },
    {
      name: 'open_lobby',
      description: 'Opens a lobby on the console: the console runs its own session that other consoles can enter.',
      kind: 'action',
      parameters: [
        { name: 'session', type: 'string', description: 'Name of the session.' },
        { name: 'code', type: 'string', description: 'Access code of the session.' },
      ],
    },
    { name: 'list_sessions', description: 'Lists the online sessions open nearby.', kind: 'query', parameters: [], returns: { type: 'string_list', description: 'Session names.' } },
    { name: 'power_off', description: 'Switches the console off.', kind: 'action', parameters: [] },
  ],
};

const lexicon = openLexicon();
const wordNet = lexicon.wordNet as WordNet | undefined;
const read = createRequestReader();
const called = (result: MapResult) => (result.kind === 'call' ? result.calls.map((call) => call.function) : []);

describe('which end of a relation the device is (mapper/relation-role.ts)', () => {
  const document = normaliseApiDocument(console_);
  const roles = new RelationRoles(document.functions, functionViews(document, lexicon).documents, ['console'], wordNet);
  const fit = (text: string, name: string) => roles.fit(document.functions.find((fn) => fn.name === name)!, read(text));

  it('splits only functions that take the same values, by the mark of self and others next to the device', () => {
    expect(fit('host your own session named Arena, code 5521', 'open_lobby')).toBe(1);
    expect(fit('host your own session named Arena, code 5521', 'enter_session')).toBe(-1);
    expect(fit('host your own session named Arena, code 5521', 'list_sessions')).toBe(0);
    expect(fit('host your own session named Arena, code 5521', 'power_off')).toBe(0);
  });

  it('reads the side of the device from self, role and a purpose with someone else as subject', () => {
    expect(fit('set yourself up as the host of Arena with code 5521', 'open_lobby')).toBe(1);
    expect(fit('start a session called Arena, code 5521, so the kids can play along', 'open_lobby')).toBe(1);
  });

  it('reads the other side from going to what the documents name', () => {
    expect(fit('get into the Arena session, code 5521', 'enter_session')).toBe(1);
    expect(fit('hop onto the session Arena using code 5521', 'open_lobby')).toBe(-1);
  });

  it('says nothing where the request takes no side, or goes nowhere the documents name', () => {
    expect(fit('session Arena, code 5521', 'open_lobby')).toBe(0);
    expect(fit('I want to play, code 5521', 'enter_session')).toBe(0);
  });

  it('reads the device named as where the thing is as the same mark', () => {
    const placed = normaliseApiDocument({ ...console_, functions: console_.functions.map((fn) => (fn.name === 'open_lobby' ? { ...fn, description: 'Opens a game lobby on the console.' } : fn)) });
    const placedRoles = new RelationRoles(placed.functions, functionViews(placed, lexicon).documents, ['console'], wordNet);
    expect(placedRoles.fit(placed.functions[1]!, read('host your own session named Arena, code 5521'))).toBe(1);
    expect(placedRoles.fit(placed.functions[0]!, read('host your own session named Arena, code 5521'))).toBe(-1);
  });

  it.skipIf(!lexicon.dictionaries.has('fr'))('reads the device as a place only in the document\'s own sentence, not in a word-by-word gloss', () => {
    // "Connecte la console ..." glosses to "connect up plug in console": "in" beside "console" is the gloss's, not the note's.
    const entry = (name: string, notes: string) => ({ name, notes, output: 'bool', input_argument: ['nom', 'code'], input_type: ['str', 'str'], programming_language: 'Python' });
    const french = normaliseApiDocument([
      entry('rejoindre_partie', 'Connecte la console au réseau de la partie.'),
      entry('ouvrir_salon', "Ouvre un salon : la console héberge sa propre partie, que d'autres consoles rejoignent."),
    ]);
    const frenchRoles = new RelationRoles(french.functions, functionViews(french, lexicon).documents, ['console'], wordNet);
    expect(frenchRoles.fit(french.functions[1]!, read('host your own game named Arena, code 5521'))).toBe(1);
    expect(frenchRoles.fit(french.functions[0]!, read('host your own game named Arena, code 5521'))).toBe(-1);
  });

  it('splits nothing where no document marks the device', () => {
    const plain = normaliseApiDocument({ ...console_, functions: console_.functions.map((fn) => ({ ...fn, description: fn.name.replace(/_/g, ' ') })) });
    const unmarked = new RelationRoles(plain.functions, functionViews(plain, lexicon).documents, ['console'], wordNet);
    expect(unmarked.fit(plain.functions[1]!, read('host your own session named Arena, code 5521'))).toBe(0);
  });

  describe.skipIf(!wordNet)('through the mapper', () => {
    let mapper: ApiMapper;
    beforeAll(async () => {
      const embedder = await createEmbedderPool().get({ kind: 'use-lite' });
      mapper = await createApiMapper({ embedder, lexicon, document: console_, selfNoun: 'console' });
    }, 120_000);

    it.each([
      'host your own session named Arena, code 5521',
      'set yourself up as a session called Arena with code 5521',
      'start a session Arena with code 5521 so the kids can enter',
    ])('"%s" makes the console the session others enter', async (text) => {
      expect(called(await mapper.map(text))).toEqual(['open_lobby']);
    });

    it.each(['get onto the Arena session, code 5521', 'go into session Arena with code 5521', 'enter the session Arena, code 5521'])(
      '"%s" takes the console into a session',
      async (text) => {
        expect(called(await mapper.map(text))).toEqual(['enter_session']);
      },
    );
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import type { Embedder } from '@meshmind/protocol';
import { createRequestReader } from '@meshmind/language';
import { createApiMapper, createEmbedderPool, openLexicon, type ApiMapper } from '@meshmind/rag';
import { stepWords } from '../src/mapper/step-words';

// A document written for this test: a garden gateway that can join a network or open its own.
const gateway = [
  { name: 'join_network', input_argument: ['network_name', 'passphrase'], input_type: ['str', 'str'], output: 'bool', notes: 'Connects the gateway to an existing wireless network.', programming_language: 'Python' },
  { name: 'leave_network', input_argument: [], input_type: [], output: 'bool', notes: 'Disconnects the gateway from its wireless network.', programming_language: 'Python' },
  { name: 'start_hotspot', input_argument: ['network_name', 'passphrase'], input_type: ['str', 'str'], output: 'bool', notes: 'Starts a wireless hotspot of its own that other devices can use.', programming_language: 'Python' },
  { name: 'read_signal', input_argument: [], input_type: [], output: 'int', notes: 'Reads the signal strength in dBm.', programming_language: 'Python' },
];

describe('the polar words of a step, without its purpose clause', () => {
  const lexicon = openLexicon();
  const read = createRequestReader();
  const polar = (text: string) => stepWords(read(text), read, lexicon).polar.map((word) => word.stem);

  it.each([
    ['open a hotspot so the laptops can connect', 'connect'],
    ['lower the blinds so that the sun stays off the screen', 'stay'],
    ['unlock the side gate in order to let the gardener in', 'in'],
  ])('"%s" does not ask for "%s"', (text, reason) => {
    expect(read(text).text).toBe(text);
    expect(polar(text)).not.toContain(reason);
  });

  it.each([
    ['connect to the garden network', 'connect'],
    ['switch the fountain off', 'off'],
    ['unlock the side gate so the gardener can get in', 'unlock'],
  ])('"%s" still asks for "%s"', (text, own) => expect(polar(text)).toContain(own));

  it('keeps the values and numbers of the whole step', () => {
    const words = stepWords(read('start a hotspot so the 3 tablets can connect'), read, lexicon);
    expect(words.mentions.map((mention) => mention.value)).toEqual([3]);
  });
});

describe('a purpose clause says why, not which end of an opposition', () => {
  let embedder: Embedder;
  let mapper: ApiMapper;
  beforeAll(async () => {
    embedder = await createEmbedderPool().get({ kind: 'use-lite' });
    mapper = await createApiMapper({ embedder, lexicon: openLexicon(), document: gateway, selfNoun: 'gateway' });
  });

  it.each([
    'Set up a hotspot so the phones can connect, name Garden, passphrase roses123.',
    'Start a hotspot so that the cameras can connect, network name Shed, passphrase tulip42.',
    'Open a hotspot in order to let the sensors connect, name Pond, passphrase lily7777.',
  ])('"%s" starts the hotspot', async (text) => {
    const result = await mapper.map(text);
    expect(result.kind === 'call' ? result.calls.map((call) => call.function) : result.reason).toEqual(['start_hotspot']);
  });

  it.each(['Connect to the network named Garden, passphrase roses123.', 'Disconnect from the network so the phones can connect to the router.'])(
    '"%s" still reads its own polar word',
    async (text) => {
      const result = await mapper.map(text);
      expect(result.kind === 'call' ? result.calls[0]!.function : result.reason).toBe(text.startsWith('Connect') ? 'join_network' : 'leave_network');
    },
  );
});

import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription } from '@meshmind/protocol';
import { createApiMapper, createEmbedderPool, openLexicon, type ApiMapper, type MapResult } from '@meshmind/rag';

// A document written for this test: a mopping robot named by its purpose ("mop"), whose return to
// the dock declares the state it leaves, "docked", a word WordNet puts at the positive end (undock).
const mopper: DeviceDescription = {
  type: 'mopping_robot',
  title: 'Mopping robot',
  description: 'A robot that mops hard floors and returns to its dock.',
  domain: 'home',
  version: '1.0.0',
  nouns: ['mop', 'robot mop'],
  state: { status: { type: 'enum', description: 'What it does.', values: ['docked', 'mopping', 'returning', 'idle'] } },
  functions: [
    { name: 'start_mopping', description: 'Starts a mopping run.', kind: 'action', parameters: [], effects: [{ key: 'status', value: 'mopping' }] },
    { name: 'halt', description: 'Ends the run where the robot is.', kind: 'action', parameters: [] },
    { name: 'return_to_dock', description: 'Sends the robot back to its dock.', kind: 'action', parameters: [], effects: [{ key: 'status', value: 'docked', alsoAccepted: ['returning'] }] },
  ],
};

const called = (result: MapResult) => (result.kind === 'call' ? result.calls.map((call) => call.function) : result.kind);

describe('a verb that names the device asks for the activity it is put into, not a state of rest', () => {
  let mapper: ApiMapper;
  beforeAll(async () => {
    const embedder = await createEmbedderPool().get({ kind: 'use-lite' });
    mapper = await createApiMapper({ embedder, lexicon: openLexicon(), document: mopper });
  });
  const references = { names: ['Moppy'], words: ['mop', 'robot mop'], kinds: ['mop', 'robot mop'] };

  it.each(['Mop the kitchen.', 'Mop the hall floor.', 'Please mop the bathroom.'])('"%s"', async (text) => {
    expect(called(await mapper.map(text, { status: 'docked' }, { references }))).toEqual(['start_mopping']);
  });

  it('still docks when asked to', async () => {
    expect(called(await mapper.map('Send Moppy back to its dock.', { status: 'mopping' }, { references }))).toEqual(['return_to_dock']);
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription } from '@meshmind/protocol';
import { openLexicon as openLanguageLexicon } from '@meshmind/language';
import { createApiMapper, createEmbedderPool, normaliseApiDocument, openLexicon, type ApiMapper, type MapResult } from '@meshmind/rag';
import { conditionHolds, conditionReason, readStateCondition } from '../src/mapper/state-condition';

// A garden fountain written for this test: it runs or rests, lights up, and sprays in one of three patterns
// (one of them said "on" in its own words, as a player's document calls playing "on").
const fountain: DeviceDescription = {
  type: 'fountain', title: 'Garden fountain', description: 'A pump-driven fountain with lights.', domain: 'home', version: '1.0.0',
  nouns: ['fountain', 'pump'],
  state: {
    running: { type: 'boolean', description: 'Whether the pump runs.' },
    lit: { type: 'boolean', description: 'Whether its lights are on.' },
    pattern: { type: 'enum', description: 'The spray pattern.', values: ['jet', 'bubbler', 'cascade'], synonyms: { jet: ['spout', 'on'] } },
  },
  functions: [
    { name: 'start_pump', description: 'Starts the pump.', kind: 'action', parameters: [], effects: [{ key: 'running', value: true }] },
    { name: 'stop_pump', description: 'Stops the pump.', kind: 'action', parameters: [], effects: [{ key: 'running', value: false }] },
    { name: 'light_up', description: 'Switches the lights on.', kind: 'action', parameters: [], effects: [{ key: 'lit', value: true }] },
    { name: 'set_pattern', description: 'Sets the spray pattern.', kind: 'action', parameters: [{ name: 'pattern', type: 'enum', description: 'Pattern.', values: ['jet', 'bubbler', 'cascade'] }] },
    { name: 'get_pattern', description: 'Reports the spray pattern.', kind: 'query', parameters: [] },
  ],
};

const document = normaliseApiDocument(fountain);
const own = (word: string) => ['fountain', 'pump', 'it'].includes(word);

describe('a condition on the device\'s own state', () => {
  const wordNet = openLanguageLexicon().wordNet!;
  const read = (said: string) => readStateCondition(said, document, own, wordNet);

  it('reads a yes/no question answered by a pro-form', () => {
    expect(read('is the pump running? if not, start it')).toEqual({ command: 'start it', key: 'running', value: true, negate: true });
    expect(read('Is the fountain lit? If so switch it off')).toEqual({ command: 'switch it off', key: 'lit', value: true, negate: false });
    expect(read("is it running? if it isn't, start the pump")).toMatchObject({ command: 'start the pump', key: 'running', negate: true });
  });

  it('reads a condition said before or after the command', () => {
    expect(read("if it's a cascade, set it to jet")).toMatchObject({ command: 'set it to jet', key: 'pattern', value: 'cascade', negate: false });
    expect(read('when the fountain is not running then start it')).toMatchObject({ command: 'start it', key: 'running', negate: true });
    expect(read('stop the pump if it is running')).toMatchObject({ command: 'stop the pump', key: 'running', value: true });
  });

  it('prefers a value named by itself over a word the document gives for another', () => {
    expect(read('if it is lit, start the pump')).toMatchObject({ key: 'lit', value: true });
  });

  it('leaves a condition on another thing, and a plain question or command, as said', () => {
    expect(read('if the porch light is lit, start the pump')).toBeUndefined();
    expect(read('is the pump running?')).toBeUndefined();
    expect(read('start the pump and light it up')).toBeUndefined();
    expect(read('if it rains, stop the pump')).toBeUndefined();
  });

  it('leaves "if" after a verb of asking or telling as a question, not a condition', () => {
    expect(read('check if the pump is running')).toBeUndefined();
    expect(read('tell me if the fountain is lit')).toBeUndefined();
    expect(read("let me know if it's running")).toBeUndefined();
    expect(read('see if the pump is running')).toBeUndefined();
    // A verb the document names a function by stays a deed under its condition.
    expect(read("stop the pump if it's running")).toMatchObject({ command: 'stop the pump', key: 'running', value: true });
  });

  it('holds or fails by the state, and says the state when it fails', () => {
    const condition = read('is the pump running? if not, start it')!;
    expect(conditionHolds(condition, { running: false })).toBe(true);
    expect(conditionHolds(condition, { running: true })).toBe(false);
    expect(conditionHolds(condition, {})).toBeUndefined();
    expect(conditionReason(condition, { running: true }, 'fountain')).toBe('the fountain is running, so I left it as it is');
    expect(conditionReason(condition, {}, 'fountain')).toMatch(/could not tell the running of the fountain/);
  });
});

describe('the mapper acts on a conditional command only where its condition holds', () => {
  let mapper: ApiMapper;
  beforeAll(async () => {
    mapper = await createApiMapper({ embedder: await createEmbedderPool().get({ kind: 'use-lite' }), lexicon: openLexicon(), document: fountain });
  }, 60_000);
  const called = (result: MapResult) => (result.kind === 'call' ? result.calls.map((call) => call.function) : result.kind);

  it('maps the command alone where the condition holds', async () => {
    expect(called(await mapper.map('is the pump running? if not, start it', { running: false }))).toEqual(['start_pump']);
    expect(called(await mapper.map('stop the fountain if it is running', { running: true }))).toEqual(['stop_pump']);
  });

  it('does nothing, and says why, where it does not hold or cannot be read', async () => {
    const result = await mapper.map('is the pump running? if not, start it', { running: true });
    expect(result.kind === 'not_executable' && result.reason).toMatch(/is running, so I left it as it is/);
    expect(called(await mapper.map('stop the fountain if it is running', {}))).toBe('not_executable');
  });
});

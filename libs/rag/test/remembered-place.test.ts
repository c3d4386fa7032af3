import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription } from '@meshmind/protocol';
import { createApiMapper, createEmbedderPool, openLexicon, type ApiMapper } from '@meshmind/rag';

// A museum guide robot written for this test: it rolls to a numbered exhibit, back to its base, and takes pictures.
const guide = {
  type: 'guide_robot', title: 'Museum guide robot', description: 'A robot that guides visitors between the numbered exhibits of a museum.', domain: 'work', version: '1.0.0', nouns: ['robot', 'guide'],
  state: { status: { type: 'enum', description: 'What it does.', values: ['idle', 'moving', 'docked'] } },
  functions: [
    { name: 'go_to_exhibit', description: 'Moves the robot to a numbered exhibit.', kind: 'action', parameters: [{ name: 'exhibit', type: 'integer', minimum: 1, maximum: 40, description: 'The exhibit number.' }], effects: [{ key: 'status', value: 'moving' }] },
    { name: 'return_to_base', description: 'Sends the robot back to its charging base.', kind: 'action', parameters: [], effects: [{ key: 'status', value: 'docked' }] },
    { name: 'take_picture', description: 'Takes a picture with the front camera.', kind: 'action', parameters: [] },
    { name: 'stop_moving', description: 'Stops the robot at once.', kind: 'action', parameters: [], effects: [{ key: 'status', value: 'idle' }] },
  ],
} as unknown as DeviceDescription;

const called = (result: Awaited<ReturnType<ApiMapper['map']>>) => (result.kind === 'call' ? result.calls.map((call) => call.function) : result.kind);

describe('a place named by memory, by an event or by what is there (remembered-place.ts)', () => {
  let mapper: ApiMapper;
  beforeAll(async () => {
    mapper = await createApiMapper({ embedder: await createEmbedderPool().get({ kind: 'use-lite' }), lexicon: openLexicon(), document: guide });
  }, 60_000);

  it.each([
    'go back to where you were before the tour',
    'roll back to the spot you stopped at earlier',
    'take a picture from where you were an hour ago',
    'head over to wherever the school group went',
    'return to the corner you got stuck in',
    'go and wait where the guide left you',
    "go where it's quiet",
  ])('"%s" is declined: the document reaches no such place', async (text) => {
    expect(called(await mapper.map(text, { status: 'idle' })), text).toBe('not_executable');
  });

  it.each([
    ['go to where exhibit 12 is', 'go_to_exhibit'],
    ['exhibit 9 is where I need you', 'go_to_exhibit'],
    ['take a picture of the spot you\'re at', 'take_picture'],
    ['go back to your base', 'return_to_base'],
    ['go to exhibit 3', 'go_to_exhibit'],
    ['stop the robot where it is', 'stop_moving'],
    ["take a picture of where you've got to", 'take_picture'],
  ])('"%s" is still done: a value said, where the robot is now, or a place the document names', async (text, fn) => {
    expect(called(await mapper.map(text, { status: 'idle' })), text).toEqual([fn]);
  });

  // A place named by what the robot itself does there as a habit is the place the function that does it goes to;
  // a clause of what it can do now, after a thing that is no place, names no remembered place (regress26).
  it.each([
    ['head back to where you charge', 'return_to_base'],
    ['make your way to where you get charged', 'return_to_base'],
    ['take a picture of the visitors you can see', 'take_picture'],
    ['take a picture of the exhibits you could spot', 'take_picture'],
  ])('"%s" is done: a place the robot\'s own deed names, or things it can perceive now', async (text, fn) => {
    expect(called(await mapper.map(text, { status: 'idle' })), text).toEqual([fn]);
  });

  it.each([
    'go back to where you charged this morning',
    'take a picture of where you charge',
  ])('"%s" is still declined: a past deed, or a call that does not go there', async (text) => {
    expect(called(await mapper.map(text, { status: 'idle' })), text).toBe('not_executable');
  });
});

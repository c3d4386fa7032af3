import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription } from '@meshmind/protocol';
import { createApiMapper, createEmbedderPool, openLexicon, type ApiMapper, type MapResult } from '@meshmind/rag';
import { withQuestionWordOpened } from '../src/mapper/question-contraction';

// A document written for this test: a garden rover that reports where it is, lists the radio beacons near it and reads its battery.
const rover = {
  type: 'garden_rover', title: 'Garden rover', description: 'A small wheeled rover that patrols the garden paths.', domain: 'home', version: '1.0.0', nouns: ['rover', 'garden rover'],
  state: { battery: { type: 'number', description: 'Remaining battery charge.', unit: '%' } },
  functions: [
    { name: 'report_position', description: 'Works out where the rover is on the garden plan.', kind: 'query', parameters: [], returns: { type: 'object', description: 'The (x, y) position in metres.' } },
    { name: 'list_beacons', description: 'Lists the radio beacons within range of the rover.', kind: 'query', parameters: [], returns: { type: 'array', description: 'Beacon names.' } },
    { name: 'read_battery', description: 'Reads the remaining battery charge of the rover.', kind: 'query', parameters: [], returns: { type: 'number', description: 'Remaining charge.' } },
  ],
} as unknown as DeviceDescription;

const called = (result: MapResult) => (result.kind === 'call' ? result.calls.map((call) => call.function) : result.kind);

describe("a question word with a contracted auxiliary is read as the two words (question-contraction.ts)", () => {
  it("opens 'd, 've and 're after a question word, keeping the case typed", () => {
    expect(withQuestionWordOpened("Where'd you get to?")).toBe('Where did you get to?');
    expect(withQuestionWordOpened('where’ve you ended up')).toBe('where have you ended up');
    expect(withQuestionWordOpened("what're you doing")).toBe('what are you doing');
  });

  it("leaves other words' contractions, and 's, as typed", () => {
    expect(withQuestionWordOpened("you'd better dock")).toBe("you'd better dock");
    expect(withQuestionWordOpened("what's on shelf 3")).toBe("what's on shelf 3");
    expect(withQuestionWordOpened("they're in the shed")).toBe("they're in the shed");
  });
});

describe('a contracted question of place maps as the question said in full', () => {
  let mapper: ApiMapper;
  beforeAll(async () => {
    mapper = await createApiMapper({ embedder: await createEmbedderPool().get({ kind: 'use-lite' }), lexicon: openLexicon(), document: rover });
  }, 60_000);

  it.each(["Where'd you get to?", "where've you wandered off to", "where're you now"])('"%s" reads the position', async (said) => {
    expect(called(await mapper.map(said, { battery: 80 }))).toEqual(['report_position']);
  });
});

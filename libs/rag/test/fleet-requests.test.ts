import { beforeAll, describe, expect, it } from 'vitest';
import { robotDescription } from '@meshmind/devices';
import type { Embedder } from '@meshmind/protocol';
import { createApiMapper, createEmbedderPool, openLexicon, withoutSelfReferences, type Lexicon } from '@meshmind/rag';
import { answerKindOf } from '@meshmind/language';

/* Requests a coordinator sends to every robot of a fleet, or to one robot of many vendors. */

const LIMITS = { shelves: 12, width: 11, height: 11 };

describe('a group phrase names the device it was sent to', () => {
  const robot = { names: ['Robot 3'], words: ['warehouse robot'], kinds: ['robot', 'warehouse robot'] };

  it.each([
    ['Stop all robots.', 'Stop.'],
    ['How much battery does each robot have?', 'How much battery does have?'],
    ['Check the battery of each of the robots.', 'Check the battery.'],
    ['Send every robot to its dock.', 'Send to its dock.'],
  ])('reads "%s" as "%s"', (said, read) => {
    expect(withoutSelfReferences(said, robot)).toBe(read);
  });

  it('keeps a kind noun without a quantifier where it names what a function reads ("localise the robot")', () => {
    expect(withoutSelfReferences('Localise the robot.', { names: ['Robot 3'], words: [], kinds: ['robot'] })).toBe('Localise the robot.');
  });
});

describe('what kind of answer a question asks for', () => {
  it.each([
    ['What is on shelf 3?', 'names'],
    ["what's in the fridge", 'names'],
    ['Which items are on shelf 2?', 'names'],
    ['How many slots are free on shelf 4?', 'amount'],
    ['How much battery is left?', 'amount'],
    ['Is shelf 3 full?', undefined],
  ])('"%s" asks for %s', (text, kind) => {
    expect(answerKindOf(text)).toBe(kind);
  });
});

describe('retrieval over vendor documents', () => {
  let embedder: Embedder;
  let lexicon: Lexicon;
  const mapped = async (dialect: string, text: string) => {
    const mapper = await createApiMapper({ embedder, lexicon, document: robotDescription(dialect, LIMITS) });
    const result = await mapper.map(text);
    return result.kind === 'call' ? result.calls.map((call) => call.function) : result.reason;
  };

  beforeAll(async () => {
    embedder = await createEmbedderPool().get({ kind: 'use-lite' });
    lexicon = openLexicon();
  }, 120_000);

  it('never proposes releasing an emergency stop for "stop": the sensitive function needs a clear lead', async () => {
    expect(await mapped('python-en', 'Stop.')).toEqual(['trigger_emergency_stop']);
    expect(await mapped('python-en', 'Release the emergency stop.')).toEqual(['release_emergency_stop']);
  });

  it('scans the items for "what is on shelf 3", where the vacancy check shares every other word', async () => {
    expect(await mapped('c-zh', 'What is on shelf 3?')).toEqual(['scan_shelf']);
    expect(await mapped('python-zh', 'What is on shelf 3?')).toEqual(['inventory_shelf']);
  });
});

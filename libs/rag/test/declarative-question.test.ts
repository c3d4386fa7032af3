import { describe, expect, it } from 'vitest';
import { createRequestReader } from '@meshmind/language';
import type { MapResult } from '@meshmind/rag';
import { declarativeQuestion } from '../src/mapper/declarative-question';
import { stateAskedOfAction } from '../src/mapper/state-asked';

// A pool robot of my own, asked about its state by statements said as questions.
const read = createRequestReader();
const calling = (name: string) => ({ kind: 'call', calls: [{ function: name, arguments: {}, confidence: 0.5, margin: 0.1 }], candidates: [], ranking: [] }) as MapResult;

describe('a statement said as a question (declarative-question.ts)', () => {
  it('is read as the yes/no question its auxiliary opens, a tag or only its question mark', () => {
    expect(declarativeQuestion("you're surfaced, aren't you?")).toBe('are you surfaced?');
    expect(declarativeQuestion("the filter's clean, isn't it?")).toBe('is the filter clean?');
    expect(declarativeQuestion("you've got enough charge for a lap, right?")).toBe('have you got enough charge for a lap?');
    expect(declarativeQuestion('lane 3 is clear?')).toBe('is lane 3 clear?');
    expect(declarativeQuestion("your pump's running, yeah?")).toBe('is your pump running?');
  });

  it('leaves a question, a command, a statement and a statement with no auxiliary to move as said', () => {
    expect(declarativeQuestion('is the filter clean?')).toBeUndefined();
    expect(declarativeQuestion('surface now?')).toBeUndefined();
    expect(declarativeQuestion("the filter's clean.")).toBeUndefined();
    expect(declarativeQuestion("you scrubbed the walls, didn't you?")).toBeUndefined();
    expect(declarativeQuestion("you're stuck? surface then.")).toBeUndefined();
  });

  it('lets the reader of a yes/no question of state decline the deed that makes it', () => {
    const asked = (text: string) => stateAskedOfAction(calling('surface'), read(declarativeQuestion(text) ?? text), () => 'action', 'pool robot');
    expect(asked("you're surfaced, aren't you?")).toContain('cannot report whether that is so');
    expect(asked('surface, please')).toBeUndefined();
  });
});

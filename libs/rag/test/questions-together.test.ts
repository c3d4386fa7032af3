import { describe, expect, it } from 'vitest';
import type { MapResult } from '@meshmind/rag';
import { questionsTogether } from '../src/mapper/questions-together';
import { stepDeclinedAlone } from '../src/mapper/lone-steps';
import { openLexicon } from '@meshmind/language';

// A pool robot of our own: it reads its battery and where it is, and charts the pool.
const answer = (name: string): MapResult => ({
  kind: 'call',
  calls: [{ function: name, arguments: {}, confidence: 0.9, margin: 0.2 }],
  candidates: [name],
  ranking: [],
  leads: [{ function: name, margin: 0.2, wordsDisagree: false }],
});
const declined = (reason: string): MapResult => ({ kind: 'not_executable', reason, candidates: [], ranking: [] });
const reader = { lexicon: openLexicon(), takesItems: false };

describe('two questions said as one request (questions-together.ts)', () => {
  it('reads each question that opens its clause after "and" with a question word or an auxiliary and its subject', () => {
    expect(questionsTogether('how deep are you and what is your charge?')).toEqual(['how deep are you?', 'what is your charge?']);
    expect(questionsTogether('is the filter clean, and have you got enough power for another lap?')).toEqual(['is the filter clean?', 'have you got enough power for another lap?']);
    expect(questionsTogether('is the pump running and why?')).toEqual(['is the pump running?', 'why?']);
    // Embedded: "tell me where you are" is said as it was.
    expect(questionsTogether('tell me where you are and how long you have been there?')).toEqual(['tell me where you are', 'how long you have been there?']);
  });

  it('reads two questions joined by a comma alone where each opens with a question word, with or without the question mark', () => {
    expect(questionsTogether('how deep are you, what is your charge')).toEqual(['how deep are you?', 'what is your charge?']);
    expect(questionsTogether("where have you got to, how much power's left?")).toEqual(["where have you got to?", "how much power's left?"]);
    expect(questionsTogether('how deep are you and what is your charge')).toEqual(['how deep are you?', 'what is your charge?']);
    // A comma before a yes/no guess, or before no question at all, still sets off one question.
    expect(questionsTogether('why is it murky, is the pump off')).toBeUndefined();
    expect(questionsTogether('how deep are you, roughly?')).toBeUndefined();
    expect(questionsTogether('surface, then chart the pool')).toBeUndefined();
  });

  it('gives a later question the numbered thing the one before named for its pronoun', () => {
    expect(questionsTogether('is lane 4 clear and how dirty is it?')).toEqual(['is lane 4 clear?', 'how dirty is lane 4?']);
  });

  it('leaves one question alone: a tag, "do you think", a shared subject, a comma, two sentences, a command', () => {
    expect(questionsTogether("the pump's off, isn't it?")).toBeUndefined();
    expect(questionsTogether('is the pool clean and do you think?')).toBeUndefined();
    expect(questionsTogether('is the pump on and running smoothly?')).toBeUndefined();
    expect(questionsTogether('why is the water green, is the filter off?')).toBeUndefined();
    expect(questionsTogether('are you stuck? where are you?')).toBeUndefined();
    expect(questionsTogether('surface and chart the pool')).toBeUndefined();
    expect(questionsTogether('how about you surface and what about the walls?')).toBeUndefined();
  });
});

describe('the questions of a request are answered apart (lone-steps.ts)', () => {
  it('answers both, in the order asked, where the device can answer each', async () => {
    const asked: string[] = [];
    const result = await stepDeclinedAlone(answer('where_am_i'), 'where are you and how much battery have you got?', reader, async (question) => {
      asked.push(question);
      return answer(question.startsWith('where') ? 'where_am_i' : 'battery_level');
    });
    expect(asked).toEqual(['where are you?', 'how much battery have you got?']);
    expect(result.kind === 'call' && result.calls.map((call) => call.function)).toEqual(['where_am_i', 'battery_level']);
    expect(result.kind === 'call' && result.leads?.map((lead) => lead.step)).toEqual(['where are you?', 'how much battery have you got?']);
  });

  it('declines where one question cannot be answered, saying which: never one answer for both', async () => {
    const result = await stepDeclinedAlone(answer('where_am_i'), 'where are you and who sent you there?', reader, async (question) =>
      question.startsWith('who') ? declined('no function of this device tells who') : answer('where_am_i'),
    );
    expect(result.kind).toBe('not_executable');
    expect(result.kind === 'not_executable' && result.reason).toBe('"who sent you there?": no function of this device tells who');
  });

  it('makes one call where both questions are answered by the same one', async () => {
    const result = await stepDeclinedAlone(answer('battery_level'), 'is your battery low and how much charge is left?', reader, async () => answer('battery_level'));
    expect(result.kind === 'call' && result.calls.map((call) => call.function)).toEqual(['battery_level']);
  });
});

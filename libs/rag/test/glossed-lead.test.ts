import { describe, expect, it } from 'vitest';
import type { NormalisedFunction } from '../src/api-document';
import type { MapResult } from '@meshmind/rag';
import { readThroughGlosses } from '../src/mapper/glossed-words';
import { declinedCall, UNSUPPORTED_CALL_BELOW, UNSUPPORTED_MEANING_LEAD } from '../src/mapper/unsupported-command';
import { declinesFallback, UNEXPLAINED_FALLBACK_BEHIND } from '../src/mapper/fallback-call';

// A seed-sorting robot of our own whose vendor wrote its notes in French ("trier_graines": sorts the
// seeds of a tray; "position_actuelle": where it stands; "peser_plateau": weighs the tray number n).
// Its functions are embedded as word-by-word glosses, so a lead in meaning is that salad's noise.
const fn = (name: string): NormalisedFunction => ({ name, description: name, kind: 'action', parameters: [] });
const call = (name: string, score: number, meaningLead: number): MapResult => ({
  kind: 'call',
  calls: [{ function: name, arguments: {} }],
  ranking: [{ function: name, score, confidence: 0.5 }, { function: 'trier_graines', score: score - 0.09, confidence: 0.2 }],
  leads: [{ function: name, margin: 0.09, wordsDisagree: true, pair: { rankingsDisagree: true, runnerUpNamed: true, views: { semantic: meaningLead, lexical: -0.15, evidence: 0 } } }],
} as MapResult);

describe('readThroughGlosses (glossed-words.ts)', () => {
  it('is true of a document whose notes are read through a dictionary, false of an English one', () => {
    expect(readThroughGlosses('fr')).toBe(true);
    expect(readThroughGlosses('zh')).toBe(true);
    expect(readThroughGlosses('de')).toBe(true);
    expect(readThroughGlosses('en')).toBe(false);
  });
});

describe('a low call no word explains, on a glossed document (unsupported-command.ts)', () => {
  // "polish the seed tray": "polish" meets nothing of this robot; the glosses put its position first.
  const scope = { unsupported: { verb: 'polish', functions: new Set(['position_actuelle']) } };

  it('is declined though the glosses lead it in meaning', () => {
    expect(declinedCall(call('position_actuelle', UNSUPPORTED_CALL_BELOW - 0.03, UNSUPPORTED_MEANING_LEAD + 0.1), scope, undefined, true)).toBe('polish');
  });

  it('stands on an English document, whose lead in meaning is a sentence\'s, and wherever it scores well or a word explains it', () => {
    expect(declinedCall(call('position_actuelle', UNSUPPORTED_CALL_BELOW - 0.03, UNSUPPORTED_MEANING_LEAD + 0.1), scope)).toBeUndefined();
    expect(declinedCall(call('position_actuelle', UNSUPPORTED_CALL_BELOW + 0.05, UNSUPPORTED_MEANING_LEAD + 0.1), scope, undefined, true)).toBeUndefined();
    expect(declinedCall(call('trier_graines', UNSUPPORTED_CALL_BELOW - 0.03, 0.2), scope, undefined, true)).toBeUndefined();
  });
});

describe('a fallback no word explains, on a glossed document (fallback-call.ts)', () => {
  const near = UNEXPLAINED_FALLBACK_BEHIND - 0.03;
  // "weigh the seeds": peser_plateau lacks its tray number; the glosses put the position nearly level.
  const support = new Map([['peser_plateau', 1], ['position_actuelle', 0], ['trier_graines', 1]]);

  it('is declined however nearly level it scores: the best one\'s missing value is asked for', () => {
    expect(declinesFallback(fn('position_actuelle'), support, near, false, false, 'fr')).toBe(true);
    expect(declinesFallback(fn('position_actuelle'), support, near, false, false, 'zh')).toBe(true);
  });

  it('stands nearly level on an English document (a near tie the arguments decide), and wherever a word explains it', () => {
    expect(declinesFallback(fn('position_actuelle'), support, near)).toBe(false);
    expect(declinesFallback(fn('position_actuelle'), support, near, false, false, 'en')).toBe(false);
    expect(declinesFallback(fn('trier_graines'), support, near, false, false, 'fr')).toBe(false);
    expect(declinesFallback(fn('position_actuelle'), undefined, near, false, false, 'fr')).toBe(false);
  });

  it('stands nearly level for a question, whose words name what it asks for by words no document uses ("is your battery nearly flat?")', () => {
    expect(declinesFallback(fn('position_actuelle'), support, near, false, false, 'fr', 'question')).toBe(false);
    expect(declinesFallback(fn('position_actuelle'), support, near, false, false, 'fr', 'command')).toBe(true);
  });

  it('stands nearly level where it takes values of its own: the arguments decide the tie ("go to 4, 9": the tray is refused 4, the goal takes both)', () => {
    const goal: NormalisedFunction = { ...fn('aller_au_point'), parameters: [{ name: 'x', type: 'number', required: true }, { name: 'y', type: 'number', required: true }] } as NormalisedFunction;
    expect(declinesFallback(goal, new Map([['peser_plateau', 1], ['aller_au_point', 0]]), near, false, false, 'fr')).toBe(false);
  });
});

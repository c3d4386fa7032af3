import { describe, expect, it } from 'vitest';
import { composeAnswer, type FinishedStep } from '../src/answer';
import { readingMatches } from '../src/planner/questions';
import { sameEndAnswer, stateFieldAnswer } from '../src/planner/state-field-answer';

/** A query step of an "all" question whose device answered with a level and reported its whole state. */
function levelReading(id: string, deviceName: string, level: number, state: Record<string, unknown>, expect: string): FinishedStep {
  return {
    step: { id, deviceId: id, text: `are all of them ${expect}?`, after: [], question: { group: 'q1', form: 'all', expect, text: `are all of them ${expect}?` } },
    deviceName,
    status: 'done',
    message: `${deviceName}: level is ${level}%.`,
    result: { deviceId: id, goalId: 'g1', outcome: 'done', message: '', state, calls: [{ function: 'get_level', arguments: {}, result: level }], value: level } as unknown as NonNullable<FinishedStep['result']>,
  };
}

describe("a level answers on or off only where the device keeps no on/off field of its own", () => {
  it.each([
    // A dimmer switched off keeps its level; its "on" field says it is off.
    [70, { on: false, brightness: 70 }, 'off', true],
    [70, { on: false, brightness: 70 }, 'on', false],
    [70, { on: true, brightness: 70 }, 'off', false],
    // A ceiling fan stopped at its last speed; a pump that is "running" by its own field.
    [40, { on: false, speed: 40 }, 'off', true],
    [55, { running: true, flow: 55 }, 'stopped', false],
    [55, { running: false, flow: 55 }, 'running', false],
  ])('a reading of %s with state %j answers "%s" as %s', (level, state, asked, verdict) => {
    expect(readingMatches(level, asked, 'get_level', state)).toBe(verdict);
  });

  it('leaves a level to speak where the state has no such field: a blind at 0% is closed', () => {
    expect(readingMatches(0, 'closed', 'get_position', { position: 0, cover_state: 'closed' })).toBe(true);
    expect(readingMatches(30, 'open', 'get_position', { position: 30 })).toBe(true);
    expect(readingMatches(30, 'off', 'get_speed', { speed: 30, oscillating: false })).toBe(false);
  });

  it('finds no answer where two true-or-false fields disagree, or none is named', () => {
    expect(stateFieldAnswer('off', 'on', { on: true, power_on: false })).toBeUndefined();
    expect(stateFieldAnswer('off', 'on', { oscillating: true })).toBeUndefined();
    expect(stateFieldAnswer('detected', 'clear', { motion_detected: true })).toBe(true);
  });

  it('says "all are off" for dimmers that are off at their last levels, and names the one still on', () => {
    const allOff = composeAnswer(
      [levelReading('a', 'Porch Dimmer', 80, { on: false, brightness: 80 }, 'off'), levelReading('b', 'Hall Dimmer', 35, { on: false, brightness: 35 }, 'off')],
      [],
    );
    expect(allOff).toMatch(/\ball\b.*\boff\b/i);
    expect(allOff).not.toMatch(/^no\b/i);
    const oneOn = composeAnswer(
      [levelReading('a', 'Porch Dimmer', 80, { on: true, brightness: 80 }, 'off'), levelReading('b', 'Hall Dimmer', 35, { on: false, brightness: 35 }, 'off')],
      [],
    );
    expect(oneOn).toMatch(/^no\b.*porch dimmer/i);
    expect(oneOn).not.toMatch(/hall dimmer/i);
  });
});

describe('a two-state sensor that names its own states', () => {
  const smoke = { on: false, device_class: 'smoke', on_word: 'smoke detected', off_word: 'clear' };
  it('is judged by its own words and their antonyms', () => {
    expect(readingMatches(false, 'clear', 'is_on', smoke)).toBe(true);
    expect(readingMatches(false, 'detected', 'is_on', { ...smoke, on_word: 'detected' })).toBe(false);
    expect(readingMatches(true, 'wet', 'is_on', { on: true, on_word: 'wet', off_word: 'dry' })).toBe(true);
  });

  it('is not judged by "on" or "off": "going off" is not "off"', () => {
    expect(readingMatches(false, 'off', 'is_on', smoke)).toBeUndefined();
    expect(readingMatches(true, 'on', 'is_on', { on: true, on_word: 'wet', off_word: 'dry' })).toBeUndefined();
    // A device without words of its own still answers by them.
    expect(readingMatches(false, 'off', 'is_on', { on: false })).toBe(true);
  });
});

describe("a true-or-false reading answers words for the same end of its two states", () => {
  it.each([
    [true, 'running', true],
    [false, 'running', false],
    [false, 'stopped', true],
    [true, 'active', true],
    [true, 'inactive', false],
  ])('a plug\'s is_on reading %s answers "%s" as %s', (reading, asked, verdict) => {
    expect(readingMatches(reading, asked, 'is_on', { on: reading })).toBe(verdict);
  });

  it('leaves words that name no end, and queries whose name says no end, unanswered', () => {
    expect(readingMatches(true, 'busy', 'is_on', { on: true })).toBeUndefined();
    expect(readingMatches(true, 'running', 'is_motion_detected', { motion_detected: true })).toBeUndefined();
    expect(sameEndAnswer(['open', 'closed'], 'running', true)).toBeUndefined();
  });
});

describe('a state read out in words answers a question of the other word for the same end', () => {
  it.each([
    ['closed', 'off', true],
    ['closed', 'on', false],
    ['open', 'on', true],
    ['open', 'off', false],
    ['stopped', 'off', true],
    ['open', 'running', true],
  ])('a valve or cover state "%s" answers "%s" as %s', (reading, asked, verdict) => {
    expect(readingMatches(reading, asked, 'get_valve_state', { valve_state: reading })).toBe(verdict);
  });

  it('still answers a word the reading says itself, and leaves a reading that names no end judged as before', () => {
    expect(readingMatches('closed', 'closed', 'get_valve_state', { valve_state: 'closed' })).toBe(true);
    expect(readingMatches('docked', 'off', 'get_status', { status: 'docked' })).toBe(false);
  });
});

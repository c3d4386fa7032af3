import { describe, expect, it } from 'vitest';
import { BuiltinPlanner } from '../src/planner/builtin-planner';
import { splitClauses } from '../src/planner/clauses';
import { answeredQuestion } from '../src/planner/answered-question';
import type { PlannerDevice } from '../src/planner/planner';

// A den written for this test: a speaker and a back door lock.
const den = { id: 'den', name: 'Den', aliases: [] };
const device = (id: string, type: string, name: string, nouns: string[], capabilities: Array<[string, 'action' | 'query']>): PlannerDevice =>
  ({
    id, type, name, aliases: [], area: den, nouns, online: true, state: {},
    capabilities: capabilities.map(([fn, kind]) => ({ function: fn, description: fn.replace(/_/g, ' '), kind, parameters: [], sensitive: false })),
  }) as unknown as PlannerDevice;
const devices = [
  device('den_speaker', 'media_player', 'Den speaker', ['speaker', 'media player'], [['turn_on', 'action'], ['turn_off', 'action'], ['get_playback', 'query']]),
  device('back_door', 'lock', 'Back door', ['lock', 'door'], [['lock', 'action'], ['unlock', 'action'], ['get_lock_state', 'query']]),
];

describe('a yes/no question answered at once by "if so" or "if not"', () => {
  it('is the condition of the request after it', () => {
    expect(answeredQuestion('is the speaker on?', 'if not, turn it on')).toEqual({ condition: 'is the speaker on not', request: 'turn it on' });
    expect(answeredQuestion('Is the back door locked?', 'If so then unlock it')).toEqual({ condition: 'Is the back door locked', request: 'unlock it' });
    expect(answeredQuestion('turn on the speaker.', 'if not, turn it on')).toBeNull();
    expect(answeredQuestion('is the speaker on?', 'turn it on')).toBeNull();
  });

  it('is split as one conditional clause, not a question and a condition left unread', () => {
    expect(splitClauses('is the speaker on? if not turn it on')).toEqual([{ text: 'turn it on', sequential: false, condition: { text: 'is the speaker on not' } }]);
  });

  it('reads the device first and acts only where the answer calls for it', async () => {
    const planner = new BuiltinPlanner();
    const speaker = await planner.plan('is the den speaker on? if not, turn it on', devices, {});
    if (speaker.kind !== 'steps') throw new Error(`expected steps, got ${JSON.stringify(speaker)}`);
    expect(speaker.steps.map((step) => step.deviceId)).toEqual(['den_speaker', 'den_speaker']);
    expect(speaker.steps[1]).toMatchObject({ condition: { stepId: speaker.steps[0]!.id, expect: 'on', negate: true } });
    const lock = await planner.plan('is the back door locked? if not lock it', devices, {});
    if (lock.kind !== 'steps') throw new Error(`expected steps, got ${JSON.stringify(lock)}`);
    expect(lock.steps[1]).toMatchObject({ deviceId: 'back_door', condition: { expect: 'locked', negate: true } });
  });
});

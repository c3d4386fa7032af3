import { describe, expect, it } from 'vitest';
import type { DeviceDescription } from '@meshmind/protocol';
import { reconcileIntent, resolveCall, type CallIntent } from '@meshmind/fsm';
import { robotDescription, speakerDescription } from './helpers/fake-device';

/** The speaker, plus a player whose pause is also met by a stopped player. */
const tv: DeviceDescription = {
  ...speakerDescription,
  state: { ...speakerDescription.state, playback: { type: 'enum', description: 'Playback', values: ['playing', 'paused', 'stopped'] } },
  functions: [
    ...speakerDescription.functions,
    {
      name: 'volume_down',
      description: 'Lower the volume by a step.',
      kind: 'action',
      parameters: [{ name: 'step', type: 'integer', description: 'Step', unit: '%', minimum: 1, maximum: 50, required: false, default: 5 }],
      effects: [{ key: 'volume', decreaseBy: 'step' }],
    },
    { name: 'pause', description: 'Pause.', kind: 'action', parameters: [], effects: [{ key: 'playback', value: 'paused', alsoAccepted: ['stopped'] }] },
  ],
};

function intentFor(description: DeviceDescription, requested: CallIntent['requested'], stateBefore: Record<string, unknown>): CallIntent {
  const resolved = resolveCall(description, requested, stateBefore as never);
  return { sequence: 0, requested, ...resolved, stateBefore: stateBefore as never, idempotencyKey: 'task:1:0', at: 0 };
}

describe('resolveCall', () => {
  it('turns a relative change into the absolute setter call, from the state before', () => {
    expect(resolveCall(tv, { function: 'volume_up', arguments: { step: 10 } }, { volume: 20 })).toEqual({
      call: { function: 'set_volume', arguments: { volume: 30 } },
      targets: { volume: 30 },
    });
  });

  it('uses the step parameter default and the state field range', () => {
    expect(resolveCall(tv, { function: 'volume_down', arguments: {} }, { volume: 3 })).toEqual({
      call: { function: 'set_volume', arguments: { volume: 0 } },
      targets: { volume: 0 },
    });
  });

  it('keeps a call with absolute effects as it is', () => {
    expect(resolveCall(robotDescription, { function: 'move_to_shelf', arguments: { shelf: 3 } }, { shelf: 0 })).toEqual({
      call: { function: 'move_to_shelf', arguments: { shelf: 3 } },
      targets: {},
    });
  });

  it('keeps a relative call whose current value is unknown', () => {
    expect(resolveCall(tv, { function: 'volume_up', arguments: { step: 10 } }, {})).toEqual({
      call: { function: 'volume_up', arguments: { step: 10 } },
      targets: {},
    });
  });
});

describe('reconcileIntent', () => {
  it('says applied when the absolute target is on the device, not applied when the old value is', () => {
    const intent = intentFor(tv, { function: 'volume_up', arguments: { step: 10 } }, { volume: 20 });
    expect(reconcileIntent(tv, intent, { volume: 30 })).toBe('applied');
    expect(reconcileIntent(tv, intent, { volume: 20 })).toBe('not_applied');
  });

  it('accepts a state the function declares as also meeting it', () => {
    const intent = intentFor(tv, { function: 'pause', arguments: {} }, { playback: 'stopped' });
    expect(reconcileIntent(tv, intent, { playback: 'stopped' })).toBe('applied');
  });

  it('says unknown for a function that declares no effect', () => {
    const intent = intentFor(tv, { function: 'beep', arguments: {} }, { volume: 20 });
    expect(reconcileIntent(tv, intent, { volume: 20 })).toBe('unknown');
  });
});

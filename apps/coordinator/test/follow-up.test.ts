import { describe, expect, it } from 'vitest';
import { openWordNet } from '@meshmind/language';
import { readFollowUpShape } from '../src/conversation-cues';
import { followUpSteps } from '../src/follow-up';
import { BuiltinPlanner } from '../src/planner/builtin-planner';
import { plannerDevice, type PlannerApi } from './support/planner-devices';

// A studio of our own: two blinds, a curtain, a lamp.
const { wordNet } = openWordNet();
const studio = { id: 'studio', name: 'Studio', aliases: [], floor: null };
const landing = { id: 'landing', name: 'Landing', aliases: [], floor: null };
const coverApi: PlannerApi = [['open_cover', 'action', 'Opens the cover.', []], ['close_cover', 'action', 'Closes the cover.', []], ['set_position', 'action', 'Moves the cover to a position.', ['position']]];
const lightApi: PlannerApi = [['turn_on', 'action', 'Switches the light on.', []], ['turn_off', 'action', 'Switches the light off.', []]];
const devices = [
  plannerDevice('skylight_blind', 'cover', 'Skylight Blind', studio, ['blind', 'cover'], coverApi),
  plannerDevice('easel_blind', 'cover', 'Easel Blind', studio, ['blind', 'cover'], coverApi),
  plannerDevice('landing_curtain', 'cover', 'Landing Curtain', landing, ['curtain', 'cover'], coverApi),
  plannerDevice('desk_lamp', 'light', 'Desk Lamp', studio, ['lamp', 'light'], lightApi),
  plannerDevice('landing_light', 'light', 'Landing Light', landing, ['light'], lightApi),
];
const planner = new BuiltinPlanner({ wordNet });
const read = (phrase: string) => planner.readReference(phrase, devices);

function again(text: string, acted: Array<{ deviceId: string; text: string }>) {
  const shape = readFollowUpShape(text);
  return shape ? followUpSteps(read(shape.reference), acted, devices, read) : undefined;
}

describe('a verbless follow-up says the last request again of another device', () => {
  it.each([
    ['and the easel blind', 'easel_blind', 'Close the Easel Blind.'],
    ['the easel blind too', 'easel_blind', 'Close the Easel Blind.'],
    ['what about the landing curtain?', 'landing_curtain', 'Close the Landing Curtain.'],
    ['and the landing curtain as well please', 'landing_curtain', 'Close the Landing Curtain.'],
  ])('"%s" after "close the skylight blind"', (text, deviceId, step) => {
    expect(again(text, [{ deviceId: 'skylight_blind', text: 'Close the skylight blind.' }])).toEqual([{ id: 'f1', deviceId, text: step, after: [] }]);
  });

  it('takes the request said of a device of the same kind when the last goal acted on several', () => {
    const acted = [{ deviceId: 'skylight_blind', text: 'Set the skylight blind to 40%.' }, { deviceId: 'desk_lamp', text: 'Turn on the desk lamp.' }];
    expect(again('and the landing light', acted)).toEqual([{ id: 'f1', deviceId: 'landing_light', text: 'Turn on the Landing Light.', after: [] }]);
  });

  it('reads nothing where the turn has a verb, no cue, no device, or nothing acted', () => {
    const acted = [{ deviceId: 'skylight_blind', text: 'Close the skylight blind.' }];
    expect(readFollowUpShape('and open the easel blind')).toBeNull();
    expect(readFollowUpShape('the easel blind')).toBeNull();
    expect(readFollowUpShape('too')).toBeNull();
    expect(again('and the easel blind', [])).toBeUndefined();
    expect(again('and the blinds', acted)).toBeUndefined();
    expect(again('and the skylight blind', acted)).toBeUndefined();
  });
});

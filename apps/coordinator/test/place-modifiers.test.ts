import { describe, expect, it } from 'vitest';
import { BuiltinPlanner } from '../src/planner/builtin-planner';
import { narrowByPlaceModifiers } from '../src/planner/place-modifiers';
import { plannerDevice, type PlannerApi } from './support/planner-devices';

// A school of our own: two science labs and two classrooms, no place called "Science Lab" or "Classroom" alone.
const floor = { id: 'main', name: 'Main Floor', aliases: [] };
const place = (id: string, name: string, aliases: string[] = []) => ({ id, name, aliases, floor });
const lab1 = place('lab_1', 'Science Lab 1', ['chemistry lab']);
const lab2 = place('lab_2', 'Science Lab 2', ['physics lab']);
const classA = place('class_a', 'Classroom A');
const classB = place('class_b', 'Classroom B');
const store = place('store', 'Store Room');
const lightApi: PlannerApi = [['turn_on', 'action', 'Turns the light on.', []], ['turn_off', 'action', 'Turns the light off.', []]];
const blindApi: PlannerApi = [['open_cover', 'action', 'Opens the blind.', []], ['close_cover', 'action', 'Closes the blind.', []]];
const light = (id: string, name: string, area: ReturnType<typeof place>, aliases: string[] = []) => plannerDevice(id, 'light', name, area, ['light', 'lamp'], lightApi, aliases);
const SCHOOL = [
  light('lab1_lights', 'Bench Lights', lab1),
  light('lab2_lights', 'Bench Lights', lab2),
  light('class_a_light', 'Ceiling Light', classA),
  light('class_b_light', 'Ceiling Light', classB),
  light('store_light', 'Store Room Light', store),
  plannerDevice('lab1_blind', 'cover', 'Window Blind', lab1, ['blind'], blindApi),
  plannerDevice('class_a_blind', 'cover', 'Window Blind', classA, ['blind'], blindApi),
];
const planner = new BuiltinPlanner();
const targets = async (said: string) => {
  const plan = await planner.plan(said, SCHOOL, {});
  return plan.kind === 'steps' ? plan.steps.map((step) => step.deviceId).sort() : plan.kind;
};

describe('narrowByPlaceModifiers: words before a kind noun that name several places (#17 over-broad)', () => {
  it.each([
    ['switch on the science lab lights', ['lab1_lights', 'lab2_lights']],
    ['turn off the lab lights', ['lab1_lights', 'lab2_lights']],
    ['turn the classroom lights on', ['class_a_light', 'class_b_light']],
    ['close the chemistry lab blind', ['lab1_blind']],
  ])('"%s" reaches %j, not the Store Room Light', async (said, expected) => {
    expect(await targets(said)).toEqual(expected);
  });

  it('leaves words that a device carries in its own name to the names ("the store room light")', () => {
    expect(narrowByPlaceModifiers(SCHOOL.filter((device) => device.type === 'light'), ['store', 'room'])).toBeNull();
  });

  it('says nothing where no place holds every word', () => {
    expect(narrowByPlaceModifiers(SCHOOL.filter((device) => device.type === 'light'), ['music', 'room'])).toBeNull();
  });

  it('picks the devices of every place whose name holds the words', () => {
    const picked = narrowByPlaceModifiers(SCHOOL.filter((device) => device.type === 'light'), ['science', 'lab']);
    expect(picked?.map((device) => device.id)).toEqual(['lab1_lights', 'lab2_lights']);
  });
});

import { describe, expect, it } from 'vitest';
import { counterpartsIn, movedText, placeNamed } from '../src/place-correction';
import type { PlannerDevice } from '../src/planner/planner';
import { plannerDevice, type PlannerApi } from './support/planner-devices';

// A guest house of our own: two guest rooms with a "Blind" and a "Lamp" each, a lounge with a "Curtain" and a "Reading Lamp".
const floor = { id: 'ground', name: 'Ground floor', aliases: [] };
const rose = { id: 'rose', name: 'Rose Room', aliases: ['room 1'], floor };
const ivy = { id: 'ivy', name: 'Ivy Room', aliases: ['room 2'], floor };
const lounge = { id: 'lounge', name: 'Lounge', aliases: ['sitting room'], floor };
const coverApi: PlannerApi = [['open_cover', 'action', 'Opens the cover.'], ['close_cover', 'action', 'Closes the cover.']];
const lightApi: PlannerApi = [['turn_on', 'action', 'Turns the light on.'], ['turn_off', 'action', 'Turns the light off.']];
const HOUSE: PlannerDevice[] = [
  plannerDevice('rose_blind', 'cover', 'Blind', rose, ['blind'], coverApi),
  plannerDevice('ivy_blind', 'cover', 'Blind', ivy, ['blind'], coverApi),
  plannerDevice('rose_lamp', 'light', 'Lamp', rose, ['lamp'], lightApi),
  plannerDevice('ivy_lamp', 'light', 'Lamp', ivy, ['lamp'], lightApi),
  plannerDevice('lounge_curtain', 'cover', 'Curtain', lounge, ['curtain'], coverApi),
  plannerDevice('lounge_lamp', 'light', 'Reading Lamp', lounge, ['lamp'], lightApi),
  plannerDevice('lounge_lamp_2', 'light', 'Floor Lamp', lounge, ['lamp'], lightApi),
];
const device = (id: string) => HOUSE.find((candidate) => candidate.id === id)!;

describe('a correction that names only a place', () => {
  it.each([['ivy room', 'ivy'], ['room 2', 'ivy'], ['in the lounge', 'lounge'], ['the sitting room', 'lounge'], ['the kitchen', undefined], ['the blind', undefined]])('"%s" is the place %s', (said, expected) => {
    expect(placeNamed(said, HOUSE)?.id).toBe(expected);
  });

  it('moves each device to the one of its name there, else the one of its kind there', () => {
    expect([...counterpartsIn(ivy, [device('rose_blind'), device('rose_lamp')], HOUSE)!].map(([from, to]) => [from, to.id])).toEqual([['rose_blind', 'ivy_blind'], ['rose_lamp', 'ivy_lamp']]);
    expect(counterpartsIn(lounge, [device('rose_blind')], HOUSE)?.get('rose_blind')?.id).toBe('lounge_curtain');
  });

  it('reads nothing where a device has no one counterpart there, or is there already', () => {
    expect(counterpartsIn(lounge, [device('rose_lamp')], HOUSE)).toBeNull();
    expect(counterpartsIn(rose, [device('rose_blind')], HOUSE)).toBeNull();
  });

  it('says the request again of the place named', () => {
    expect(movedText('Close the blind in room 1.', rose, ivy)).toBe('Close the blind in Ivy Room.');
    expect(movedText('Close the blind.', rose, ivy)).toBe('Close the blind.');
  });
});

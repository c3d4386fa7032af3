import { describe, expect, it } from 'vitest';
import { byPlaceWord } from '../src/planner/place-word';
import { plannerDevice, type PlannerApi } from './support/planner-devices';

// A house of our own: two lamps called the same in two people's rooms, and a third in a hall.
const ground = { id: 'ground', name: 'Ground floor', aliases: [] };
const lampApi: PlannerApi = [['turn_on', 'action', 'Turns the lamp on.', []]];
const lamps = [
  plannerDevice('mira_lamp', 'light', 'Reading Lamp', { id: 'mira_room', name: "Mira's Room", aliases: ['the blue room'], floor: ground }, ['lamp'], lampApi),
  plannerDevice('olek_lamp', 'light', 'Reading Lamp', { id: 'olek_room', name: "Olek's Room", aliases: ['the attic room'], floor: ground }, ['lamp'], lampApi),
  plannerDevice('hall_lamp', 'light', 'Reading Lamp', { id: 'hall', name: 'Hall', aliases: [], floor: ground }, ['lamp'], lampApi),
];
const ids = (said: string[]) => byPlaceWord(lamps, said).map((device) => device.id);

describe('byPlaceWord: an answer naming a word of a candidate\'s place (#17 ambiguous)', () => {
  it.each([
    [["mira's", 'mira'], ['mira_lamp']],
    [['olek'], ['olek_lamp']],
    [['blue'], ['mira_lamp']],
    [['attic'], ['olek_lamp']],
    [['hall'], ['hall_lamp']],
  ])('%j picks %j', (said, expected) => {
    expect(ids(said)).toEqual(expected);
  });

  it('a word every place of two shares picks both (so it tells nothing)', () => {
    expect(ids(['room'])).toEqual(['mira_lamp', 'olek_lamp']);
  });

  it('a word of no place picks none', () => {
    expect(ids(['kitchen'])).toEqual([]);
  });
});

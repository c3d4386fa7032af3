import { describe, expect, it } from 'vitest';
import { splitClauses } from '../src/planner/clauses';
import { opensWithCondition, placeBeforeRequest } from '../src/planner/condition-place';

describe('a place word between a comparison and its request', () => {
  it('moves a place word that stands alone into the condition', () => {
    expect(placeBeforeRequest('upstairs open the skylight')).toEqual({ place: 'upstairs', request: 'open the skylight' });
    expect(placeBeforeRequest('outdoors switch on the frost lamp')).toEqual({ place: 'outdoors', request: 'switch on the frost lamp' });
  });

  it('leaves a place phrase of unknown length alone', () => {
    expect(placeBeforeRequest('in the conservatory open the window')).toBeNull();
    expect(placeBeforeRequest('outside the shed start the pump')).toBeNull();
    expect(placeBeforeRequest('open the window')).toBeNull();
    expect(placeBeforeRequest('downstairs')).toBeNull();
  });

  it('moves a place phrase whose name the home holds as one unit', () => {
    const named = (word: string) => word === 'conservatory' || word === 'boathouse';
    expect(placeBeforeRequest('in the conservatory open the window', named)).toEqual({ place: 'in the conservatory', request: 'open the window' });
    expect(placeBeforeRequest('in boathouse start the pump', named)).toEqual({ place: 'in boathouse', request: 'start the pump' });
    expect(placeBeforeRequest('in the conservatory', named)).toBeNull();
    expect(placeBeforeRequest('in the shed open the window', named)).toBeNull();
    expect(placeBeforeRequest('boathouse start the pump', named)).toEqual({ place: 'boathouse', request: 'start the pump' });
  });

  it('ends a condition after a place name kept whole by the caller', () => {
    const text = 'if it is warmer than 23 in the garden room open the roof light';
    const start = text.indexOf('garden room');
    expect(splitClauses(text, [{ start, end: start + 'garden room'.length }])).toEqual([
      { text: 'open the roof light', sequential: false, condition: { text: 'it is warmer than 23 in the garden room' } },
    ]);
  });

  it('ends a condition after a floor said by its name alone', () => {
    const text = 'if it is under 2 degrees outside put the frost lamp on';
    const start = text.indexOf('outside');
    expect(splitClauses(text, [{ start, end: start + 'outside'.length }])).toEqual([
      { text: 'put the frost lamp on', sequential: false, condition: { text: 'it is under 2 degrees outside' } },
    ]);
  });

  it('splits a condition said without a comma whose reading has a place', () => {
    expect(splitClauses("if it's under 4 degrees outside switch the pond heater on")).toEqual([
      { text: 'switch the pond heater on', sequential: false, condition: { text: "it's under 4 degrees outside" } },
    ]);
    expect(splitClauses('when it is above 26 degrees downstairs start the ceiling fan')).toEqual([
      { text: 'start the ceiling fan', sequential: false, condition: { text: 'it is above 26 degrees downstairs' } },
    ]);
  });
});

describe('a condition that cannot be told from its request', () => {
  it('knows a sentence that opens with a condition word', () => {
    expect(opensWithCondition('if the shed is open lock it')).toBe(true);
    expect(opensWithCondition('  If the pump is on stop it')).toBe(true);
    expect(opensWithCondition('iffy lights off')).toBe(false);
    expect(opensWithCondition('turn the pump off if it is on')).toBe(false);
  });

  it('is kept whole and marked, never split into a request without its condition', () => {
    expect(splitClauses('if it is over 22 degrees in the conservatory open the roof light')).toEqual([
      { text: 'if it is over 22 degrees in the conservatory open the roof light', sequential: false, conditionUnread: true },
    ]);
    expect(splitClauses('if the pond pump is running switch it off')).toEqual([{ text: 'if the pond pump is running switch it off', sequential: false, conditionUnread: true }]);
  });

  it('still reads the conditions it can split', () => {
    expect(splitClauses('if the loft is warmer than 24 degrees, open the loft hatch')[0]?.condition).toEqual({ text: 'the loft is warmer than 24 degrees' });
    expect(splitClauses('switch on the dehumidifier if the cellar is damp')[0]?.condition).toEqual({ text: 'the cellar is damp' });
  });
});

import { describe, expect, it } from 'vitest';
import { openLexicon } from '../src';
import { withoutRepairedDeed } from '../src/mapper/repaired-deed';

const wordNet = openLexicon({ enabled: true }).wordNet!;

describe('a command repaired in the same breath is read as repaired', () => {
  it('reads the command after the repair', () => {
    expect(withoutRepairedDeed('bolt the shed no wait open it', wordNet)).toBe('open it');
    expect(withoutRepairedDeed('raise the awning sorry lower it', wordNet)).toBe('lower it');
    expect(withoutRepairedDeed('drive to bay 3 no wait check bay 5', wordNet)).toBe('check bay 5');
  });

  it('reads a command taken back by a negation alone as that command negated', () => {
    expect(withoutRepairedDeed("drive to bay 3 no wait don't", wordNet)).toBe("don't drive to bay 3");
    expect(withoutRepairedDeed('open the sluice sorry never mind', wordNet)).toBe("don't open the sluice");
  });

  it('reads a command taken back by a dismissal set off by a comma or dots, with or without an opener, as that command negated', () => {
    expect(withoutRepairedDeed('scan bay 7, leave it', wordNet)).toBe("don't scan bay 7");
    expect(withoutRepairedDeed('open the sluice, actually don\'t bother', wordNet)).toBe("don't open the sluice");
    expect(withoutRepairedDeed('raise the awning... no need', wordNet)).toBe("don't raise the awning");
    expect(withoutRepairedDeed('drive to bay 3, forget it', wordNet)).toBe("don't drive to bay 3");
  });

  it('reads a command after "on second thought" as the command meant', () => {
    expect(withoutRepairedDeed('bolt the shed, on second thought open it', wordNet)).toBe('open it');
    expect(withoutRepairedDeed('drive to bay 3 on second thoughts check bay 5', wordNet)).toBe('check bay 5');
  });

  it('leaves a dismissal that is no whole clause, and "leave it" with a state, as said', () => {
    expect(withoutRepairedDeed('switch the pump off, leave it off', wordNet)).toBe('switch the pump off, leave it off');
    expect(withoutRepairedDeed('leave it', wordNet)).toBe('leave it');
    expect(withoutRepairedDeed('drive to bay 3 and leave it', wordNet)).toBe('drive to bay 3 and leave it');
  });

  it('leaves a value repaired, an idiom after "no", a joined clause and a question as said', () => {
    expect(withoutRepairedDeed('set the awning to 20 no 30', wordNet)).toBe('set the awning to 20 no 30');
    expect(withoutRepairedDeed('tilt the camera to 20 no rush', wordNet)).toBe('tilt the camera to 20 no rush');
    expect(withoutRepairedDeed('just run the fan, no heating or cooling.', wordNet)).toBe('just run the fan, no heating or cooling.');
    expect(withoutRepairedDeed('drive to bay 3 and wait there', wordNet)).toBe('drive to bay 3 and wait there');
    expect(withoutRepairedDeed('is the sluice open no', wordNet)).toBe('is the sluice open no');
  });
});

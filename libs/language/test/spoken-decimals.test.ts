import { describe, expect, it } from 'vitest';
import { findNumbers } from '../src/numbers';

const values = (text: string) => findNumbers(text).map((mention) => mention.value);

describe('decimals said in words', () => {
  it('reads a whole number, the word "point" and the digits after it', () => {
    expect(values('go at one point five metres a second')).toEqual([1.5]);
    expect(values('twenty point five degrees')).toEqual([20.5]);
    expect(values('set it to zero point three')).toEqual([0.3]);
  });

  it('reads the digits after the point one by one', () => {
    expect(values('nought point seven five m/s')).toEqual([0.75]);
    expect(findNumbers('nought point seven five m/s')[0]!.following).toBe('m/s');
  });

  it('reads a decimal said without its leading nought', () => {
    expect(values('Crawl along at point two metres per second')).toEqual([0.2]);
    expect(findNumbers('drive at point four please')[0]).toMatchObject({ value: 0.4, following: 'please' });
  });

  it('leaves "point" as a verb or a noun alone', () => {
    expect(values('Point the camera two degrees up')).toEqual([2]);
    expect(values('at this point two robots are charging')).toEqual([2]);
    expect(values('shelf 5 point')).toEqual([5]);
  });
});

describe('half of one unit of measure', () => {
  it('reads "half a" before a unit the documents name as 0.5 of it', () => {
    expect(findNumbers('speed up by half a metre per second')[0]).toMatchObject({ value: 0.5, following: 'metre' });
    expect(values('tilt the camera down half a degree')).toEqual([0.5]);
    expect(values('go half a meter further')).toEqual([0.5]);
  });

  it('leaves half of a duration, of a thing and a half joined to a number alone', () => {
    expect(values('pause for half an hour')).toEqual([]);
    expect(values('fill half a shelf')).toEqual([]);
    expect(values('two and a half metres')).toEqual([2.5]);
  });
});

describe('"one" after a demonstrative', () => {
  it('reads "this one" and "that one" as a pronoun, not a count', () => {
    expect(values('take the crate before this one')).toEqual([]);
    expect(values('no, that one')).toEqual([]);
    expect(values('play the one before this')).toEqual([]);
    expect(values('go back to the one after the blue crate')).toEqual([]);
  });
  it('still counts "one" elsewhere and "this one hundred"', () => {
    expect(values('skip one track')).toEqual([1]);
    expect(values('set this one hundred percent')).toEqual([100]);
    expect(values('a one and a two')).toEqual([1, 2]);
    expect(values('set the one hundred mark')).toEqual([100]);
  });
});

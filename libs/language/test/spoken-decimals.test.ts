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

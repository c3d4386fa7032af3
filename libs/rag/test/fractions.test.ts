import { beforeAll, describe, expect, it } from 'vitest';
import { getDeviceDescription } from '@meshmind/devices';
import { createApiMapper, createEmbedderPool, openLexicon, type ApiMapper } from '@meshmind/rag';
import { findFractions, withFractions } from '@meshmind/language';

describe('findFractions: fractions of a whole as percentages', () => {
  it('reads halfway, half way and half', () => {
    expect(findFractions('raise the shade halfway').map((fraction) => fraction.percent)).toEqual([50]);
    expect(findFractions('open it half way please').map((fraction) => fraction.percent)).toEqual([50]);
    expect(findFractions('leave the hatch half open').map((fraction) => fraction.percent)).toEqual([50]);
  });
  it('reads a numerator with a denominator', () => {
    expect(findFractions('a quarter open').map((fraction) => fraction.percent)).toEqual([25]);
    expect(findFractions('to three quarters').map((fraction) => fraction.percent)).toEqual([75]);
    expect(findFractions('two thirds of the way').map((fraction) => fraction.percent)).toEqual([66.7]);
    expect(findFractions('one fifth').map((fraction) => fraction.percent)).toEqual([20]);
  });
  it('leaves ordinals and durations alone', () => {
    expect(findFractions('go to the third shelf')).toEqual([]);
    expect(findFractions('water for half an hour')).toEqual([]);
    expect(findFractions('the fourth of july')).toEqual([]);
  });
  it('leaves the fraction of a unit of time to the duration it is part of', () => {
    expect(findFractions('keep it on for a quarter of an hour')).toEqual([]);
    expect(findFractions('run it an hour and a half')).toEqual([]);
    expect(findFractions('three quarters of a minute')).toEqual([]);
    expect(withFractions('for three quarters of an hour')).toEqual([]);
    // More than one unit and a half is not read whole here: the half stays a share, which a valve declines.
    expect(findFractions('for 3 hours and a half').map((fraction) => fraction.percent)).toEqual([50]);
    expect(findFractions('a quarter of the way').map((fraction) => fraction.percent)).toEqual([25]);
  });
  it('replaces the number words inside a fraction', () => {
    const mentions = withFractions('set it to three quarters');
    expect(mentions.map((mention) => [mention.value, mention.following])).toEqual([[75, '%']]);
    expect(withFractions('a third of the way').map((mention) => mention.value)).toEqual([33.3]);
  });
  it('keeps a whole number with its half as one number, not a share', () => {
    expect(withFractions('raise the pump to two and a half bar').map((mention) => [mention.value, mention.following])).toEqual([[2.5, 'bar']]);
    expect(withFractions('one and a half turns').map((mention) => mention.value)).toEqual([1.5]);
  });
});

describe('fractions reach the parameter that takes a percentage', () => {
  let cover: ApiMapper;
  let valve: ApiMapper;
  beforeAll(async () => {
    const embedder = await createEmbedderPool().get({ kind: 'use-lite' });
    const lexicon = openLexicon();
    cover = await createApiMapper({ embedder, lexicon, document: getDeviceDescription('cover')! });
    valve = await createApiMapper({ embedder, lexicon, document: getDeviceDescription('valve')! });
  });
  it('sets a cover to the fraction said', async () => {
    for (const [said, position] of [
      ['Open the shutters halfway.', 50],
      ['Set the awning a quarter open.', 25],
      ['Move the blind to three quarters.', 75],
      ['Open the hatch a third of the way.', 33],
    ] as const) {
      const result = await cover.map(said, { position: 0 });
      expect(result.kind === 'call' ? result.calls[0]!.arguments : result.reason, said).toEqual({ position });
    }
  });
  it('reads the half of a spoken duration as a time, not a share', async () => {
    const result = await cover.map('run the awning for half an hour', { position: 0 });
    expect(result.kind === 'call' ? result.calls.map((call) => call.arguments) : []).not.toContainEqual({ position: 50 });
    expect(await cover.map('lower the awning halfway for a while', { position: 100 })).toMatchObject({ kind: 'call', calls: [{ arguments: { position: 50 } }] });
  });
  it('does not open an open-or-closed valve fully for a fraction', async () => {
    for (const said of ['Open the garden tap halfway.', 'Open the irrigation a quarter of the way.', 'Set the sprinkler to 40%.']) {
      const result = await valve.map(said);
      expect(result.kind, said).toBe('not_executable');
      if (result.kind === 'not_executable') expect(result.reason).toMatch(/cannot be set part of the way/);
    }
    expect(await valve.map('Open the garden tap.')).toMatchObject({ kind: 'call', calls: [{ function: 'open_valve' }] });
    expect(await valve.map('Is the valve open 50%?')).toMatchObject({ kind: 'call' });
  });
  it('runs a valve for a fraction of an hour said in words', async () => {
    for (const [said, minutes] of [
      ['Run the drip line for a quarter of an hour.', 15],
      ['open the garden tap for an hour and a half', 90],
      ['irrigate for three quarters of an hour', 45],
    ] as const) {
      const result = await valve.map(said);
      expect(result.kind === 'call' ? result.calls[0]!.arguments : result.reason, said).toEqual({ duration_minutes: minutes });
    }
  });
});

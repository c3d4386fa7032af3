import { describe, expect, it } from 'vitest';
import { openLexicon } from '@meshmind/language';
import { withoutPlaceParticle } from '../src/mapper/place-particle';

// Phrasings of my own: "on" heading a place phrase after an object is no on/off particle.
describe('a particle that heads a place phrase', () => {
  const wordNet = openLexicon({ enabled: true }).wordNet;
  it('drops it after an object no verb takes it with', () => {
    expect(withoutPlaceParticle('show the cricket on the projector', wordNet)).toBe('show the cricket the projector');
    expect(withoutPlaceParticle('stream podcasts on my soundbar', wordNet)).toBe('stream podcasts my soundbar');
  });
  it('keeps the particle of a phrasal verb, next to it or a few words back', () => {
    expect(withoutPlaceParticle('switch on the projector', wordNet)).toBe('switch on the projector');
    expect(withoutPlaceParticle('put the cartoons on the big screen', wordNet)).toBe('put the cartoons on the big screen');
  });
  it('keeps a particle no determiner follows', () => {
    expect(withoutPlaceParticle('the podcast on now', wordNet)).toBe('the podcast on now');
  });
});

describe('a dangling preposition before the device read out', async () => {
  const { withoutSelfReferences } = await import('../src/mapper/self-references');
  const wordNet = openLexicon({ enabled: true }).wordNet;
  const isPhrasal = (verb: string, particle: string) => wordNet?.isVerb(`${verb}_${particle}`) === true;
  const projector = { names: [], words: ['projector'] };
  it('goes with the device where the verb before its object makes no phrasal verb with it', () => {
    expect(withoutSelfReferences('open the weather app on the projector', projector, isPhrasal)).toBe('open the weather app');
  });
  it('stays where verb and particle are a phrasal verb', () => {
    expect(withoutSelfReferences('check the eggs off the list', { names: [], words: ['list'] }, isPhrasal)).toBe('check the eggs off');
    expect(withoutSelfReferences('turn on the projector', projector, isPhrasal)).toBe('turn on');
  });
});

import { describe, expect, it } from 'vitest';
import { withFamilySenses } from '../src/mapper/word-family';

// Dictionaries and functions of our own (a parcel locker's French notes), not the evaluation's.
const verbs = new Set(['send', 'dispatch', 'open', 'turn', 'return']);
const isVerb = (word: string) => verbs.has(word);

describe('a foreign noun read through its family in the same function', () => {
  it('gives a noun that names no deed the verbs of its longer form, first, so that its gloss reads the deed', () => {
    const translations = new Map([
      ['envoi', ['consignment', 'shipment']],
      ['envoie', ['consignment', 'send', 'dispatch']],
      ['colis', ['parcel']],
    ]);
    const read = withFamilySenses(translations, ['envoi', 'colis', 'envoie', 'colis'], isVerb);
    expect(read.get('envoi')).toEqual(['send', 'consignment', 'shipment']);
    expect(read.get('envoie')).toEqual(['consignment', 'send', 'dispatch']);
  });

  it('leaves a word that already names a deed, or whose sense fits another word of the function', () => {
    const deed = new Map([
      ['retour', ['return']],
      ['retourne', ['turn', 'return']],
    ]);
    expect(withFamilySenses(deed, ['retour', 'retourne'], isVerb).get('retour')).toEqual(['return']);
    const fitting = new Map([
      ['ouverture', ['opening', 'door']],
      ['ouvertures', ['opening', 'open']],
      ['porte', ['door']],
    ]);
    expect(withFamilySenses(fitting, ['ouverture', 'porte', 'ouvertures'], isVerb).get('ouverture')).toEqual(['opening', 'door']);
  });

  it('reads no family in short words, far longer words or Chinese words', () => {
    const translations = new Map([
      ['port', ['harbour']],
      ['portable', ['mobile phone', 'open']],
      ['开', ['open']],
      ['开关', ['switch', 'turn']],
    ]);
    const read = withFamilySenses(translations, ['port', 'portable', '开', '开关'], isVerb);
    expect(read.get('port')).toEqual(['harbour']);
    expect(read.get('开')).toEqual(['open']);
    const short = new Map([
      ['cas', ['case']],
      ['case', ['box', 'open']],
    ]);
    expect(withFamilySenses(short, ['cas', 'case'], isVerb).get('cas')).toEqual(['case']);
  });
});

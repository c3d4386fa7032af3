import type { PartOfSpeech } from './wordnet';

/**
 * WordNet's detachment rules (its morphy): the endings an inflected form may have, each with what
 * replaces it to give a base form the index may hold ("boxes" -> box, "hurried" -> hurry). English
 * data, tried in order; the exceptions files hold the irregular forms.
 */
export const MORPHOLOGY: Readonly<Record<PartOfSpeech, ReadonlyArray<readonly [string, string]>>> = {
  noun: [['s', ''], ['ses', 's'], ['xes', 'x'], ['zes', 'z'], ['ches', 'ch'], ['shes', 'sh'], ['men', 'man'], ['ies', 'y']],
  verb: [['s', ''], ['ies', 'y'], ['es', 'e'], ['es', ''], ['ed', 'e'], ['ed', ''], ['ing', 'e'], ['ing', '']],
  adj: [['er', ''], ['est', ''], ['er', 'e'], ['est', 'e']],
  adv: [],
};

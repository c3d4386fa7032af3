import { en, type WordNet } from '@meshmind/language';
import type { NormalisedDocument } from '../api-document';

/**
 * "Get the radiators going", "get the fan going", "get some air moving": a verb and a participle that
 * WordNet lists together as one verb ("get going": "start, go, get going"; "get moving": "get going,
 * get cracking, ...") said around their object. Read word by word, the opening "get" met every
 * reading function's name (get_current_temperature, get_speed) and a thermostat read out its
 * temperature for "get the radiators going". The pair is read as the one-word verb of its commonest
 * sense ("start the radiators"), or, where that sense has none, of the commonest sense of another
 * multiword verb it lists ("get moving" -> "get going" -> "start"). Only a command of one clause that
 * opens with the verb and ends with the participle (an adverb or "please" may follow); left as said where WordNet has no such verb.
 * A participle that is one of the document's own words for a state of the device ("get the robot
 * hoovering": a vacuum's cleaning is also "hoovering") names the device's own going: where WordNet
 * has no verb of the pair, the verb's pair with "going" is read ("start the robot hoovering"), the
 * participle kept; read word by word, "get" met the readings and the robot stopped cleaning.
 */
export function withSplitIdiom(text: string, wordNet: WordNet | undefined, document?: NormalisedDocument): string {
  if (!wordNet) return text;
  const tokens = [...text.matchAll(/[\p{L}'-]+|[,;.!?]/gu)];
  let at = 0;
  while (at < tokens.length && en.courtesy.has(tokens[at]![0].toLowerCase())) at += 1;
  const verb = tokens[at];
  const body = tokens.slice(at + 1).filter((token) => !/^[.!?]$/.test(token[0]));
  // "... going again", "... going please": a courtesy or a word that is no noun, verb nor adjective (an adverb) may follow.
  const trailing = (word: string) => en.courtesy.has(word) || (!wordNet.canBe(word, 'noun') && !wordNet.canBe(word, 'verb') && !wordNet.canBe(word, 'adj'));
  while (body.length > 2 && trailing(body.at(-1)![0].toLowerCase())) body.pop();
  const participle = body.at(-1);
  // An object between them, one clause: "get the fan going", not "get going" nor "get up, the fan is going".
  if (!verb || !participle || body.length < 2 || body.some((token) => /^[,;]$/.test(token[0])) || !/ing$/i.test(participle[0])) return text;
  const single = oneWordVerb(`${verb[0].toLowerCase()} ${participle[0].toLowerCase()}`, verb[0].toLowerCase(), wordNet);
  if (!single) {
    // Only where the participle ends the request (courtesy aside): "set the heating to 35" sets a level, it does not start the heating.
    const ends = tokens.slice(tokens.indexOf(participle) + 1).every((token) => /^[.!?]$/.test(token[0]) || en.courtesy.has(token[0].toLowerCase()));
    const going = document && ends && statesActivity(document, participle[0].toLowerCase()) ? oneWordVerb(`${verb[0].toLowerCase()} ${GOING}`, verb[0].toLowerCase(), wordNet) : undefined;
    return going ? `${text.slice(0, verb.index)}${going}${text.slice(verb.index! + verb[0].length)}` : text;
  }
  return `${text.slice(0, verb.index)}${single}${text.slice(verb.index! + verb[0].length, participle.index).trimEnd()}${text.slice(participle.index! + participle[0].length)}`;
}

/** The one-word lemma of the multiword verb's first sense other than its own verb, or one hop through another multiword lemma of it. */
function oneWordVerb(phrase: string, verb: string, wordNet: WordNet): string | undefined {
  const [first] = wordNet.verbSenses(phrase);
  if (!first) return undefined;
  const single = (lemmas: readonly string[]) => lemmas.find((lemma) => !lemma.includes('_') && lemma !== verb);
  const direct = single(first.lemmas);
  if (direct) return direct;
  for (const lemma of first.lemmas.filter((item) => item.includes('_') && item !== phrase.replace(' ', '_'))) {
    const [sense] = wordNet.verbSenses(lemma.replace(/_/g, ' '));
    const found = sense ? single(sense.lemmas) : undefined;
    if (found) return found;
  }
  return undefined;
}

/** The participle of going on ("get going"): the pair WordNet lists for setting a thing off. */
const GOING = 'going';

/** Whether a word is one of the document's own -ing words for a state of the device (a value or its synonym: "hoovering" of a vacuum's cleaning). */
function statesActivity(document: NormalisedDocument, word: string): boolean {
  return word.endsWith('ing') && Object.values(document.state ?? {}).some((field) => [...(field.values ?? []), ...Object.values(field.synonyms ?? {}).flat()].some((value) => String(value).toLowerCase() === word));
}

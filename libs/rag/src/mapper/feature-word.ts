import { en, splitIdentifier, stem, tokenize, words, type WordNet } from '@meshmind/language';
import type { NormalisedDocument, NormalisedFunction } from '../api-document';

/** Where a clause ends. */
const CLAUSE_END = /[,;.!?]/;
/** "make it swing": the verbs of causing that take the feature as their bare verb (closed class of light verbs). */
const CAUSING = new Set(['make', 'let', 'get', 'have']);
/** How many of a name's verb senses are read: "oscillate" moves from side to side in its second. */
const GLOSSED_SENSES = 2;

/** The stems of a function's own words and of the WordNet glosses of its names' verbs: the parameter "oscillating" -> "move or swing from side to side". */
function featureStems(fn: NormalisedFunction, wordNet: WordNet): Set<string> {
  const texts = [fn.description, ...fn.parameters.map((parameter) => parameter.description ?? '')];
  // "oscillating", the parameter's name, is a verb: its two commonest senses' glosses say what it does.
  const pieces = [fn.name, ...fn.parameters.map((parameter) => parameter.name)].flatMap((name) => splitIdentifier(name).map((piece) => piece.toLowerCase()));
  for (const piece of pieces.filter((candidate) => candidate.length > 3 && !en.verbParticles.has(candidate))) {
    for (const sense of wordNet.verbSenses(piece).slice(0, GLOSSED_SENSES)) texts.push(sense.definition, sense.lemmas.join(' '));
  }
  return new Set(texts.flatMap((text) => words(text.toLowerCase())).map(stem));
}

/** The word of a function's name that says its feature, past the verb: set_oscillation -> "oscillation". */
function featureName(fn: NormalisedFunction): string | undefined {
  const pieces = splitIdentifier(fn.name).map((piece) => piece.toLowerCase());
  return pieces.length >= 2 ? pieces.slice(1).join(' ') : undefined;
}

/** Where the word stands as the thing switched: after a determiner or pronoun ("turn on the sweep", "make it swing"), or before a closing on/off ("swing on"). */
function standsAsFeature(tokens: readonly string[], index: number): boolean {
  const before = tokens[index - 1];
  const after = tokens[index + 1];
  // "turn on the sweep", "put the swing on": the word ends the clause, or only a closing particle follows it.
  const closes = after === undefined || en.courtesy.has(after) || (en.verbParticles.has(after) && index + 2 === tokens.length);
  if (before !== undefined && (en.determiners.has(before) || (en.anaphora.has(before) && CAUSING.has(tokens[index - 2] ?? ''))) && closes) return true;
  return index === 0 && after !== undefined && en.verbParticles.has(after) && tokens.length <= 3;
}

/**
 * "turn on the sweep", "swing on", "make it swing" said to a fan whose set_oscillation "turns the
 * side-to-side sweep of the fan head on or off" (issue #17): the thing switched is a feature one
 * function switches, named in that function's own words or in WordNet's gloss of its name ("oscillate":
 * "move or swing from side to side regularly"). Read word by word, "turn on" fits turn_on better
 * and the fan was started instead. The word is said as the function's own name for the feature
 * ("turn on the oscillation"), so the function that switches it is found by its name. Only a word no
 * function's name holds (not "turn", "speed"), not the device's own nouns, that exactly one action
 * with a yes/no parameter explains, standing as the thing switched (`standsAsFeature`).
 */
export function withFeatureNamed(text: string, document: NormalisedDocument, wordNet: WordNet | undefined): string {
  if (!wordNet) return text;
  const switches = document.functions.filter((fn) => fn.kind !== 'query' && fn.parameters.length === 1 && fn.parameters[0]!.type === 'boolean');
  if (switches.length === 0) return text;
  const clause = text.split(CLAUSE_END)[0] ?? '';
  const tokens = tokenize(clause);
  const named = new Set(document.functions.flatMap((fn) => splitIdentifier(fn.name).map((piece) => stem(piece.toLowerCase()))));
  const nouns = new Set(document.nouns.flatMap((noun) => words(noun.toLowerCase())).map(stem));
  const others = document.functions.filter((fn) => !switches.includes(fn));
  for (const [index, token] of tokens.entries()) {
    const key = stem(token);
    if (named.has(key) || nouns.has(key) || !standsAsFeature(tokens, index) || !(wordNet.canBe(token, 'noun') || wordNet.isVerb(token))) continue;
    const holders = switches.filter((fn) => featureStems(fn, wordNet).has(key));
    if (holders.length !== 1 || others.some((fn) => words(fn.description.toLowerCase()).map(stem).includes(key))) continue;
    const name = featureName(holders[0]!);
    if (name === undefined) continue;
    const at = new RegExp(`\\b${token}\\b`, 'i').exec(text);
    if (!at) continue;
    return `${text.slice(0, at.index)}${name}${text.slice(at.index + token.length)}`;
  }
  return text;
}

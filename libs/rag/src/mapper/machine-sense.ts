import { en, enReference, isStopword, words, type WordNet } from '@meshmind/language';
import type { FunctionProfile } from './evidence';

/**
 * "Kill the telly": the verb's own senses are mostly of killing, but one of them is said of a
 * machine ("kill the engine", a kind of "turn off"). Where the request's object is a made thing (a
 * device), the senses whose examples also act on a made thing are the ones meant, and among their
 * lemmas and broader verbs, phrasal ones included, the one that is exactly a function's name says
 * which function ("turn_off"). The object needs no word in common with the example: a telly and an
 * engine are both made things, and a function named by a sense is strong evidence of its own.
 * The function's name is returned in words ("turn off"), or undefined where not exactly one is named.
 */
export function functionByMachineSense(verb: string, text: string, profiles: readonly FunctionProfile[], wordNet: WordNet): string | undefined {
  const made = (word: string) => !isStopword(word) && wordNet.nounAncestors(word, 'made').has(enReference.madeThing);
  if (!objectPhrase(text).some(made)) return undefined;
  const names = new Map(profiles.filter(({ fn }) => fn.kind !== 'query').map(({ fn }) => [fn.name.toLowerCase(), fn.name]));
  const named = new Set<string>();
  for (const sense of wordNet.verbSenses(verb)) {
    // The example's own object, right after the verb ("kill the engine"), not any word of it ("she checked for an instant and missed a step").
    const onMachine = sense.examples.some((example) => objectPhrase(fromVerb(example, verb)).some(made));
    if (!onMachine) continue;
    for (const lemma of [...sense.lemmas, ...sense.hypernyms]) {
      const name = names.get(lemma.toLowerCase());
      if (name) named.add(name);
    }
  }
  return named.size === 1 ? [...named][0]!.replace(/_/g, ' ') : undefined;
}

/**
 * The noun phrase right after the verb: its determiners and a possessive skipped, then the words up
 * to the first small word ("kill the air compressor now" -> air, compressor). A particle or a comma
 * right after the verb opens no object ("hold on, pause the record").
 */
function objectPhrase(text: string): string[] {
  const said = text.toLowerCase().split(/\s+/).slice(1);
  let index = 0;
  while (index < said.length && (en.determiners.has(said[index]!) || /^\p{L}+(?:['’]s|s['’])$/u.test(said[index]!))) index += 1;
  const phrase: string[] = [];
  for (const token of said.slice(index)) {
    const [word] = words(token);
    if (word === undefined || isStopword(word.toLowerCase()) || en.verbParticles.has(word.toLowerCase())) break;
    phrase.push(word.toLowerCase());
    if (/[,.;:!?]$/.test(token)) break;
  }
  return phrase;
}

/** The example from its verb on, in whatever inflection ("killed", "kills"); empty where the verb is not found. */
function fromVerb(example: string, verb: string): string {
  const tokens = example.split(/\s+/);
  const root = verb.slice(0, Math.max(3, verb.length - 1));
  const at = tokens.findIndex((token) => token.toLowerCase().startsWith(root));
  return at < 0 ? '' : tokens.slice(at).join(' ');
}

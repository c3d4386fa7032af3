import { alternation, baseOfThirdPerson, en, enMapping, escapeRegExp, findColor, isStopword, singularForms, stem, words, type WordNet } from '@meshmind/language';
import type { NormalisedFunction } from '../api-document';
import type { FunctionProfile } from './evidence';
import { phrasalSynonym } from './phrasal-senses';
import { functionByMachineSense } from './machine-sense';
import { withLetThrough } from './let-through';
import { exampleObjectWords } from './example-object';
import { LIGHT_VERB_SENSES } from './function-kind';
import { functionSays } from './named-action';
import { functionsKinToVerb } from './prefixed-kin';

/**
 * The verb a request means where its own verb names no function of the document (issue #17, class 7):
 * "draw the curtains" says neither open nor close, "hoover the house" neither start nor stop,
 * "unpause the radio" no function at all. Two readings, both from sources outside the request:
 *
 * - WordNet's sense whose example shares the request's object ("draw the curtains" is an example of
 *   the sense of "draw" that is a kind of "close"), or the verb's only sense ("hoover" is "vacuum",
 *   a kind of "clean"): its synonyms and hypernyms, in that order, are tried against the functions' words.
 * - A negating prefix over a function's name ("un" + "pause"): the function that undoes it is the one
 *   that sets the same state key to a value the named function neither sets nor accepts (pause leaves
 *   playback "paused" or "stopped"; play sets it "playing").
 *
 * The request is returned with its first word replaced, or unchanged when neither reading gives
 * exactly one word the document uses: then retrieval reads it as said.
 */
export function withMeantVerb(said: string, profiles: Iterable<FunctionProfile>, wordNet: WordNet | undefined): string {
  const text = withLetThrough(said); // "let me into the garage": open it (mapper/let-through.ts)
  if (!wordNet) return text;
  const match = openingWord(text);
  if (!match) return text;
  const verb = match[1]!.toLowerCase();
  const all = [...profiles];
  const ownStems = new Set(all.flatMap((profile) => [...profile.actionStems]));
  const phrasal = functionByPhrasalVerb(verb, text.slice(match.index + match[0].length), all, wordNet);
  if (phrasal) return text.slice(0, match.index) + phrasal;
  const replaced = (word: string) => text.slice(0, match.index) + text.slice(match.index).replace(match[1]!, word);
  const doing = functionDoing(verb, all, wordNet);
  if (doing) return replaced(doing);
  // "flip the light" to a toggle "also called flipping": a word of one action's own notes names that action.
  // Said by several ("draws curtains back", "draws curtains shut"), the sense its object gives decides.
  if (ownStems.has(stem(verb)) || namesOption(verb, all) || all.filter(({ fn }) => fn.kind !== 'query' && functionSays(fn, verb)).length === 1) return text;
  if ([...wordNet.related(verb, 'verb')].some(([key, weight]) => weight >= 0.9 && ownStems.has(key))) return text;
  // "figure out where you are": the verb and its particle are a verb of WordNet's own, whose senses
  // are not the plain verb's ("figure" alone is first "count on"); left as said.
  if (withOwnParticle(verb, text.slice(match.index + match[0].length), wordNet)) return text;
  // "kill the telly" (mapper/machine-sense.ts); "chart the space" < map (a specific broader verb the document does).
  const meant = verbBySense(verb, text, ownStems, wordNet) ?? verbByUndoing(verb, all, wordNet) ?? functionByMachineSense(verb, text, all, wordNet) ?? specificBroaderVerb(verb, ownStems, wordNet);
  // "douse the lamp": a verb WordNet glosses by one phrasal verb means that one ("put out": mapper/phrasal-senses.ts).
  const glossed = meant ? undefined : phrasalSynonym(verb, wordNet);
  return meant ? replaced(functionDoing(meant, all, wordNet) ?? meant) : glossed ? replaced(glossed) : text;
}

/** Whether the word after the verb is a particle that makes a phrasal verb of WordNet with it ("figure out", "look up"). */
function withOwnParticle(verb: string, rest: string, wordNet: WordNet): boolean {
  const particle = /^\s+([A-Za-z]+)\b/.exec(rest)?.[1]?.toLowerCase();
  return particle !== undefined && en.phrasalParticles.includes(particle) && wordNet.verbSenses(`${verb} ${particle}`).length > 0;
}

/** Whether the verb is a word of an option a function takes ("ventilate" of a heat pump's fan_only), a preset's or a colour it takes: it says that value, not another verb. */
function namesOption(verb: string, profiles: readonly FunctionProfile[]): boolean {
  const key = stem(verb.toLowerCase());
  const single = (option: string) => option.split(/[\s_]+/).length === 1 && stem(option.toLowerCase()) === key;
  // "blue on the fairy lights": a colour a parameter takes is the value wanted, not the verb "blue" (make blue < colour).
  return profiles.some(({ fn }) => fn.parameters.some((parameter) => [...(parameter.values ?? []), ...Object.values(parameter.synonyms ?? {}).flat(), ...Object.keys(parameter.presets ?? {})].some(single) || (parameter.type === 'color' && findColor(verb) === verb.toLowerCase())));
}

/**
 * The word a command opens with, after courtesy ("could you chart the aisle?", "please draw the
 * curtains"): the verb whose meaning is read. Undefined where the text opens with no word.
 */
function openingWord(text: string): RegExpExecArray | undefined {
  const pattern = /[A-Za-z][A-Za-z-]*/g;
  for (let found = pattern.exec(text); found; found = pattern.exec(text)) {
    if (!en.courtesy.has(found[0].toLowerCase())) return Object.assign(found, { 1: found[0] }) as RegExpExecArray;
  }
  return undefined;
}

/**
 * "chart the space around you" to a robot that generates an environment map: the verb's commonest
 * sense is a kind of a verb that few verbs narrow ("chart" < "map", WordNet.verbRelatives reads it as
 * close as a derived form), and that broader verb is one the document's functions do. A broad verb
 * ("move", narrowed by 92) says too little and is never taken.
 */
function specificBroaderVerb(verb: string, ownStems: ReadonlySet<string>, wordNet: WordNet): string | undefined {
  const relatives = wordNet.verbRelatives(verb);
  const hypernyms = wordNet.verbSenses(verb)[0]?.hypernyms ?? [];
  // The broader verb in its own commonest sense: "identify" is a kind of "determine, set", a rare
  // sense of "set", which a function that sets a speed does not mean.
  const commonest = (lemma: string) => hypernyms.every((other) => wordNet.verbSenses(lemma)[0]?.lemmas.includes(other));
  const broader = hypernyms.filter((lemma) => !lemma.includes('_') && (relatives.get(stem(lemma)) ?? 0) >= SPECIFIC_BROADER && ownStems.has(stem(lemma)) && commonest(lemma));
  return broader.length === 1 ? broader[0] : undefined;
}

/** How close WordNet.verbRelatives reads a broader verb that few verbs narrow. */
const SPECIFIC_BROADER = 0.8;

/** Where the first clause of a request ends: punctuation or a word that joins another clause ("then", "and"). */
const CLAUSE_BREAK = new RegExp(`[,.;:!?]|\\b(?:${alternation(enMapping.clauseBreaks)})\\b`, 'i');

function verbBySense(verb: string, text: string, ownStems: ReadonlySet<string>, wordNet: WordNet): string | undefined {
  // The object is read from the first clause only: "check your battery, then go back" is about the battery.
  const clause = words(text.split(CLAUSE_BREAK)[0] ?? '').slice(1).map((word) => word.toLowerCase());
  // A particle that makes a phrasal verb of its own ("draw the curtains back", "fire up") is another verb: its senses are not these.
  // Only right after the verb or at the clause's end: "in" of "draw the shades in the den" opens a place.
  const particles = [clause[0], clause.at(-1)].filter((word): word is string => word !== undefined && /^[a-z]+$/.test(word));
  if (particles.some((word) => wordNet.verbSenses(`${verb} ${word}`).length > 0)) return undefined;
  const senses = wordNet.verbSenses(verb);
  if (senses.length === 0) return undefined;
  const objectWords = clause.filter((word) => word.length >= 3 && !isStopword(word));
  const objectStems = new Set(objectWords.map(stem));
  const sharesObject = (word: string) => objectStems.has(stem(word)) || objectWords.some((object) => directKinds(object, word.toLowerCase(), wordNet));
  const byExample = senses.filter((sense) => {
    const own = new Set([verb, ...sense.lemmas].map(stem));
    // The example's own object only: "wash away the spots on the windows" does not wash windows (mapper/example-object.ts).
    return sense.examples.some((example) => exampleObjectWords(example, own).some((word) => word.length >= 3 && !isStopword(word) && !own.has(stem(word)) && sharesObject(word)));
  });
  // A verb with one sense means it wherever it is said; one with several only where an example shows which.
  const meant = byExample.length > 0 ? byExample : senses.length === 1 ? senses : [];
  const found = new Set<string | undefined>();
  for (const sense of meant) {
    found.add([...sense.lemmas, ...sense.hypernyms].find((lemma) => !lemma.includes('_') && lemma !== verb && ownStems.has(stem(lemma))));
  }
  // Every sense the examples point at must lead to the same word of the document; else there is no reading.
  const [only] = [...found];
  return found.size === 1 ? only : undefined;
}

/**
 * "draw lucia's blind": the example says "draw the curtains", and a curtain is a kind of blind. An
 * example's word and the request's object are one thing to the verb where one is a direct kind of
 * the other in WordNet's senses of made things (a blind and a curtain are; a blind and a window are not).
 */
function directKinds(object: string, exampleWord: string, wordNet: WordNet): boolean {
  // Ancestors are base forms ("blind"), the words as said may be plural ("blinds"); not compared by
  // stem, which makes glass of "glasses" (the spectacles above "shades").
  const directlyUnder = (narrow: string, broad: string) => singularForms(broad).some((form) => wordNet.nounAncestors(narrow, 'made').get(form) === 1);
  return directlyUnder(exampleWord, object) || directlyUnder(object, exampleWord);
}

/**
 * "go back to the last song": a phrasal verb of WordNet that one function's description opens with
 * ("Goes back to the previous track") names that function, though neither of its words is in the
 * function's name. The verb and its particle are replaced by the function's name words; the rest stays.
 */
function functionByPhrasalVerb(verb: string, rest: string, profiles: readonly FunctionProfile[], wordNet: WordNet): string | undefined {
  const next = /^\s+([A-Za-z]+)\b/.exec(rest);
  if (!next) return undefined;
  const particle = next[1]!.toLowerCase();
  if (isStopword(particle) || wordNet.verbSenses(`${verb} ${particle}`).length === 0) return undefined;
  // "hold on, pause it": a phrasal verb that is a clause of its own, with no object, is a word of
  // waiting or attention before the order, when the clause after it says in the document's own
  // words what to do ("switch off, please" has no such clause and is read as before).
  const after = /^\s*[,;:!-]\s*(.+)$/.exec(rest.slice(next[0].length));
  if (after && wordsOwnAction(after[1]!, profiles)) return undefined;
  const opening = (description: string) => words(description).slice(0, 2).map((word) => word.toLowerCase());
  const named = profiles.filter((profile) => {
    const [first, second] = opening(profile.fn.description);
    return first !== undefined && baseOfThirdPerson(first) === verb && second === particle;
  });
  if (named.length === 1) return `${named[0]!.fn.name.replace(/_/g, ' ')}${rest.slice(next[0].length)}`;
  if (named.length > 1) return undefined;
  // "fire up the telly": among the synonyms of the phrasal verb's senses ("wake", "ignite", "light"),
  // the one word the document's functions use ("Wakes the player from standby").
  const ownStems = new Set(profiles.flatMap((profile) => [...profile.actionStems]));
  // "turn up", "light up" to a lamp: a verb the document uses anywhere keeps its own reading; a light
  // verb does not ("take stock of shelf 9" is to inventory it, though the robot "takes" pictures).
  const documentStems = new Set(profiles.flatMap((profile) => words(`${profile.fn.name.replace(/_/g, ' ')} ${profile.fn.description}`).map((word) => stem(word.toLowerCase()))));
  if (documentStems.has(stem(verb)) && wordNet.verbSenses(verb).length < LIGHT_VERB_SENSES) return undefined;
  const lemmas = wordNet.verbSenses(`${verb} ${particle}`).flatMap((sense) => sense.lemmas);
  const synonyms = new Set(lemmas.filter((lemma) => !lemma.includes('_') && lemma !== verb && ownStems.has(stem(lemma))));
  if (synonyms.size !== 1) return undefined;
  const [synonym] = [...synonyms];
  // "check off" is also "tick off": a phrasal synonym retrieval already reads with its particle
  // (rewritten, the item "take out the trash" was removed instead of ticked off); left as said.
  if (lemmas.includes(`${synonym}_${particle}`)) return undefined;
  return `${synonym}${rest.slice(next[0].length)}`;
}

/** Whether a clause holds a word that a function of the document is named or opens its note with. */
function wordsOwnAction(clause: string, profiles: readonly FunctionProfile[]): boolean {
  const ownStems = new Set(profiles.flatMap((profile) => [...profile.actionStems]));
  return words(clause).some((word) => !isStopword(word) && ownStems.has(stem(word.toLowerCase())));
}

/**
 * "clean the house", "vacuum the stairs": the verb names an activity that one function puts the
 * device into (start_cleaning leaves status "cleaning"), while others only pause or end it. Said
 * alone, the activity is asked to happen: the request reads as that function's name. The verb's
 * WordNet synonyms and hypernyms count ("vacuum" is a kind of "clean").
 */
/** A state that is an ongoing action: "playing", "charging". */
const ONGOING = new RegExp(`${escapeRegExp(enMapping.progressiveSuffix)}$`);

function functionDoing(verb: string, profiles: readonly FunctionProfile[], wordNet: WordNet): string | undefined {
  const stems = new Set([stem(verb), ...[...wordNet.related(verb, 'verb')].filter(([, weight]) => weight >= 0.9).map(([key]) => key)]);
  const doing = profiles.filter(({ fn }) =>
    fn.kind !== 'query' && (fn.effects ?? []).some((effect) => typeof effect.value === 'string' && ONGOING.test(effect.value) && stems.has(stem(effect.value))),
  );
  return doing.length === 1 ? doing[0]!.fn.name.replace(/_/g, ' ') : undefined;
}

const NEGATING_PREFIX = new RegExp(`^(${alternation(enMapping.negatingPrefixes.verbs)})(.{3,})$`);

function verbByUndoing(verb: string, profiles: readonly FunctionProfile[], wordNet: WordNet): string | undefined {
  const prefixed = NEGATING_PREFIX.exec(verb);
  if (!prefixed) return undefined;
  const base = stem(prefixed[2]!);
  const direct = profiles.filter((profile) => profile.nameStems.has(base) && (profile.fn.effects?.length ?? 0) > 0);
  // "unlatch" to a lock: the base verb names no function, but is kin to one that does (mapper/prefixed-kin.ts).
  const undone = direct.length > 0 ? direct : functionsKinToVerb(prefixed[2]!, profiles, wordNet);
  if (undone.length !== 1) return undefined;
  const named = undone[0]!.fn;
  const undoers = new Set<NormalisedFunction>();
  for (const effect of named.effects ?? []) {
    if (effect.value === undefined) continue;
    const leaves = [effect.value, ...(effect.alsoAccepted ?? [])];
    for (const { fn } of profiles) {
      if (fn === named || fn.kind === 'query') continue;
      if (fn.effects?.some((other) => other.key === effect.key && other.value !== undefined && !leaves.includes(other.value))) undoers.add(fn);
    }
  }
  return undoers.size === 1 ? [...undoers][0]!.name.replace(/_/g, ' ') : undefined;
}

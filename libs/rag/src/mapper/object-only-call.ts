import { en, isStopword, splitIdentifier, stem, words, type RequestReading, type WordNet } from '@meshmind/language';
import type { NormalisedFunction } from '../api-document';
import type { MapResult } from './api-mapper-options';
import { LIGHT_VERB_SENSES } from './function-kind';
import type { ScopeReading } from './scope';

/** How close a relative must be to count as the same deed or thing: a synonym or derivation, not a broader word. */
const CLOSE = 0.8;
/** The particles a phrasal verb takes (en.phrasalParticles) and "for" of "look for". */
const PARTICLES = new Set([...en.phrasalParticles, 'for']);
/** The stem of "make", the verb of making: a verb one of whose senses is making says the making of its object. */
const MAKE = stem('make');
/** Object pronouns after an imperative's verb ("sign me up", "bump it up"): a closed class. */
const OBJECT_PRONOUNS = new Set(['me', 'us', 'him', 'her', 'yourself', 'everything', 'everyone']);
/** A noun's synonym in WordNet's related words (related's 0.9). */
const SYNONYM = 0.9;
/** WordNet's lexicographer files of verbs of perceiving and knowing ("find", "look", "count"). */
const KNOWING = new Set(['perception', 'cognition']);
/** Stems of WordNet's anchor lemmas of travelling (a closed set naming the concept): "dock" is to "enter", "return" to "go". */
const TRAVEL = new Set(['travel', 'go', 'move', 'enter', 'arrive'].map(stem));
/** Stems of WordNet's anchor lemmas of telling (a closed set naming the concept): "show" and "tell" are kinds of "inform". */
const TELLING = new Set(['inform', 'tell', 'report'].map(stem));
/** Stems of WordNet's anchor lemmas of finding a thing out (a closed set naming the concept): "look for" is to "try to locate or discover". */
const FINDING_OUT = new Set(['find', 'discover', 'locate', 'detect', 'determine', 'ascertain', 'learn'].map(stem));

/**
 * A command whose verb names another deed on a thing a function makes or reads (issue #17, near-miss
 * verbs): "print a map of the floor", "rotate the map", "crop the last picture", "share your map with
 * robot 3" to a robot that builds maps and takes photos. The object ("map", "picture") is a word of
 * one function, so retrieval reaches it through the noun alone and it leads clearly; the verb, the
 * point of the request, is a deed that function does not do. Making the map again is a wrong action.
 *
 * Declined where all of these hold:
 * - the request is a command opening with its verb, read as a word of the request itself (not as a
 *   word a rewrite put there), and one call is made;
 * - the verb is a WordNet verb that is not a light verb ("get", "take", "make": their object says the
 *   deed, function-kind.ts's LIGHT_VERB_SENSES);
 * - the scope reading (mapper/scope.ts: the functions' words with WordNet's synonyms, derivations and
 *   close relations) explains some word of the request by the chosen function, but not the verb;
 * - and none of the verb's WordNet relatives (verbRelatives: synonyms, entailments, derivations,
 *   broader and narrower verbs) is a word of the chosen function's name or notes: "roll over to shelf
 *   11" keeps its move (roll is a kind of move), "snap a picture" its photo.
 */
export function objectOnlyCall(
  result: MapResult,
  reading: RequestReading,
  said: string,
  asRead: ScopeReading | undefined,
  byName: ReadonlyMap<string, NormalisedFunction>,
  kindOf: (name: string) => 'action' | 'query' | undefined,
  wordNet: WordNet | undefined,
): string | undefined {
  if (!wordNet || reading.mood === 'question' || result.kind !== 'call' || result.calls.length !== 1 || !asRead?.explained || asRead.content.length < 2) return undefined;
  const [call] = result.calls;
  const fn = byName.get(call!.function);
  if (!fn) return undefined;
  const verb = asRead.content[0]!;
  const tokens = said.trim().toLowerCase().split(/[^\p{L}\p{N}'-]+/u).filter((token) => token !== '');
  const [first, next] = tokens;
  // The verb of an imperative, its object after it: "print a map", "share your map", "blur out faces"; not "can you ...", "full brightness", "speed 1.2", "time to go".
  if (first !== verb || isStopword(verb) || en.courtesy.has(verb) || next === undefined || !(en.determiners.has(next) || en.anaphora.has(next) || OBJECT_PRONOUNS.has(next) || PARTICLES.has(next))) return undefined;
  // "scan the room and make a map": a second deed said beside it, which the call may be.
  if (tokens.some((token) => en.connectives.has(token))) return undefined;
  const verbSenses = wordNet.verbSenses(verb);
  if (verbSenses.length === 0 || verbSenses.length >= LIGHT_VERB_SENSES) return undefined;
  // "hook up to the wifi", "look for networks", "zoom in on the map", "bump it up a degree": a phrasal verb of WordNet's own is read by its own senses.
  const particle = tokens.slice(1, 4).find((token) => PARTICLES.has(token) && wordNet.verbSenses(`${verb} ${token}`).length > 0);
  const phrasal = particle ? wordNet.verbSenses(`${verb} ${particle}`) : [];
  const senses = phrasal.length > 0 ? phrasal : verbSenses;
  // "start a hotspot called Robo1 with password letmein42": a call whose names the request gives is grounded by them.
  if (Object.values(call!.arguments).some((value) => typeof value === 'string')) return undefined;
  const explained = asRead.explained.get(fn.name);
  if (!explained || explained.size === 0 || explained.has(0)) return undefined;
  // Only a document in English words (or in a script of its own beside English names): a German or French vendor's words ("foto_aufnehmen") meet no English relative of the verb.
  const named = splitIdentifier(fn.name).map((word) => word.toLowerCase());
  const latin = words(fn.description).filter((word) => /^[a-z]{3,}$/i.test(word) && !isStopword(word.toLowerCase()));
  if (named.some((word) => !wordNet.isKnown(word)) || latin.filter((word) => !wordNet.isKnown(word)).length * 5 > latin.length) return undefined;
  // The deed is the name's: a description's generic words ("returns their labels") are not read.
  // "hit the e-stop": the request names the function's own deed ("stop", "mapping") as the thing acted on, which the verb sets off.
  // So is a deed word of the request that the name says in other words ("hit the e-stop" to emergencyHalt: stop is to halt).
  const deeds = new Set(named.filter((word) => wordNet.mostlyVerb(word)).map(stem));
  const deedWords = [...explained].map((at) => asRead.content[at] ?? '').filter((word) => word !== '');
  if (deedWords.some((word) => deeds.has(stem(word)) || (wordNet.mostlyVerb(word) && named.some((name) => (wordNet.verbRelatives(word).get(stem(name)) ?? 0) >= SYNONYM)))) return undefined;
  // "create a new map", "build me a fresh map": a verb that is itself making (make is one of its senses' lemmas), of what a call makes.
  if (kindOf(fn.name) !== 'query' && (wordNet.verbRelatives(verb).get(MAKE) ?? 0) >= SYNONYM) return undefined;
  const own = new Set([...named, ...fn.parameters.map((parameter) => parameter.name)].map((word) => stem(word.toLowerCase())));
  // The name's nouns with their synonyms: "snap" is to "photograph", a photo's synonym.
  const near = new Set([...own, ...named.filter((word) => !wordNet.mostlyVerb(word)).flatMap((word) => [...wordNet.related(word, 'noun')].filter(([, weight]) => weight >= SYNONYM).map(([key]) => key))]);
  // "turn up the volume" to louder ("raises the volume"): the particle is one a sense of the function's own verb takes ("raise" is also "bring up").
  const ownVerbs = [...named, ...words(fn.description).slice(0, 1).map((word) => word.toLowerCase())].filter((word) => wordNet.canBe(word, 'verb'));
  if (particle && ownVerbs.some((word) => wordNet.verbSenses(word).some((sense) => sense.lemmas.some((lemma) => lemma.split('_').slice(1).includes(particle))))) return undefined;
  // "send the projector to sleep": a verb of moving a thing somewhere, whose goal after "to" or "into" is all the call explains.
  const goal = tokens.findIndex((token, at) => at > 1 && (token === 'to' || token === 'into'));
  if (goal > 0 && verbSenses.slice(0, 2).some((sense) => sense.category === 'motion') && deedWords.every((word) => tokens.indexOf(word) > goal)) return undefined;
  // "capture an image": a sense of the verb is a kind of the deed that makes what the name's noun is a kind of ("represent", and a photograph is a "representation", a noun that is no verb: "list" and "build" are both).
  const nounKinds = new Set(named.flatMap((word) => [...wordNet.nounAncestors(word, 'common')].filter(([, steps]) => steps === 1).map(([kind]) => kind)).filter((kind) => !kind.includes(' ') && !wordNet.canBe(kind, 'verb')).map(stem));
  if (senses.some((sense) => sense.hypernyms.some((hypernym) => nounKinds.has(stem(hypernym)) || [...wordNet.verbRelatives(hypernym)].some(([key, weight]) => weight >= CLOSE && weight < 1 && nounKinds.has(key))))) return undefined;
  const relatives = phrasal.length > 0 ? new Map(phrasal.flatMap((sense) => [...sense.lemmas, ...sense.hypernyms]).filter((lemma) => !lemma.includes('_')).flatMap((lemma) => [...wordNet.verbRelatives(lemma)])) : wordNet.verbRelatives(verb);
  const hit = [...relatives].find(([key, weight]) => own.has(key) || (weight >= CLOSE && near.has(key)));
  if (hit) return undefined;
  // Any sense's lemmas, broader verbs and definition: "survey" is also to "plot a map of (land)".
  const senseWords = senses.flatMap((sense) => [...sense.lemmas, ...sense.hypernyms, sense.definition]).flatMap((phrase) => words(phrase.replace(/_/g, ' ').toLowerCase()));
  // And the other way: a sense the name's own verbs explain ("kill" is to "cause to cease operating", and "stop" is to "cease").
  const light = (word: string) => wordNet.verbSenses(word).length >= LIGHT_VERB_SENSES; // "make", "take": kin of every deed
  // "increase the volume" to louder ("raises the volume"): the verb is a close relative of the deed the note opens with (not a light verb).
  const noteVerb = words(fn.description)[0]?.toLowerCase() ?? '';
  if (wordNet.canBe(noteVerb, 'verb') && !light(noteVerb) && (relatives.get(stem(noteVerb)) ?? 0) >= CLOSE) return undefined;
  // The name's verbs' relatives, and their synonyms' synonyms: "halt" is to "stop", which is to "cease".
  const nameVerbs = named.filter((word) => wordNet.canBe(word, 'verb') && !light(word));
  const synonyms = nameVerbs.flatMap((word) => [...wordNet.verbRelatives(word)].filter(([key, weight]) => weight >= SYNONYM && wordNet.canBe(key, 'verb') && !light(key)).map(([key]) => key));
  const ownRelatives = new Set([...nameVerbs, ...synonyms].flatMap((word) => [...wordNet.verbRelatives(word)].filter(([, weight]) => weight >= (nameVerbs.includes(word) ? CLOSE : SYNONYM)).map(([key]) => key)));
  if (senseWords.filter((word) => !isStopword(word)).some((word) => own.has(stem(word)) || (!light(word) && ownRelatives.has(stem(word))))) return undefined;
  const category = senses[0]!.category;
  // "find me the hotspots", "count the empty slots", "look for networks": a verb of perceiving or knowing, or of finding out, asks what a query tells.
  const common = senses.slice(0, 2);
  const findsOut = common.some((sense) => KNOWING.has(sense.category)) || [...relatives.keys()].some((key) => TELLING.has(key)) || [...relatives].some(([key, weight]) => weight >= CLOSE && FINDING_OUT.has(key)) || senses.flatMap((sense) => words(sense.definition)).some((word) => FINDING_OUT.has(stem(word)));
  // A call that returns a list ('vacant_bays': "lists the bays without a car") tells what it lists, as a query does: "look for vacancies".
  if ((kindOf(fn.name) === 'query' || /^(list|array|tuple)\b|\[\]$/i.test(fn.returns ?? '')) && findsOut) return undefined;
  // "head back to your charging station": travel, to wherever a call that moves the device goes.
  // Only a call that takes the device somewhere: its name's verb is a kind of travelling ("dock" is to enter, "navigate" to travel), not a stop.
  if (category === 'motion' && named.some((word) => wordNet.verbSenses(word)[0]?.category === 'motion' && [...wordNet.verbRelatives(word).keys()].some((key) => TRAVEL.has(key)))) return undefined;
  // "limit yourself to 0.7 metres per second", "put the camera back level", "bump it up a degree": a value for a measure the call's parameter takes; the verb sets it.
  if (Object.keys(call!.arguments).length > 0 && fn.parameters.some((parameter) => parameter.unit)) return undefined;
  return verb;
}

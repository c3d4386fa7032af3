import { en, enReference, isFunctionWord, isStopword, lackingVerb, type WordNet } from '@meshmind/language';
import type { MapResult } from './api-mapper-options';

const NEEDED = enReference.neededDeed;
const SPEAKERS: ReadonlySet<string> = new Set(enReference.doneReport.speakers);
const OBLIGATIONS: ReadonlySet<string> = new Set(NEEDED.obligations);
const MODALS: ReadonlySet<string> = new Set(NEEDED.modals);
const GETTING: ReadonlySet<string> = new Set(NEEDED.getting);
const BEING: ReadonlySet<string> = new Set(NEEDED.being);
const PARTITIVES: ReadonlySet<string> = new Set(NEEDED.partitives);
const PARTICLES: ReadonlySet<string> = new Set(en.phrasalParticles);
const DAYS: ReadonlySet<string> = new Set([...en.executionTimes.days, ...en.executionTimes.weekdays, ...en.executionTimes.partsOfDay]);
/** How many of a verb's commonest senses may make it a verb of getting ("pick up": its fourth is collect, a kind of get). */
const GETTING_SENSES = 4;

/** A need to do something, as said: "we need to buy apples", "I've got to phone grandma", "we must leave at nine". */
export interface NeededDeed {
  /** Where the words of obligation start ("need to", "got to", "must"), and where the deed's verb starts. */
  from: number;
  /** The deed as said after the obligation: "buy apples", "pick up a birthday card", "leave at nine". */
  deed: string;
  /** The thing the deed is done to, as said ("apples", "a birthday card"); empty where none is ("leave at nine", "get going", "be out by eight"). */
  thing: string;
  /** Whether the deed is getting the thing (a sense of the verb is WordNet's get or a kind of it: "buy", "grab", "pick up"): an errand for the thing. */
  getting: boolean;
  /** Where the clause ends in the text. */
  to: number;
}

/**
 * The deed a need is said of: a verb of lacking with the "to" of an infinitive ("we need to buy
 * apples", "need to get cat litter"), "have/has/'ve got to" or a modal of obligation after the speaker
 * ("we have to phone grandma", "we must get a kettle"). Past "had to" did it already and is no need.
 * The verb after it must be one WordNet knows; its particle goes with it ("pick up"). The thing is
 * the phrase after verb and particle where it opens with a determiner, a partitive ("some", "more"),
 * a number or a noun that is no day ("tomorrow") and no verb's -ing form ("get going"); a preposition
 * or an adverb first ("leave at nine", "talk later") says no thing. Undefined where no need to do is said,
 * and where it is asked ("what do we need to buy": a question word or an auxiliary before it).
 */
export function neededDeed(text: string, wordNet: WordNet | undefined): NeededDeed | undefined {
  if (!wordNet) return undefined;
  const lower = text.toLowerCase().replace(/[’‘]/g, "'");
  const clauseEnd = (() => {
    const at = lower.search(/[,.;:!?]/);
    return at < 0 ? lower.length : at;
  })();
  const tokens = [...lower.slice(0, clauseEnd).matchAll(/[a-z0-9\u00C0-\u024F]+(?:'[a-z]+)?/g)].map((match) => ({ word: match[0], at: match.index }));
  const said = tokens.map((token) => token.word);
  const speakerBefore = (index: number) => {
    const before = said[index - 1] ?? '';
    return SPEAKERS.has(before) || [...SPEAKERS].some((speaker) => before === `${speaker}${NEEDED.contracted}`);
  };
  for (let index = 0; index < said.length; index += 1) {
    const word = said[index]!;
    let verbAt = -1;
    if (said[index + 1] === en.infinitiveMarker && (lackingVerb(word, wordNet) || (OBLIGATIONS.has(word) && speakerBefore(index)))) verbAt = index + 2;
    else if (MODALS.has(word) && speakerBefore(index)) verbAt = index + 1;
    // "what do we still need to buy", "have we got to get milk": a question of the need, not the need.
    if (verbAt >= 0 && said.slice(0, index).some((earlier) => en.questionWords.has(earlier) || en.auxiliaries.has(earlier))) return undefined;
    const verb = said[verbAt];
    if (verb === undefined || !wordNet.isVerb(verb) || lackingVerb(verb, wordNet)) continue;
    const particle = PARTICLES.has(said[verbAt + 1] ?? '') ? said[verbAt + 1] : undefined;
    const thingAt = verbAt + (particle ? 2 : 1);
    const rest = said.slice(thingAt);
    const thing = !BEING.has(verb) && opensThing(rest, wordNet) ? lower.slice(tokens[thingAt]!.at, clauseEnd).trim() : '';
    const phrasal = particle !== undefined && wordNet.verbSenses(`${verb} ${particle}`).length > 0 ? `${verb} ${particle}` : verb;
    const getting = wordNet.verbSenses(phrasal).slice(0, GETTING_SENSES).some((sense) => [...sense.lemmas, ...sense.hypernyms].some((lemma) => GETTING.has(lemma)));
    return { from: tokens[index]!.at, deed: lower.slice(tokens[verbAt]!.at, clauseEnd).trim(), thing, getting, to: clauseEnd };
  }
  return undefined;
}

function opensThing(rest: readonly string[], wordNet: WordNet): boolean {
  const [first] = rest;
  if (first === undefined) return false;
  if (en.determiners.has(first) || PARTITIVES.has(first) || /^\d/.test(first)) return true;
  if (DAYS.has(first) || isStopword(first) || isFunctionWord(first, 'en')) return false;
  const gerund = first.endsWith('ing') && wordNet.isVerb(first);
  return !gerund && wordNet.canBe(first, 'noun');
}

/**
 * "we need to buy apples" to a device that keeps items (a list): the errand is for its thing, said
 * as the plain need the mapper reads ("we need apples": mapper/stated-need.ts puts it on the list);
 * "we have to phone grandma" is a deed to put on it as said ("we need phone grandma"). The words
 * before the obligation stay ("we don't need to buy milk" takes milk off); a "'ve" before "got" goes.
 * A need with no thing ("we need to leave at nine") is left as said: neededDeedDeclined answers it.
 */
export function withNeededDeed(text: string, wordNet: WordNet | undefined, takesItems: boolean): string {
  if (!takesItems) return text;
  const need = neededDeed(text, wordNet);
  if (!need || need.thing === '') return text;
  // "need to get cat litter", said without its subject, is the speaker's: "we need cat litter".
  const before = text.slice(0, need.from).trim() === '' ? `${enReference.askedForSpeaker.speakers[1]} ` : text.slice(0, need.from).replace(new RegExp(`${NEEDED.contracted}\\s*$`), ' ');
  return `${before}${en.lackVerbs[0]} ${need.getting ? need.thing : need.deed}${text.slice(need.to)}`;
}

/**
 * A need to do something that has no thing for a list to keep ("we need to leave at nine", "I need to
 * sleep", "we need to be out the door by eight") asks the list for nothing (issue #17): it put "to
 * leave at nine" on the list. Declined, with what was said, where the device keeps items.
 */
export function neededDeedDeclined(asked: string, takesItems: boolean, selfNoun: string | undefined, wordNet: WordNet | undefined): MapResult | undefined {
  if (!takesItems) return undefined;
  const need = neededDeed(asked, wordNet);
  if (!need || need.thing !== '') return undefined;
  return { kind: 'not_executable', reason: `that says what needs doing (${need.deed}), not a thing to put on the ${selfNoun ?? 'list'}, so I left it as it is`, candidates: [], ranking: [] };
}

import type { DeviceStateValues } from '@meshmind/protocol';
import { withChatSpellings } from './chat-spellings';
import { withDroppedLetters } from './dropped-letters';
import { withQuestionWordOpened } from './question-contraction';
import { withoutDiscourseOpener, type RequestReader, type WordNet } from '@meshmind/language';
import type { NormalisedDocument } from '../api-document';
import type { FunctionProfile } from './evidence';
import { withPurposeVerb } from './purpose-verb';
import { spelledAsMeant } from './spelled-as-meant';
import { withOwnListNamed } from './own-list-name';
import { withoutSelfReferences, type SelfReferences } from './self-references';
import { withStatedExcess, withStatedLack } from './stated-need';
import { withStateParticiple } from './state-participle';
import { withStateParticle } from './state-particle';
import { withSilencedThing } from './silenced-thing';
import { withMeantVerb } from './verb-sense';
import { withWishedValue } from './wished-value';
import { withDescribedGoal } from './described-goal';
import { withPhrasalValue } from './phrasal-value';
import { withGivenNoun } from './given-noun';
import { withLetThrough } from './let-through';
import { withoutPlainParticle } from './plain-particle';
import { withPurposeAfterGoing } from './going-to-do';
import { withoutStatedContext } from './stated-context';
import { withModalBeforeAddressee, withoutPoliteAsk } from './polite-ask';
import { withAskedForSpeaker } from './asked-for-speaker';
import { withoutShouting } from './shouted-request';
import { withoutAtOnce } from './said-at-once';
import { withOwnReadingAsked } from './own-reading';
import { withStatedAbsence } from './stated-absence';
import { withoutCausative } from './causative';
import { withElectricFilling } from './electric-filling';
import { withRemedyOption } from './remedy-option';
import { withFeatureNamed } from './feature-word';
import { withMeasuredQuantityAsked } from './measured-quantity';
import { withDoneReport } from './done-report';
import { withTakenOff } from './taken-off';
import { withBareLevel } from './bare-level';
import { withLevelOn, withNamedActionOn } from './on-goal';
import { withJoinedPrefix } from './hyphened-prefix';
import { withParticleApart } from './run-together-particle';
import { withEquativeExtreme } from './equative-extreme';
import { documentWords } from './spelled-as-meant';
import { withSplitIdiom } from './split-idiom';
import { withIdiomOnObject } from './idiom-on-object';
import { withHadEnough } from './had-enough';
import { withGivenUpActivity } from './given-up-activity';
import { withoutRejectedClause } from './rejected-clause';
import { withoutDismissedClause } from './dismissed-clause';
import { withoutRejectedValue } from './rejected-value';
import { withoutHesitations } from './hesitation';
import { withMusingAsked } from './musing-question';

/** What the rewrites of a request need from its mapper: the document and its readings, never a request. */
export interface RewriteContext {
  document: NormalisedDocument;
  /** Each function's profile by name; read afresh by each rewrite. */
  profiles: ReadonlyMap<string, FunctionProfile>;
  wordNet: WordNet | undefined;
  reading: RequestReader;
  /** Whether a function takes a free-text item: a supply said used up is then a need for it (stated-lack.ts). */
  takesItems: boolean;
  /** Read a statement beside the command with it (stated-context.ts): where the command alone could not be read, the statement may say what it is about. */
  keepsStatedContext?: boolean;
}

/** A request in the three forms the mapper reads it in. */
export interface RewrittenRequest {
  /** The request once its typing slips read as the document's words, a stated excess reads as its remedy ("it's too dark in here": make it brighter), a supply used up as a need ("we've run out of tea": we need tea). */
  request: string;
  /** The request with its verb read as meant; the device's own names still in it. */
  said: string;
  /** The same with the device's own names taken out: the text the functions are ranked on. */
  text: string;
  /** Whether a statement beside the command was read off (stated-context.ts). */
  statedContextDropped: boolean;
}

/**
 * The request as the mapper reads it, each rewrite in a module of its own: a discourse opener read
 * off ("hold on, pause the music"; libs/language), a typing slip as the
 * document's word (spelled-as-meant.ts: "opne" is "open"), a stated excess as its remedy
 * (stated-excess.ts), a supply used up as a need (stated-lack.ts), a phrasal verb as its synonym
 * an option holds (phrasal-value.ts: "air the room out" -> "ventilate the room"), a particle that says no
 * more than its verb (plain-particle.ts: "wake the speaker up" -> "wake the speaker"), a noun given ("give the
 * heater power" -> "power the heater": given-noun.ts), the verb of purpose after "go" (going-to-do.ts), a verb that names what the
 * device is for (purpose-verb.ts), a state said as a participle or particle ("the blinds down"),
 * and the verb's sense meant by its object (verb-sense.ts: "draw the curtains"). Only a command
 * opens with its verb: a question opens with "does", "is", "how" ("Does shelf 4 still have room?"),
 * which no sense should make an action. Read before the device's own words are taken out, since
 * "draw the curtains" is told by its object; and again after, since "TV unpause" opens with its
 * verb only once the device's name is out.
 */
export function rewrittenRequest(original: string, state: DeviceStateValues, references: SelfReferences | undefined, context: RewriteContext): RewrittenRequest {
  const { document, wordNet, reading } = context;
  // "could u check shelf 4": a chat spelling of the addressee read as the word (chat-spellings.ts), "wat is ur battery" of a question word (dropped-letters.ts), "where'd you end up?" as "where did" (question-contraction.ts); "what does the sensor say?": the device's own reading asked for (own-reading.ts).
  // "what's the co2 level?": the quantity the state says the device measures is its own reading (measured-quantity.ts).
  // "not unlock, lock it", "pause it, don't stop it": a clause taken back by its negation is read off (rejected-clause.ts), as is one put out of mind ("forget shelf 4, go to shelf 6": dismissed-clause.ts).
  // "I wonder if the garage is open" asks "tell me if ...", "I wonder if you could pause it" is "could you pause it" (musing-question.ts).
  // "um add uh jam": hesitations and restarted words are read off (hesitation.ts). "you can open the lock?" is "can you open the lock?" (polite-ask.ts). "can we have the lamp on": the speaker asking to be given a thing or a state asks for it made (asked-for-speaker.ts).
  const asked = withMeasuredQuantityAsked(withOwnReadingAsked(withQuestionWordOpened(withAskedForSpeaker(withModalBeforeAddressee(withChatSpellings(withDroppedLetters(withoutRejectedClause(withoutDismissedClause(withoutRejectedValue(withMusingAsked(withoutHesitations(original), wordNet)), document, wordNet), wordNet), document, wordNet))), wordNet)), document, wordNet, references ? [...references.names, ...references.words] : []), document, state, wordNet);
  const profiles = () => context.profiles.values();
  // "TURN IT DOWN" is read in lower case (shouted-request.ts); "un-pause", "un pause" are "unpause" (hyphened-prefix.ts), "switchon" is "switch on" (run-together-particle.ts); "as dim as it goes" is "dimmer all the way" (equative-extreme.ts); "that's enough hoovering" is "stop hoovering" (had-enough.ts), and so is "call off the hoovering" (given-up-activity.ts).
  // "hold on, pause the music": an opener set off by a comma is no part of the command, nor is a statement of why beside it ("you're nearly out of battery, go and plug yourself in": stated-context.ts).
  // "put the telly on standby": into the state its notes say a function goes into (described-goal.ts).
  // "could the light be purple?": a question that wishes for a value a setter takes is that command (wished-value.ts).
  // A statement beside the command is read off only after a stated excess or lack in it has become its remedy (stated-excess.ts, stated-lack.ts);
  // "there's no light in the yard": what the device gives, said absent, sets it going (stated-absence.ts);
  // "make the dishwasher run the eco cycle" is read from what it is made to do (causative.ts).
  // "it's freezing in here" to a thermostat that is off: the mode its document offers for the remedy (remedy-option.ts).
  const withContext = withStatedAbsence(withStatedLack(withStatedExcess(withRemedyOption(withDescribedGoal(withWishedValue(spelledAsMeant(withoutCausative(withoutDiscourseOpener(withoutShouting(withJoinedPrefix(withParticleApart(withEquativeExtreme(withGivenUpActivity(withHadEnough(asked), document, wordNet), wordNet), wordNet, wordNet && documentWords(document, wordNet)), wordNet))), references), document, wordNet, references ? [...references.names, ...references.words] : []), document), document.functions), document, state, wordNet), wordNet, document, state), wordNet, context.takesItems), document, references, wordNet);
  const request = context.keepsStatedContext ? withContext : withoutStatedContext(withContext, wordNet);
  // "stick jam on the shopping": the list's own alias in a place phrase said by the list noun, where the item ends (own-list-name.ts).
  // "I've picked up the bread": a deed on a listed entry said done is that entry ticked off (done-report.ts).
  // "get the milk off the list": off it by a verb that says nothing of ticking is removed (taken-off.ts).
  const listed = withDoneReport(withTakenOff(withOwnListNamed(request, references, context.takesItems), document, wordNet, context.takesItems), state, context.takesItems, reading, wordNet);
  // "stop the sprinklers now": said-at-once.ts; "can you turn the light on?" is "turn the light on" (polite-ask.ts);
  // "turn on the sweep": the feature one switch names (feature-word.ts).
  // "blinds 80": a thing and a number, no verb, is the level wanted (bare-level.ts); "get the fan going" is "start the fan" (split-idiom.ts);
  // "pull the plug on the heater" is "stop the heater" (idiom-on-object.ts).
  // "put the volume on 12", "put the show on pause": "on" before a level or an action's own word (on-goal.ts).
  // "kill the sound", "the sound back": the thing a flag silences, said off or back, is the flag set (silenced-thing.ts).
  const commanded = withNamedActionOn(withLevelOn(withBareLevel(withFeatureNamed(withoutAtOnce(withSplitIdiom(withIdiomOnObject(withoutPoliteAsk(listed, reading), wordNet), wordNet, document), document), document, wordNet), document, reading, wordNet), document, reading), document, wordNet);
  const said =
    reading(listed).mood !== 'question'
      ? withMeantVerb(withStateParticle(withStateParticiple(withLetThrough(withoutPlainParticle(withPhrasalValue(withPurposeVerb(withGivenNoun(withElectricFilling(withPurposeAfterGoing(withSilencedThing(commanded, document, state, wordNet), document, wordNet), wordNet), wordNet), document, references, profiles(), wordNet), document.functions, wordNet), profiles(), wordNet), document), document, profiles()), document, profiles(), wordNet), profiles(), wordNet)
      : listed;
  const stripped = references ? withoutSelfReferences(said, references, wordNet && ((verb, particle) => wordNet.isVerb(`${verb}_${particle}`))) : said;
  const text = stripped !== said && reading(stripped).mood !== 'question' ? withMeantVerb(stripped, profiles(), wordNet) : stripped;
  return { request, said, text, statedContextDropped: request !== withContext };
}

import type { DeviceStateValues } from '@meshmind/protocol';
import { splitIdentifier, stem, words, type Lexicon, type RequestReader } from '@meshmind/language';
import type { NormalisedFunction } from '../api-document';
import type { MapResult } from './api-mapper-options';
import { answerTypeUnmet, asksToKnow } from './mood';
import { asksIndirectly, embeddedQuestion } from './indirect-question';
import { declarativeQuestion } from './declarative-question';
import { unitNotHeld } from './unit-not-held';
import { unitUnnamed } from './unit-unnamed';
import { lengthNotSpeed } from './length-not-speed';
import { sidewaysTurn } from './sideways-turn';
import { handedOn } from './handed-on';
import { settingNotReported } from './setting-not-reported';
import { activityNotCalled } from './stopped-activity';
import { endedActivity } from './ended-activity';
import { glossedWords, readThroughGlosses } from './glossed-words';
import { absentQuantity } from './absent-quantity';
import { foreignSetting } from './foreign-setting';
import { optionFromObject } from './option-from-object';
import { foreignOption } from './foreign-option';
import { spanNotHeld } from './span-not-held';
import { unheldMode } from './unheld-mode';
import { timeNotHeld } from './time-not-held';
import { partialDeed } from './partial-deed';
import { unmeasuredSpan } from './unmeasured-span';
import { everyItem } from './every-item';
import { attachedThing } from './attached-thing';
import { foreignObject } from './foreign-object';
import { goesAbout, otherMachine, otherMachineAsked, otherThing, otherThingAsked } from './other-machine';
import { anotherOfKind } from './another-of-kind';
import { possessedByOther } from './possessed-by-other';
import { deedForAnother } from './deed-for-another';
import { othersIntent } from './others-intent';
import { notReadNow } from './reading-now';
import { switchedQuery } from './switched-query';
import { unreadState } from './unread-state';
import { unreadSetting } from './unread-setting';
import { presenceNotRead } from './presence-asked';
import { predicateUnmet } from './predicate-unmet';
import { namedReadingUnmet } from './named-reading';
import { rememberedPlace } from './remembered-place';
import { timePastPlace } from './time-past-place';
import { restrictedPlace } from './restricted-place';
import { undoneDeed } from './undone-deed';
import { freedDeed } from './freed-deed';
import { stateAskedOfAction } from './state-asked';
import { timeAsked } from './time-asked';
import { turnedSelf } from './turned-self';
import { aimlessMotion } from './aimless-motion';
import { otherWhereabouts } from './other-whereabouts';
import { numberedOtherThing } from './numbered-other-thing';
import { countedDeed } from './counted-deed';
import { eitherNumber } from './either-number';
import { landmarkNumber } from './landmark-number';
import { otherPlace } from './other-place';
import { leftPlace } from './left-place';
import { deedNotReport } from './deed-not-report';
import { declinedCall, readingNotAsked } from './cannot-do';
import { unnamedThingAsked } from './unnamed-thing-asked';
import { otherFunctionNoun } from './other-function-noun';
import { ownOneAsked } from './own-one-asked';
import type { ScopeReading, ScopeVerdict } from './scope';
import { unheldUndoing } from './unheld-undoing';
import { otherVerbCall } from './other-verb-call';
import { addresseeStateUnmet } from './addressee-state';
import { pastDeedSaid } from './past-deed-said';
import { earlierAsked } from './earlier-asked';
import { itemPredicateUnmet } from './item-predicate';
import { thankedFor } from './thanked-for';
import { hypotheticalAsked } from './hypothetical-asked';
import { objectOnlyCall } from './object-only-call';
import { complainedValue, endedWish } from './ended-wish';
import { unreportedAttribute } from './unreported-attribute';
import { untakenNumber } from './untaken-number';
import { placeAsObject } from './place-as-object';
import { carriedThing } from './carried-thing';
import { equipmentAsked } from './equipment-asked';

/** A command that forbids its deed is declined before any call is chosen (mapper/forbidden-deed.ts). */
export { forbiddenDeed } from './forbidden-deed';
/** A command to leave the device as it is asks for no change (mapper/left-as-is.ts). */
export { leftAsItIs } from './left-as-is';
/** A request that asks for no deed (forbidden, left as is, the speaker's own, the device only named) is declined (mapper/unasked-deed.ts). */
export { unaskedDeed } from './unasked-deed';
/** A setter asked for an end that a function of its own does is that function (mapper/dedicated-end.ts). */
export { dedicatedEnd } from './dedicated-end';
// "sing me a song and take a photo": a step the device cannot do alone makes the request one it cannot do (lone-steps.ts).
export { stepDeclinedAlone } from './lone-steps';
// "emit a wifi network called Lumen, password lumen321": a password read off a rewrite's "pass off" is read again from the words as said (said-values.ts).
export { withSaidValues } from './said-values';
// "do a stock check of shelf 17": no absence said, so not the vacancy check (unsaid-absence.ts).
export { unsaidAbsence } from './unsaid-absence';

/** The words a request names the device itself by: its kind nouns, names and self noun. */
function ownNouns(context: CallDeclineContext): Set<string> {
  return new Set([...context.deviceNouns, ...context.names.flatMap((name) => name.toLowerCase().split(/\s+/)), ...(context.selfNoun ? [context.selfNoun] : [])]);
}

/** What the readers below need of the mapper and of the request. */
export interface CallDeclineContext {
  /** The request as said, and as read for the call (references resolved). */
  said: string;
  request: string;
  scope: ScopeVerdict;
  state: DeviceStateValues;
  byName: ReadonlyMap<string, NormalisedFunction>;
  functions: readonly NormalisedFunction[];
  lexicon: Lexicon | undefined;
  reading: RequestReader;
  selfNoun: string | undefined;
  deviceNouns: ReadonlySet<string>;
  /** The document's nouns whole ("garage door", "roller door"): which words the device is called by alone (foreign-object.ts). */
  nounPhrases?: readonly string[];
  /** The device's own names, read out of the request as references. */
  names: readonly string[];
  /** The places and kind nouns the request addressed the device by (self-references.ts's words). */
  places?: readonly string[];
  language: string;
  stateSaysWhat: boolean;
  /** Each function's kind, declared or read from its name (function-kind.ts). */
  kinds?: ReadonlyMap<string, 'action' | 'query'>;
  /** The request read against the document's words, as a question (mapper/scope.ts): which function explains which word. */
  readScope?: (text: string) => ScopeReading;
  /** One function's English words as the scope reads them, glossed where its notes are in another language (mapper/glossed-words.ts). */
  functionWords?: (name: string) => readonly string[];
  /** The names of the document's state fields: a quantity the state holds is reported with it; a state no query reads (unread-state.ts). */
  stateFields?: readonly string[];
  /** Whether the scope thresholds judge a command's verb (scope.ts's action threshold): where they leave it out, no verb is declined as another deed. */
  actionJudged?: boolean;
}

/** Which functions explain a content word of a question as scope.ts read it. */
function explainedBy(asked: ScopeReading): (word: string) => ReadonlySet<string> | undefined {
  return (word) => {
    const at = asked.content.indexOf(word);
    if (at < 0 || !asked.explained) return undefined;
    return new Set([...asked.explained].filter(([, positions]) => positions.has(at)).map(([name]) => name));
  };
}

/** The stems of the words the request may address the device by: its nouns, names and places. */
function ownStems(context: CallDeclineContext): ReadonlySet<string> {
  return new Set([...context.deviceNouns, ...context.names, ...(context.places ?? [])].flatMap((phrase) => words(phrase.toLowerCase())).map(stem));
}

/**
 * Why a call the ranking chose is still not made: `reason`, a sentence said as it is (a time it
 * cannot keep, a past or future it cannot read), or `unmet`, the words of the request that no
 * function meets (said with what the device can do instead). The first reader that declines wins;
 * undefined when none does. Each reader is a module of its own; their order is the mapper's.
 */
export function declineOfCall(result: MapResult, context: CallDeclineContext): { reason: string } | { unmet: string } | undefined {
  const { said, request, scope, state, byName, lexicon, reading } = context;
  const kindOf = (name: string) => context.kinds?.get(name) ?? byName.get(name)?.kind;
  // setting-not-reported.ts judges only a question read against the document's words: not read at all for a command.
  const asked = result.kind === 'call' && reading(said).mood === 'question' ? context.readScope?.(said) : undefined;
  const question = reading(embeddedQuestion(reading(said).words, lexicon?.wordNet)?.join(' ').concat('?') ?? declarativeQuestion(said) ?? said); // "do you know who locked it?" asks "who locked it?" (indirect-question.ts), "you're charged, aren't you?" "are you charged?" (declarative-question.ts)
  // "close the valve at midnight": it acts now and once (time-not-held.ts). Read in the request as well:
  // a verb read as the device's purpose takes its object with it ("water the garden every morning at 6" -> "open at 6").
  const untimed = timeNotHeld(result, said, byName, context.selfNoun) ?? (request === said ? undefined : timeNotHeld(result, request, byName, context.selfNoun));
  if (untimed) return { reason: untimed };
  // "open the valve a little": a deed to an end, asked for only part of the way (partial-deed.ts).
  const wishedOther = endedWish(result, said, byName, lexicon?.wordNet, context.selfNoun) ?? complainedValue(result, said, byName, lexicon?.wordNet, context.selfNoun); // "fire up the heating", "it's a tad cold": not the call that does the opposite (ended-wish.ts)
  if (wishedOther) return { reason: wishedOther };
  const partial = partialDeed(result, reading(said), byName, context.functions, context.selfNoun, lexicon?.wordNet);
  if (partial) return { reason: partial };
  const span = unmeasuredSpan(result, said, byName, lexicon?.wordNet, context.selfNoun); if (span) return { reason: span }; // "water the garden for a bit": how long, not without end (unmeasured-span.ts)
  // "clean only the bedroom": a deed kept to one place the call cannot keep to (restricted-place.ts); "go back to where you were": a place by memory (remembered-place.ts), "your earlier location" by an adjective of time past (time-past-place.ts).
  const restrictedIn = (text: string) => restrictedPlace(result, reading(text), byName, new Set([...context.deviceNouns, ...context.names.flatMap((name) => name.toLowerCase().split(/\s+/))]), context.selfNoun, lexicon?.wordNet);
  const restricted = restrictedIn(said) ?? (request === said ? undefined : restrictedIn(request)) ?? rememberedPlace(result, reading(said), context.selfNoun, lexicon?.wordNet, context.readScope && explainedBy(context.readScope(said))) ?? timePastPlace(result, reading(said), state, context.functions, context.selfNoun, lexicon?.wordNet, context.readScope && explainedBy(context.readScope(said))); // as said too: "hoover the kitchen only" is read "start", its object left out (purpose-verb.ts)
  if (restricted) return { reason: restricted };
  // "open the window" to a door lock: a sensitive deed on a thing the device is not (foreign-object.ts).
  // Both as said and as read: "let the dog walker in" names a person to let in, read as "open the door"; "let me in the house" is "open the house" only once read.
  const foreignTo = (text: string) => foreignObject(result, reading(text), byName, context.functions, context.deviceNouns, [...context.names, ...(context.places ?? [])], context.selfNoun, lexicon?.wordNet, context.nounPhrases);
  const foreign = foreignTo(said) && foreignTo(request);
  if (foreign) return { reason: foreign };
  // "open the window" to blinds, a "window covering": a deed on the made thing the device is fitted to (attached-thing.ts).
  const attached = attachedThing(result, reading(said), context.functions, context.nounPhrases ?? [], [...context.names, ...(context.places ?? [])], context.stateFields ?? [], context.selfNoun, lexicon?.wordNet);
  if (attached) return { reason: attached };
  // "stop the lorry!", "charge the pallet truck" to a robot: a deed on another machine, which the device is not (other-machine.ts).
  const otherOne = otherMachine(result, reading(said), context.readScope?.(said), kindOf, context.selfNoun, lexicon?.wordNet) ?? otherMachineAsked(result, reading(said), context.readScope?.(said), kindOf, context.selfNoun, lexicon?.wordNet) ?? [otherThing, otherThingAsked].reduce<string | undefined>((found, read) => found ?? read(result, reading(said), context.readScope?.(said), kindOf, ownNouns(context), () => goesAbout(context.functions, context.language, context.functionWords, lexicon!.wordNet!), context.selfNoun, lexicon?.wordNet, () => context.functions.flatMap((fn) => context.functionWords?.(fn.name) ?? [])), undefined); // "is the forklift charged?", "stop the scissor lift"; "the cam" is the camera (other-machine.ts clipped)
  if (otherOne) return { reason: otherOne };
  const placeDoneTo = placeAsObject(result, reading(said), context.selfNoun, lexicon?.wordNet, (name, word) => { const read = context.readScope?.(said); const at = read?.content.indexOf(word) ?? -1; return at >= 0 && (read?.explained?.get(name)?.has(at) ?? false); }, () => goesAbout(context.functions, context.language, context.functionWords, lexicon!.wordNet!)); if (placeDoneTo) return { reason: placeDoneTo }; // "load shelf 3", "vacuum aisle 5" (place-as-object.ts)
  const carried = carriedThing(result, reading(said), byName, () => goesAbout(context.functions, context.language, context.functionWords, lexicon!.wordNet!), context.selfNoun, lexicon?.wordNet); if (carried) return { reason: carried }; // "put it on shelf 2", "take this to the dock": a thing to carry (carried-thing.ts)
  const meetsDocument = (word: string) => { const read = context.readScope?.(said); const at = read?.content.indexOf(word) ?? -1; return at >= 0 && read!.meetings[at]! >= 0.75; };
  const otherOfKind = anotherOfKind(result, reading(said), new Set([...context.deviceNouns, ...(context.selfNoun ? [context.selfNoun] : [])]), [...context.names, ...(context.places ?? [])], context.selfNoun, lexicon?.wordNet, meetsDocument, () => lexicon?.wordNet !== undefined && goesAbout(context.functions, context.language, context.functionWords, lexicon.wordNet)); // "stop robot 2!", "where is the other robot?" (another-of-kind.ts)
  if (otherOfKind) return { reason: otherOfKind };
  const othersThing = possessedByOther(result, reading(said), context.readScope?.(said), ownNouns(context), context.selfNoun, lexicon?.wordNet); // "check the drone's battery" (possessed-by-other.ts)
  if (othersThing) return { reason: othersThing };
  const forAnother = deedForAnother(result, reading(said), context.readScope?.(said), ownNouns(context), context.selfNoun, lexicon?.wordNet); // "have the drone scan shelf 4", "tell Sam where you are" (deed-for-another.ts)
  if (forAnother) return { reason: forAnother };
  const othersOwn = othersIntent(result, said, (word) => ownNouns(context).has(word), meetsDocument, () => goesAbout(context.functions, context.language, context.functionWords, lexicon!.wordNet!), context.selfNoun, lexicon?.wordNet); // "my workmate needs to get to shelf 5", "Dave will check shelf 3" (others-intent.ts)
  if (othersOwn) return { reason: othersOwn };
  // "delete everything": a quantifier for the whole list, given to a call that takes one item (every-item.ts).
  const every = everyItem(result, byName, context.deviceNouns, context.selfNoun);
  if (every) return { reason: every };
  // "untick the milk", "mark it as not done": undoing a deed no function undoes (unheld-undoing.ts).
  const undoing = unheldUndoing(result, reading(said), context.functions, context.selfNoun, lexicon?.wordNet);
  if (undoing) return { reason: undoing };
  // "how fast are you going?": a quantity only an action sets, which no query reports (setting-not-reported.ts).
  const unreported = asked && settingNotReported(result, reading(said), asked, kindOf, context.functions, (context.stateFields ?? []).flatMap((field) => splitIdentifier(field)), lexicon?.wordNet);
  if (unreported) return { reason: `the ${context.selfNoun ?? 'device'} can be set as "${unreported}" asks, but none of its functions reports it` };
  const made = equipmentAsked(result, reading(said), kindOf, (name, word) => { const read = context.readScope?.(said); const at = read?.content.indexOf(word) ?? -1; return at >= 0 && (read?.explained?.get(name)?.has(at) ?? false); }, context.selfNoun); // "do you have a barcode reader?", "what can you do?": the device's make (equipment-asked.ts)
  if (made) return { reason: made };
  // "are you docked?": a state asked of a device whose fitting call is the deed that makes it (state-asked.ts).
  const stateAsked = stateAskedOfAction(result, question, kindOf, context.selfNoun, (name) => byName.get(name)?.returns);
  if (stateAsked) return { reason: stateAsked };
  // "are you busy?": a state of the device's own that none of the called query's words meets (addressee-state.ts).
  const ownState = addresseeStateUnmet(result, question, context.readScope?.(said), byName, (name) => kindOf(name), context.selfNoun, lexicon?.wordNet);
  if (ownState) return { reason: ownState };
  // "did you take the photo?", "you went to shelf 4 already?": what was done, which no deed now answers (past-deed-said.ts).
  const pastDeed = pastDeedSaid(result, reading(said), (name) => kindOf(name), context.selfNoun, lexicon?.wordNet);
  if (pastDeed) return { reason: pastDeed };
  const earlier = earlierAsked(result, reading(said), byName, kindOf, context.selfNoun); // "was shelf 7 scanned last night?" to a vendor's reading of now (earlier-asked.ts)
  if (earlier) return { reason: earlier };
  const itemState = itemPredicateUnmet(result, reading(said), byName, kindOf, glossedWords(context.language, context.functionWords), context.selfNoun, lexicon?.wordNet); // "is the box on shelf 7 damaged?" to a scan of what is there (item-predicate.ts)
  if (itemState) return { reason: itemState };
  const thanks = thankedFor(result, said, context.selfNoun, lexicon?.wordNet); // "another fuzzy picture, cheers for that" (thanked-for.ts)
  if (thanks) return { reason: thanks };
  const supposed = hypotheticalAsked(result, reading(said), (name) => kindOf(name), context.selfNoun); // "what would happen if you went to shelf 9?": a supposed case, not the deed (hypothetical-asked.ts)
  if (supposed) return { reason: supposed };
  // "how long until you're charged?": a time asked of calls that tell none (time-asked.ts).
  // "which wifi are you connected to?": the device's own one thing, which a list of what is around does not tell (own-one-asked.ts).
  const ownOne = ownOneAsked(result, reading(said), byName, ownNouns(context), lexicon?.wordNet, context.selfNoun, asked && explainedBy(asked));
  if (ownOne) return { reason: ownOne };
  const timeQuestion = timeAsked(result, question, byName, context.selfNoun); // "why is the fan on?": a reason too
  if (timeQuestion) return { reason: timeQuestion };
  // "come here", "go to the forklift": travelling to no place a parameterless call goes to (aimless-motion.ts).
  const aimless = aimlessMotion(result, reading(said), byName, context.readScope?.(said), context.selfNoun, lexicon?.wordNet);
  if (aimless) return { reason: aimless };
  // "where is the forklift?", "where were you an hour ago?": a place the query does not tell (other-whereabouts.ts).
  const whereabouts = otherWhereabouts(result, reading(said), byName, ownNouns(context), context.selfNoun, lexicon?.wordNet);
  if (whereabouts) return { reason: whereabouts };
  // "patrol aisle 2", "send robot 6 to shelf 3": a number said as a thing's name, not as the call's value (numbered-other-thing.ts).
  // Read before "aisle 2" is read as a bare level ("set patrol aisle to 2", bare-level.ts), which the request is.
  // Things the document does not meet only where it speaks English: a German "Fach" may meet no English "compartment" (note-numerals.test.ts).
  const numbered = numberedOtherThing(result, reading(request), context.readScope?.(request), ownNouns(context), context.selfNoun, lexicon?.wordNet, context.language === 'en', byName);
  if (numbered) return { reason: numbered };
  const counted = countedDeed(result, reading(request), context.readScope?.(request), context.selfNoun); // "take 4 photos": a count of what a call makes one of (counted-deed.ts)
  if (counted) return { reason: counted };
  const either = eitherNumber(result, reading(said), context.selfNoun); // "shelf 4 or 5": two numbers offered, one taken (either-number.ts)
  if (either) return { reason: either };
  const landmark = landmarkNumber(result, reading(said), context.selfNoun); // "the shelf next to shelf 5": a number said as a landmark (landmark-number.ts)
  if (landmark) return { reason: landmark };
  const untaken = untakenNumber(result, reading(said), context.functions, byName, context.selfNoun, lexicon?.wordNet); if (untaken) return { reason: untaken }; // "down two" read as turn_off: a value said that the call drops (untaken-number.ts)
  // "what was the temperature yesterday": it reads now (reading-now.ts).
  const when = notReadNow(result, reading(said), byName, context.functions, context.names);
  if (when) return { reason: `the ${context.selfNoun ?? 'device'} can only tell what it reads now, not "${when}"` };
  // An action the document does not name needs a clear fit, whichever reading made the call (unmet-action.ts);
  // "mute the light" is no reading either (declared kinds only, cannot-do.ts); nor "for 30 min" where no parameter
  // holds minutes (unit-not-held.ts), nor a stopped activity (stopped-activity.ts), nor a quantity it has no word
  // for (absent-quantity.ts), nor a setting it does not hold (foreign-setting.ts), nor "how much" or "who" to a
  // yes/no or a state (answer-type-unmet.ts).
  const tellsOnly = (name: string) => byName.get(name)?.kind === 'query' && !asksToKnow(said, lexicon) && !asksIndirectly(reading(said).words, lexicon?.wordNet);
  const unmet =
    declinedCall(result, scope, tellsOnly, readThroughGlosses(context.language)) ?? // on a glossed document, no lead in meaning vouches for a call no word explains (glossed-words.ts)
    otherVerbCall(result, reading(said).mood !== 'question', said, context.readScope?.(said)) ?? // "Zoom the camera in": a verb of another function, the call chosen by its object alone (other-verb-call.ts)
    (context.actionJudged === false ? undefined : objectOnlyCall(result, reading(said), said, context.readScope?.(said), byName, kindOf, lexicon?.wordNet)) ?? // "print a map of the floor" (not where the scope thresholds leave the action unjudged): another deed on the thing the call makes (object-only-call.ts)
    readingNotAsked(result, reading(request), request, byName, lexicon) ??
    unitNotHeld(result, reading(said), byName, lexicon?.wordNet) ??
    (request === said ? undefined : unitNotHeld(result, reading(request), byName, lexicon?.wordNet)) ?? // as said too: "go back 10 seconds" is read "previous track", which drops the span's direction
    spanNotHeld(result, reading(said), byName) ?? (request === said ? undefined : spanNotHeld(result, reading(request), byName, true)) ?? // "boost the heating for an hour", "go back a minute" (as said): a span no parameter keeps (span-not-held.ts)
    unitUnnamed(result, reading(said), byName, lexicon?.wordNet) ?? // "zoom 3x", "the 2.4 GHz band": a unit the reader does not parse and no parameter names (unit-unnamed.ts)
    lengthNotSpeed(result, reading(said), byName) ?? // "reverse two metres": a distance, which a speed in m/s cannot hold (length-not-speed.ts)
    sidewaysTurn(result, reading(said), byName) ?? // "rotate 90 degrees to the right": a side no angle of the call turns to (sideways-turn.ts)
    turnedSelf(result, reading(said), byName, ownNouns(context), lexicon?.wordNet) ?? // "turn right 90 degrees": the device turning itself, which no call does (turned-self.ts)
    handedOn(result, reading(said), byName, ownNouns(context), lexicon?.wordNet) ?? // "email me the picture": a thing handed on, which the call only makes (handed-on.ts)
    activityNotCalled(result, reading(said), context.functions, lexicon) ??
    endedActivity(result, reading(said), context.functions, lexicon, ownNouns(context), glossedWords(context.language, context.functionWords)) ?? // "stop sharing your wifi": the end of an activity no call makes (ended-activity.ts)
    absentQuantity(result, reading(said), scope, state, lexicon?.wordNet) ??
    unnamedThingAsked(result, reading(said), scope, state, byName, kindOf, lexicon?.wordNet) ?? // "what's your IP address?": a thing no word of the document names (unnamed-thing-asked.ts)
    foreignSetting(result, reading(said), scope, lexicon?.wordNet) ??
    optionFromObject(result, reading(said), byName) ?? // "set the fan to high": not the object's option (option-from-object.ts)
    foreignOption(result, reading(said), scope, lexicon?.wordNet) ?? // "set the fan to sleep mode": an option no word of the document names (foreign-option.ts)
    unheldMode(result, reading(said), context.functions, scope) ?? // "turn on eco mode": a mode no option holds, named by the parameter (unheld-mode.ts)
    undoneDeed(result, [reading(request), reading(said)], byName, lexicon?.wordNet) ?? // "erase your map": undoing what the call makes, its verb as said or as read (undone-deed.ts)
    freedDeed(result, [reading(request), reading(said)], byName, kindOf, lexicon?.wordNet, context.names) ?? // "reset the e-stop": letting go of what the call's deed does (freed-deed.ts)
    leftPlace(result, reading(said), byName, lexicon?.wordNet) ?? // "get off the charger": leaving a place, which no function does (left-place.ts)
    otherPlace(result, reading(request), context.readScope?.(request), lexicon?.wordNet) ?? // "go to the loading dock": another kind of the call's place, typing slips mended (other-place.ts)
    switchedQuery(result, reading(said), kindOf, lexicon?.wordNet) ?? // "turn off your hotspot": a change, which no query makes (switched-query.ts)
    deedNotReport(result, reading(said), context.functions, kindOf, lexicon?.wordNet, glossedWords(context.language, context.functionWords)) ?? // "go and charge it": a deed an action names, not its report (deed-not-report.ts)
    answerTypeUnmet(result, question, byName, state, context.deviceNouns, context.names, lexicon?.wordNet, { language: context.language, stateSaysWhat: context.stateSaysWhat }) ??
    unreportedAttribute(result, reading(said), reading(said).mood === 'question' || asksToKnow(said, lexicon), byName, kindOf, glossedWords(context.language, context.functionWords), lexicon?.wordNet); // "how heavy is the crate on shelf 9?" to a scan that lists names (unreported-attribute.ts)
  // "is the fan oscillating?": a state the device keeps that none of its readings tells (unread-state.ts).
  // Only where the document speaks English: a vendor's query in another language names the state's (English) field in words this cannot compare.
  const unread =
    unmet === undefined && context.language === 'en'
      ? (unreadState(result, reading(said), byName, context.functions, context.stateFields ?? [], context.selfNoun) ??
        unreadSetting(result, reading(said), asked, context.functions, context.stateFields ?? [], context.selfNoun, lexicon?.wordNet) ?? // "is the fan sweeping?": an action's state no reading reports (unread-setting.ts)
        presenceNotRead(result, reading(said), said, byName, context.deviceNouns, state, context.selfNoun, lexicon?.wordNet) ?? // "is anybody at the door?" to a door contact (presence-asked.ts)
        predicateUnmet(result, reading(said), byName, context.nounPhrases ?? context.deviceNouns, context.stateSaysWhat, context.selfNoun, lexicon?.wordNet) ?? // "is the landing dark?" to a motion sensor (predicate-unmet.ts)
        namedReadingUnmet(result, reading(said), context.functions, byName, [...context.deviceNouns, ...context.names, ...(context.places ?? [])], state, lexicon?.wordNet)) // "what's the particulate level?" to a sensor's class query (named-reading.ts)
      : undefined;
  if (unread) return { reason: unread };
  // "channel up" to a TV: the channel is what next_track is about, not volume_up (other-function-noun.ts).
  // Only an English document: a vendor's words in another language meet no English noun of the request.
  const elsewhere = unmet === undefined && !unread && context.language === 'en' ? otherFunctionNoun(result, reading(said), byName, context.functions, ownStems(context), lexicon?.wordNet) : undefined;
  if (elsewhere) return { reason: elsewhere };
  return unmet === undefined ? undefined : { unmet };
}

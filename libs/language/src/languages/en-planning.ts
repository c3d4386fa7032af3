/**
 * English: the words the coordinator plans with (questions, conditions, closed loops, schedules,
 * confirmations), as data. Where en.ts already has a class its lists are composed from it, so no
 * word list is written twice. The code that reads these lists (apps/coordinator/src) knows no English.
 */
import { en } from './en';
import type { PlanningLanguageData } from './planning-language';

const PRESENT_COPULAS = ['is', 'are'];
const PAST_COPULAS = ['was', 'were'];
/** Conditions that may stand before the request or after it ("turn on the fan if it is humid"). */
const CONDITION_ANYWHERE = ['if', 'in case', 'provided that', 'only if'];
/** "when"-conditions stand before the request: after it, "when" asks a question of time. */
const CONDITION_LEADING_ONLY = ['when', 'whenever'];
/** Scales a temperature unit may name after it ("degrees celsius"). */
const TEMPERATURE_SCALES = ['celsius', 'centigrade', 'fahrenheit'];
/** Quantifiers that take every one of a kind ("each shelf"); "both" is not among them, a site has more. */
const EVERY_ONE = ['all', 'every', 'each'];

export const enPlanning = {
  code: en.code,
  copulas: { present: PRESENT_COPULAS, past: PAST_COPULAS },
  partitives: ['of'],
  definiteArticles: ['the'],
  placeWords: ['in', 'on', 'at', 'inside', 'outside', 'outdoors', 'upstairs', 'downstairs'],
  courtesyFrames: { askers: ['would you', 'could you', 'can you', 'will you', 'do you', 'please'], minding: ['mind'], linking: ['be'], infinitiveLinks: ['as', 'enough'], infinitive: 'to' },
  questions: {
    openers: [...PRESENT_COPULAS, ...PAST_COPULAS, 'does', 'do', 'did', 'has', 'have', 'what', "what's", 'whats', 'which', 'how', 'tell', 'show', 'list', 'check', 'any'],
    commandWithParticle: { check: ['off'] } as Readonly<Record<string, readonly string[]>>,
    whichAskers: en.answerKinds.thingAskers,
    countOpeners: ['how many'],
    yesNoOpeners: [...PRESENT_COPULAS, ...PAST_COPULAS, 'does', 'do', 'has'],
    any: { existential: ['there'], quantifiers: ['any', 'anything'], inner: ['any'], closingStates: ['on', 'open', 'unlocked', 'locked', 'off', 'closed'] },
    all: { quantifiers: ['all', 'every', 'everything'] },
    presence: { words: ['anyone', 'anybody', 'someone', 'somebody'], state: 'detected' },
    prepositionalStates: ['on', 'off'],
    prepositionsBeforeDeterminer: ['on', 'off', 'in'],
    quantityAskers: ['how'],
  },
  remedies: {
    switchOn: 'turn on the {device}',
    open: 'open the {device}',
    turnUp: 'turn up the {device}',
    switchOff: 'turn off the {device}',
    close: 'close the {device}',
    turnDown: 'turn down the {device}',
  },
  readings: {
    trueWords: ['on', 'yes', 'true'],
    falseWords: ['off', 'no', 'false'],
    stateForms: { close: 'closed' } as Readonly<Record<string, string>>,
    queryWords: ['is', 'get'],
  },
  conditions: {
    anywhere: CONDITION_ANYWHERE,
    leadingOnly: CONDITION_LEADING_ONLY,
    beforeComparison: ['if', ...CONDITION_LEADING_ONLY],
    thenWords: ['then'],
    elliptical: { affirming: ['so', 'yes'], negating: ['not', 'no'] },
  },
  delays: { beforeAmount: ['a', 'an'], afterAmount: ['of', 'a', 'an'] },
  comparisons: {
    negations: ['no', 'not'],
    atLeast: ['at least'],
    atMost: ['at most'],
    than: ['than'],
    subjectLinks: ['is', 'are', 'was', 'has', 'have', 'gets', 'reads', "it's", 'it is'],
  },
  closedLoops: {
    until: ['until'],
    atMost: ['at most', 'no more than', 'not above', 'under', 'below', 'less than', 'within'],
    atLeast: ['at least', 'no less than', 'above', 'more than', 'over'],
    stepDown: ['lower', 'reduce', 'decrease', 'shrink'],
    stepUp: ['raise', 'increase', 'grow'],
    stepwise: ['step by step'],
    subjectDeterminers: ['the', 'its', 'their'],
    // "the twins' room": a plural's possessive is its apostrophe alone.
    possessiveEndings: ["'s", "'"],
  },
  resources: {
    quantifiers: EVERY_ONE,
    numberWords: ['number'],
    numberAbbreviations: ['no.', 'no'],
    rangeWords: ['to', 'through', 'until'],
    listWords: ['and'],
  },
  schedules: {
    cancelVerbs: ['cancel', 'call off', 'abort', 'unschedule', 'delete', 'remove', 'forget'],
    nouns: ['timer', 'timers', 'schedule', 'schedules', 'scheduled', 'delayed', 'countdown', 'countdowns', 'reminder', 'reminders'],
    everything: [...EVERY_ONE, 'everything'],
  },
  confirmation: {
    yes: ['yes', 'yeah', 'yep', 'yup', 'sure', 'ok', 'okay', 'go ahead', 'do it', 'please do', 'confirm', 'confirmed', 'affirmative', 'of course', 'y'],
    no: ['no', 'nope', 'nah', "don't", 'dont', 'do not', 'cancel', 'stop', 'never mind', 'nevermind', 'leave it', 'n'],
  },
  units: {
    comparison: {
      words: ['%', '°', 'percent', 'per cent', 'degree', 'degrees', 'litre', 'litres', 'liter', 'liters', 'kwh', 'watt', 'watts', 'ppm', 'lux', 'minute', 'minutes', 'hour', 'hours'],
      abbreviations: ['l', 'w'],
      qualifiers: { '°': ['c', 'f'], degree: TEMPERATURE_SCALES, degrees: TEMPERATURE_SCALES } as Readonly<Record<string, readonly string[]>>,
    },
    closedLoop: { words: ['%', 'percent', 'second', 'seconds', 'mbit/s', 'mbps'], abbreviations: ['s', 'ms'] },
    symbols: { percent: '%', second: 's', seconds: 's' } as Readonly<Record<string, string>>,
  },
  answers: {
    reading: {
      ofSubject: 'What is the {quantity} of the {subject}?',
      named: 'What is the {subject}?',
      subjectOpeners: ['the', "it's", 'it is', 'it'],
      quantityOfUnit: { '°': 'temperature', degree: 'temperature' } as Readonly<Record<string, string>>,
      otherQuantity: 'current value',
    },
    askedOfOne: {
      singularCopulas: { are: 'Is', were: 'Was' } as Readonly<Record<string, string>>,
      auxiliary: 'Does',
      auxiliaryVerbs: ['do'],
      question: '{opener} {clause}?',
    },
    question: {
      verdict: '{verdict}. {message}',
      yes: 'Yes',
      no: 'No',
      yesThese: 'Yes: {devices}.',
      noneIs: 'No, none is {expected}.',
      allAre: 'Yes, all {count} are {expected}.',
      notAll: 'No: {devices} {copula} not {expected}.',
      copulas: { one: 'is', many: 'are' },
      these: '{devices}.',
      whichNone: 'None is {expected}.',
      howMany: '{count}.',
      howManyThese: '{count} ({devices}).',
      unsure: 'I could not tell from: {messages}',
      failures: '({messages})',
      unsureOfWord: 'I could not tell whether that means {word}: ',
      notEverything: 'But not everything worked: {messages}',
      unresolved: 'I could not tell which device you meant by {clauses}.',
      quotedClause: '"{clause}"',
      nothingToDo: 'I did not find anything to do in that.',
      shallI: 'Shall I go ahead?',
    },
    missingPlace: {
      none: 'There is no device in the {place} in this home{nearest}.',
      nearest: ' (the nearest place it has is the {area})',
      noKind: 'There is no {noun} in the {place}.',
      device: 'device',
    },
    clarify: {
      whichOne: 'Which {noun} do you mean: {devices}?',
      inArea: ' in the {area}',
      noRoom: ' (no room)',
      onFloor: ' on the {floor}',
      ownLabel: ' ({label})',
      listJoin: ', ',
      alternatives: '{others} or {last}',
    },
    corrections: {
      quoted: '"{phrase}"',
      alreadyCalled: '{device} is already called {phrase}.',
      nameTaken: '{phrase} is already the name of {holder}, so I did not give it to {device} as well; choose another name, or rename {holder} first ({code}).',
      notAName: 'I could not take {phrase} as a name: {reason} ({code}).',
      nowMeans: 'OK: {phrase} now means {device}{before}.',
      meantBefore: ' (it meant {device} before)',
      nothingToCorrect: 'I did not just change anything that I could correct, so I changed nothing. Tell me what you would like done.',
      whichDevice: 'I could not tell which device you meant by {phrase}{candidates}, so I changed nothing.',
      couldBe: ' (it could be {devices})',
      couldBeJoin: ' or ',
      changedJoin: ' and ',
      alreadyRight: 'That was {device} already, so I changed nothing.',
      whichOfThem: 'I changed {devices}; I cannot tell which of them should have been {device}, so I changed nothing.',
      cannotPutBack: 'I cannot put {device} back as it was{why}, so I changed nothing.',
      unrestorable: ' (nothing it can do sets its {settings} back)',
      unknownBefore: ' (I do not know how it was)',
      staysName: ' {phrase} stays the name of {holder} ({code}).',
      fromNowOn: ' From now on {phrase} means {device}.',
    },
    late: { done: 'done, {seconds} s late', reported: 'reported {seconds} s late', note: ' ({note})' },
    allocation: {
      checked: 'Checked {answered} of {total} {things}.',
      noneOfThem: 'None of them {predicate}.',
      singularVerbs: { are: 'is', is: 'is', have: 'has' } as Readonly<Record<string, string>>,
      these: '{things} {ids} {predicate}.',
      notThese: 'Not {things} {ids}.',
      tookOver: '{device} took over {thing} {id}.',
      noStandIn: 'No stand-in finished {thing} {id}.',
      noReading: '{device} gave no reading for {thing} {id} ({message})',
      couldNot: 'Could not {verb} {things} {ids}: {reasons}',
      checkVerb: 'check',
      doVerb: 'do this for',
      otherKind: '{device} answered {thing} {id} with {kind} where the others gave {majority}, so it read the request as something else.',
      kindWords: { amount: 'numbers', names: 'a list of names', word: 'a word', 'yes/no': 'yes or no', other: 'something else' },
    },
    closedLoop: {
      setLever: 'Set the {subject} to {values}.',
      valuesJoin: ' and ',
      reached: 'Reached in {count} {changes}: {reading} is {limit}. Rounds: {rounds}.',
      notReached: 'Not reached after {count} {changes}: the target is {limit}. Rounds: {rounds}.',
      changes: { one: 'change', many: 'changes' },
      atMost: 'at most {value}',
      atLeast: 'at least {value}',
      noReading: 'no reading',
      round: '{reading} -> {action}',
    },
    undo: {
      state: '{action} the {device}.',
      setting: 'Set the {setting} of the {device} to {value}.',
      on: 'on',
      off: 'off',
    },
    schedules: {
      nothingScheduled: 'Nothing is scheduled, so there is nothing to cancel.',
      whichOne: 'Which one? Scheduled: {entries}.',
      cancelled: 'Cancelled: {entries}. Nothing was done to {them}.',
      pronouns: { one: 'it', many: 'them' },
      noLongerScheduled: 'That was no longer scheduled.',
      entry: '{device} ({text})',
      cannotRepeat: 'I cannot repeat things on a schedule yet ("{time}"), so nothing was done. I can do it now, or once later ("in 10 minutes").',
    },
  },
} satisfies PlanningLanguageData;

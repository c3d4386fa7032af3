/**
 * English: how a subtask says the values and words that mapping it to a device's API reads (list
 * items, network names, units, amounts, purposes). Composed from en.ts where a class exists there;
 * the code that reads these lists (libs/rag, the WordNet reader) knows no English.
 */
import { en } from './en';
import type { MappingLanguageData } from './mapping-language';

const PATH = en.pathPrepositions;

/** Units of time by their length, with the plural of each word: "minute", "minutes", "min", "mins". */
function timeWords(milliseconds: number): string[] {
  return Object.entries(en.durationUnits)
    .filter(([, length]) => length === milliseconds)
    .flatMap(([word]) => [word, `${word}s`]);
}

const REQUEST_COURTESY = ['please', 'can you', 'could you'];
/** "please" as people type it: it asks, where the other closing courtesies thank. */
const PLEASE_SPELLINGS = ['please', 'pls', 'plz'];
/** Prefixes that undo a verb ("unpause", "deactivate"); any word takes more ("disconnected", "inactive"). */
const VERB_NEGATING_PREFIXES = ['un', 'de'];

export const enMapping = {
  requestCourtesy: REQUEST_COURTESY,
  adjectiveVerbSuffixes: ['en'],
  items: {
    commands: [
      'add', 'put', 'remove', 'delete', 'erase', 'take', 'mark', 'tick off', 'tick', 'check off', 'check', 'cross off', 'cross', 'strike',
      'complete', 'finish', 'remind me to', 'we need more', 'we need', "we're out of", 'i need more', 'i need', 'buy', 'get',
      'i bought the', 'i bought', 'we bought the', 'we bought',
    ],
    /** The prepositions of a path but "into" ("add milk to the list", "take soap off it"), and "in". */
    listPrepositions: [...PATH.goal.filter((word) => word !== 'into'), ...PATH.goalInCommands, ...PATH.source, 'in'],
    partOfList: ['of'],
    listDeterminers: ['the', 'my', 'our'],
    listNouns: ['list', 'chores', 'checklist'],
    doneMarker: 'as',
    doneStates: ['done', 'complete', 'completed', 'finished', 'bought'],
    doneLinks: ['is', 'are'],
    completing: 'complete',
    closingParticle: 'off',
    closingCourtesy: [...PLEASE_SPELLINGS, 'thanks', 'thank you', 'cheers'],
    pleaseSpellings: PLEASE_SPELLINGS,
    articles: [...en.articles, 'some'],
    doneSubjects: ['i', 'we', "i've", "we've", 'i’ve', 'we’ve', 'have', 'just', 'already', 'all'],
    doneWith: ['with'],
  },
  network: {
    secretCues: ['password', 'passphrase', 'passcode', 'pass', 'key', 'psk', 'pwd', 'pw'],
    nameCues: ['called', 'named', 'ssid', 'name'],
    namingVerbs: ['call', 'name'],
    // "the name should be Vega": a modal before "be" is the same link (the language's closed class of modals).
    copulas: ['is', "'s", '’s', 'should be', 'will be', 'shall be', 'must be', 'can be', 'would be'],
    valueJoiners: ['with', 'using', 'and'],
    cueArticles: ['the'],
    networkNouns: ['wifi', 'wi-fi', 'network', 'hotspot'],
  },
  units: {
    percent: ['%', 'percent'],
    percentShort: ['pc'],
    degreeSymbol: '°',
    degree: ['degree', 'degrees'],
    temperatureScales: ['celsius', 'fahrenheit', 'c', 'f'],
    fahrenheit: ['fahrenheit', 'f'],
    kelvin: ['k', 'kelvin'],
    speed: ['m/s', 'km/h', 'mph'],
    lengths: ['meter', 'meters', 'metre', 'metres'],
    centimetreSymbol: 'cm',
    centimetres: ['centimeter', 'centimeters', 'centimetre', 'centimetres'],
    kilometre: 'km',
    perHour: ['per hour'],
    seconds: timeWords(en.durationUnits.second!),
    minutes: timeWords(en.durationUnits.minute!),
    hours: timeWords(en.durationUnits.hour!),
    hourSymbol: 'h',
    secondSymbol: 's',
  },
  amounts: {
    relativeAmount: ['a bit', 'a little bit', 'a little', 'a notch', 'a tad', 'a touch', 'slightly', 'somewhat'],
    half: ['half', 'halfway'],
    maximum: ['full', 'max', 'maximum'],
    maximumAlso: ['all the way', 'highest'],
    /** "turn it right down", "bring it right up to full": an intensifier that, right before the particle of the way, says the whole way (closed class). */
    wholeWayIntensifiers: ['right'],
    /** The particles of a level's way that such an intensifier goes before (closed class). */
    wayParticles: ['up', 'down'],
    minimum: ['min', 'minimum'],
    minimumAlso: ['lowest'],
    spokenMinutes: { 'half an hour': 30, 'an hour': 60, 'a quarter of an hour': 15, 'quarter of an hour': 15, 'three quarters of an hour': 45, 'an hour and a half': 90, 'an hour and a quarter': 75 } as Readonly<Record<string, number>>,
    negative: ['minus', 'negative'],
    downwards: ['down', 'downward', 'downwards', 'below'],
    upwards: ['up', 'upward', 'upwards', 'above'],
    positive: ['plus', 'positive'],
    horizontal: ['level', 'horizontal', 'straight ahead'],
    vertical: { up: ['straight up', 'vertically up'], down: ['straight down', 'vertically down'] },
    levelPrepositions: ['to', 'at'],
    changePrepositions: ['by'],
    nameLinks: ['is', 'of'],
  },
  aspectualVerbs: ['stop', 'start', 'keep', 'quit', 'begin', 'cease', 'finish'],
  stepParameter: {
    names: ['step', 'steps', 'delta', 'increment', 'by', 'amount'],
    phrases: ['how much', 'by how much', 'step size', 'increment'],
  },
  switchWords: ['on', 'off', 'enable', 'disable', 'enabled', 'disabled', 'true', 'false', 'activate', 'deactivate'],
  negation: {
    words: ['off', 'stop', 'stops', 'disable', 'deactivate', 'no', 'not', "don't", 'never', 'unmute'],
    wordPrefixes: ['un'],
  },
  negatingPrefixes: {
    verbs: VERB_NEGATING_PREFIXES,
    words: [...VERB_NEGATING_PREFIXES, 'dis', 'in', 'non', 'im'],
  },
  negativeGlosses: ['not', 'no longer', 'lacking', 'without'],
  statedDegree: {
    excess: ['too', 'overly'],
    sufficiency: ['enough'],
    beForms: ['am', 'is', 'are', "'m", "'s", "'re", '’m', '’s', '’re'],
    beGloss: 'be',
    wishTemplate: 'make it {comparative}',
    ambient: { openers: ["it's", 'it’s', 'it is'], between: ['so', 'really', 'very', 'quite', 'rather', 'pretty', 'a', 'bit', 'little', 'getting'], outdoors: ['outside', 'outdoors'], slips: ['its'] },
    lackGlosses: ['lacking in', 'lacking', 'devoid of', 'deficient in', 'short of', 'without'],
    inability: ["can't", 'can’t', 'cannot', 'cant', 'can not', "couldn't", 'couldn’t', 'could not'],
    perceiving: 'perceive',
  },
  progressiveSuffix: 'ing',
  goingVerbs: ['go', 'come'],
  statementSubjects: [
    'i', 'you', 'we', 'they', 'he', 'she', 'it', 'there',
    "i'm", "you're", "we're", "they're", "he's", "she's", "it's", "there's", "i've", "you've", "we've", "they've",
    'im', 'youre', 'theyre', 'hes', 'shes', 'theres', 'ive', 'youve', 'weve', 'theyve',
  ],
  clauseBreaks: ['then', 'and'],
  negatedClauseOpeners: ['without', 'instead of', 'rather than', 'but not', 'not'],
  negatedValueOpeners: ['without', 'instead of', 'rather than', 'not', 'no', "don't", 'never'],
  descriptionCoordinators: ['or', 'and'],
  steps: {
    conjunction: 'and',
    valueNames: ['password', 'passphrase', 'key', 'y', 'x'],
    /** Every preposition of a path ("to", "off", "on" ...) and "in". */
    objectPrepositions: [...PATH.goal, ...PATH.source, ...PATH.goalInCommands, 'in'],
    /** Words that tie an object to the verb before it: the phrasal particles but "off", and prepositions of direction and relation. */
    objectLinks: [...en.phrasalParticles.filter((word) => word !== 'off'), 'to', 'into', 'onto', 'at', 'toward', 'towards', 'for', 'of'],
  },
  relationRole: {
    documentMarkers: ['own', 'itself', 'oneself', 'other', 'others', 'as', 'into'],
    requestMarkers: ['own', 'yourself', 'itself', 'as', 'other', 'others'],
    placePrepositions: ['on', 'in'],
  },
  scaleAttributes: ['level', 'degree'],
  place: { askers: ['where'], nouns: ['location', 'position', 'coordinate'] },
  answerOpeners: { degree: ['how'], amountWords: ['much', 'many'], countWords: ['many'], person: ['who', 'whom', 'whose'], time: ['when'], measureKind: 'measure', thingKind: 'physical entity' },
  purpose: {
    markers: ['so that', 'in order to'],
    markerBeforeSubject: ['so'],
    subjects: ['the', 'a', 'an', 'my', 'our', 'we', 'i', 'you', 'they', 'it', 'he', 'she', 'people', 'everyone', 'other', 'others'],
  },
  asking: ['report back on', 'report back', 'report on', 'report', 'tell me', 'let me know'],
  /**
   * Words that open a clause asking something ("figure out where you are", "see if shelf 4 has
   * room"): after a command's verb, the request asks. The wh-words of en.ts's openers that are no
   * verbs, and the two that only open such a clause.
   */
  interrogativeClauseOpeners: [...[...en.nonVerbOpeners].filter((word) => word.startsWith('wh') || word === 'how'), 'whether', 'if'],
  smallWords: [
    'up', 'down', 'out', 'it', 'them', 'please', 'and', 'now', 'again', 'here', 'there', 'what', 'whats', "what's", 'is', 'are', 'was', 'how',
    'which', 'does', 'do', 'me', 'percent', 'degree', 'degrees', 'kelvin',
  ],
  quantifierLinks: ['of', 'one'],
  addressee: {
    subject: 'you',
    reflexive: 'yourself',
    possessive: 'your',
    article: 'the',
    verbs: { are: 'is', were: 'was' } as Readonly<Record<string, string>>,
    presentVerb: 'are',
    contractions: ["'re", '’re'],
  },
  answers: {
    values: { empty: 'empty', yes: 'yes', no: 'no', unknown: 'unknown' },
    thirdPersonSuffix: 's',
    pluralSuffix: 's',
    call: {
      reading: '{device}: {subject} {verb} {value}.',
      readingSubject: 'reading',
      readingVerbs: { one: 'is', many: 'are' },
      defaultVerb: 'ran',
      done: '{device}: {phrase}{details}.',
      doneSetting: '{device}: {phrase} to {values}{details}.',
      doneWithValues: '{device}: {phrase} {values}{details}.',
      /** A two-state sensor's reading in its own words: "Leak sensor: dry." */
      ownState: '{device}: {state}.',
    },
    already: {
      state: '{device}: already {state}.',
      notState: '{device}: already not {state}.',
      setting: '{device}: {setting} already {value}.',
      nothing: '{device}: already as asked, nothing to {action}.',
      held: '{device}: {item} is already on the {noun}.',
      on: 'on',
      off: 'off',
    },
    confirmation: {
      article: 'the',
      ofDevice: '{verb} {device}',
      partOfDevice: '{verb} {object} of {device}',
      onDevice: '{action} on {device}',
      needed: '{device}: I need your confirmation to {actions}.',
      joinActions: ' and ',
    },
    metByState: '{device}: {setting} is {value}, nothing to {action}.',
    wentWrong: '{device}: something went wrong ({reason}).',
    notLater: {
      later: '{subject} cannot do things later or at a set time ("{time}"); it can only {action} now, if asked without the time',
      repeat: '{subject} cannot repeat things on a schedule ("{time}"); it can only {action} now, once, if asked without the schedule',
      subject: 'the {device}',
      defaultSubject: 'this device',
    },
    task: {
      done: 'Done: {calls}, and the device state confirms it.',
      doneAlone: 'Done.',
      returned: '{function} returned {value}{unit}.',
      programReturned: 'The program returned {value}.',
      restartedAfterOne: 'The agent restarted after the device had carried out a call of this task; it was not sent again.',
      restartedAfterMany: 'The agent restarted after the device had carried out {count} calls of this task; they were not sent again.',
      restartedDuring: "The agent restarted during {calls}; the device's state cannot show whether it went through, so it was not sent again.",
      cannot: 'This device cannot do that: {reason}.{candidates}',
      closest: ' Closest functions: {functions}.',
      noMatchingFunction: 'no matching function',
      confirm: '{calls} is a sensitive action: please confirm before it runs.',
      ended: 'The subtask ended in state {state}.',
    },
  },
} satisfies MappingLanguageData;

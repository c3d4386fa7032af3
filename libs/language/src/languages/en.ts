/**
 * English: the language of requests. Word classes that the request readers (planner, retrieval,
 * argument reading) share, each written once; a reader composes the classes it needs.
 */
import type { RequestLanguageData } from './language';

const ARTICLES = ['the', 'a', 'an'] as const;
/** Possessives of someone other than the speaker and the listener: "her radiator" is of whoever was just talked of. */
const THIRD_PERSON_POSSESSIVES = ['his', 'her', 'their'] as const;
/** The speaker's own: "charge my phone" acts on the speaker's thing, not on the device. */
const SPEAKER_POSSESSIVES = ['my', 'our'] as const;
const POSSESSIVES = [...SPEAKER_POSSESSIVES, 'your', ...THIRD_PERSON_POSSESSIVES] as const;
const DEMONSTRATIVES = ['this', 'that', 'these', 'those'] as const;
/** Quantifiers that open a noun phrase and mean the whole group: "all lights", "every robot". */
const QUANTIFIERS = ['all', 'both', 'every', 'each'] as const;
/** The quantifiers that, before a span of time, repeat a request over each: "every day", "each night". */
const REPEAT_QUANTIFIERS = QUANTIFIERS.filter((word) => word === 'every' || word === 'each');
/** Colour names a person says to a light; the catalog's colour type accepts a name or #rrggbb. */
const COLOR_NAMES = [
  'warm white', 'cool white', 'daylight white', 'red', 'green', 'blue', 'yellow', 'orange', 'purple', 'violet', 'pink',
  'magenta', 'cyan', 'turquoise', 'teal', 'white', 'lime', 'amber', 'indigo', 'lavender', 'gold', 'crimson', 'coral',
  'salmon', 'navy', 'aqua', 'brown', 'maroon', 'olive', 'beige', 'mint', 'peach', 'lilac', 'rose', 'ivory',
] as const;

export const en = {
  code: 'en',
  // Counted to tell a document's language: frequent, and spelled unlike German or French ones.
  functionWords: new Set('the a an to of and on in for with is are returns sets from by at'.split(' ')),
  identifierParts: { secret: ['pass', 'pwd', 'psk', 'key', 'secret'], networkName: ['ssid', 'name', 'network'] },
  documentWords: {
    rangeWords: ['to', 'and', 'through'],
    units: {
      'm/s': { words: ['meter per second', 'meters per second', 'metre per second', 'metres per second'] },
      '°': { words: ['degree', 'degrees'] },
      '%': { words: ['percent', 'percentage'] },
      m: { wholeWords: ['meter', 'meters', 'metre', 'metres'] },
    },
    outcomeWords: ['success', 'failure'],
  },
  articles: new Set<string>(ARTICLES),
  possessives: new Set<string>(POSSESSIVES),
  thirdPersonPossessives: new Set<string>(THIRD_PERSON_POSSESSIVES),
  speakerPossessives: new Set<string>(SPEAKER_POSSESSIVES),
  demonstratives: new Set<string>(DEMONSTRATIVES),
  quantifiers: new Set<string>(QUANTIFIERS),
  /** Articles, demonstratives, possessives and quantifiers that open a noun phrase: "the", "my", "every". */
  determiners: new Set<string>([...ARTICLES, ...POSSESSIVES, ...DEMONSTRATIVES, 'all', 'both', 'every']),
  /** Particles of phrasal verbs ("turn on", "check ... off", "turn it up"), also prepositions before a noun. */
  verbParticles: new Set(['on', 'off', 'up', 'down', 'out']),
  /** Each particle of a way and its opposite ("pull the awning in" is the way back of "put it out"): a closed class of pairs. */
  particleOpposites: { in: 'out', out: 'in', up: 'down', down: 'up', on: 'off', off: 'on' } as Readonly<Record<string, string>>,
  /** The auxiliaries of English tense and voice ("I've", "it's been", "the gutter's been fixed"): a closed class; they carry no deed. */
  auxiliaries: new Set(['have', 'has', 'had', 've', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'do', 'does', 'did', 's']),
  /**
   * Verbs whose particle belongs to them ("turn on", "check ... off", "lock up"): after one of these,
   * on/off/up/down is the verb's particle, not a preposition.
   */
  phrasalVerbs: new Set(['turn', 'switch', 'power', 'put', 'flip', 'shut', 'start', 'boot', 'hook', 'plug', 'light', 'fire', 'crank', 'lock', 'open', 'close', 'roll', 'pull', 'bring', 'wind', 'check', 'tick', 'cross']),
  /** Pronouns that stand for something said before: "add it to my list", "check them for free space". */
  referringPronouns: new Set(['it', 'them']),
  /**
   * Words that carry no meaning for retrieval. "on", "off", "up", "down", "open" are not among them:
   * they are the whole difference between turn_on and turn_off.
   */
  stopwords: new Set(
    (
      'a an the to of at by for from with and or then than be been being it its this that these those ' +
      'me my you your yourself i we us our please can could would will shall should so just some any ' +
      'there here right over into onto about as if but yes hey ok okay let lets bit little very too also'
    ).split(' '),
  ),
  /**
   * Politeness and fillers around a command: "could you please just ...", and the thanks that may
   * close one ("fan off thanks", "charge up, ta"): said to be polite, never what is asked. A closed class.
   */
  courtesy: new Set(['please', 'can', 'could', 'would', 'will', 'you', 'kindly', 'just', 'now', 'ok', 'okay', 'hey', 'so', 'then', 'thanks', 'thank', 'cheers', 'ta']),
  /** Words that make a clause a command or a question rather than a bare list of places or devices. */
  actionWords: new Set(
    `turn switch set open close shut lock unlock start stop pause resume play dim brighten raise lower increase decrease
     make put add remove delete complete finish mark change adjust activate deactivate enable disable mute unmute return
     send go move clean vacuum water run read tell show list check what whats is are how does do skip next previous
     kill cut power boost reduce crank bump drop heat cool warm arm disarm dock toggle select choose resume halt`
      .split(/\s+/)
      .filter(Boolean),
  ),
  /** Words a request that asks opens with ("what", "is", "show"). */
  questionWords: new Set(['what', 'whats', 'is', 'are', 'how', 'does', 'do', 'which', 'tell', 'show', 'list', 'check', 'read']),
  /** Words that join or condition requests: inside a device's name they are part of the name. */
  connectives: new Set(['and', 'then', 'also', 'plus', 'after', 'afterwards', 'if', 'unless']),
  /** Pronouns and pro-forms that refer back to devices said before ("turn them off", "the other one"). */
  anaphora: new Set(['it', 'its', 'them', 'they', 'their', 'those', 'these', 'one']),
  /** Words before a noun that mean one of a kind, any one: "a light", "another robot". */
  indefinites: new Set(['a', 'an', 'one', 'some', 'another']),
  /** Opposite state words, so "is the door closed?" can be answered by an `is_open` reading. */
  stateAntonyms: {
    open: 'closed', closed: 'open', close: 'open', on: 'off', off: 'on', locked: 'unlocked', unlocked: 'locked',
    detected: 'clear', clear: 'detected', wet: 'dry', dry: 'wet', home: 'away', away: 'home',
    connected: 'disconnected', disconnected: 'connected', running: 'stopped', stopped: 'running', playing: 'paused',
    active: 'inactive', inactive: 'active', muted: 'unmuted', unmuted: 'muted', docked: 'undocked', charging: 'discharging',
  } as Readonly<Record<string, string>>,
  /** Milliseconds per unit of time, by the unit's singular and its short forms ("in 10 minutes", "after 2 hrs"). */
  durationUnits: {
    second: 1000, sec: 1000, minute: 60_000, min: 60_000, hour: 3_600_000, hr: 3_600_000,
    day: 86_400_000, week: 7 * 86_400_000, month: 30 * 86_400_000, year: 365 * 86_400_000,
  } as Readonly<Record<string, number>>,
  /** Words that put a request off by a duration: "in 10 minutes", "after an hour", "within half an hour". */
  delayPrepositions: ['in', 'after', 'within'],
  /** Amounts said without a number word: "in a minute", "in half an hour", "after a couple of minutes". */
  vagueAmounts: { a: 1, an: 1, half: 0.5, couple: 2, few: 3 } as Readonly<Record<string, number>>,
  /** Nouns that count what follows them exactly: "a couple of degrees", "a dozen percent" (a closed class; "few" and "several" count nothing exactly). */
  countNouns: { couple: 2, pair: 2, dozen: 12 } as Readonly<Record<string, number>>,
  /**
   * When a request is to be carried out, said beside what is to be done ("at midnight", "every day",
   * "tonight"): reading/time-of-execution.ts. Closed classes: the hours of a clock, the named points
   * and parts of a day, the days of the week, and the few adverbs of time and frequency.
   */
  executionTimes: {
    /** Before a point of time: "at 7pm", "by noon", "until midnight". */
    pointPrepositions: ['at', 'by', 'until', 'till', 'before'],
    /** Before a part of a day or a day: "this evening", "tomorrow morning", "next monday", "in the morning" (not "on": "turn on night mode"). */
    dayDeterminers: ['this', 'next', 'tomorrow', 'in the', 'at the', 'over the'],
    clockSuffixes: ['am', 'pm', 'a.m.', 'p.m.', "o'clock", 'oclock', 'o’clock'],
    /** Named points of a day, said after a point preposition: "at noon", "by sunset". */
    pointsOfDay: ['noon', 'midday', 'midnight', 'sunrise', 'sunset', 'sundown', 'sunup', 'dawn', 'dusk', 'daybreak', 'nightfall', 'bedtime', 'night', 'lunchtime', 'teatime', 'dinnertime', 'breakfast'],
    partsOfDay: ['morning', 'afternoon', 'evening', 'night', 'weekend'],
    weekdays: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'weekday'],
    /** A day or night named by itself: "turn it off tonight". */
    days: ['tonight', 'tomorrow', 'tmrw'],
    /** Adverbs that put a request off without saying how long: "do it later". */
    later: ['later', 'shortly'],
    /** Phrases that put a request off: "in a while". */
    laterPhrases: ['in a while', 'in a bit', 'in a moment', 'in a little while'],
    /** After an amount of time, putting a request off by it: "an hour from now" (not "from now on": from this moment). */
    fromNow: 'from now',
    lastingParticle: 'on',
    /** Words that repeat a request over each span that follows: "every day", "each morning", "every other week". */
    repeatQuantifiers: REPEAT_QUANTIFIERS,
    /** Between a repeat quantifier and its span: "every other day", "every single morning". */
    repeatModifiers: ['other', 'single'],
    /** Adverbs of frequency: "water the plants daily". */
    repeatAdverbs: ['daily', 'hourly', 'nightly', 'weekly', 'monthly', 'yearly', 'fortnightly', 'weekdays', 'weekends'],
    /**
     * Conjunctions that put a request off until something happens, said after it: "turn the heat
     * down when I leave", "fan on once it gets hot" (reading/time-of-execution.ts). A closed class.
     * "before" and "after" are also prepositions of place ("stop before the wall"), so only a
     * pronoun may follow them as the subject of such a clause. Not "whenever": before the request
     * it is a condition the planner reads (en-planning.ts), and after it a rule no device holds.
     */
    eventConjunctions: ['when', 'once', 'as soon as', 'the moment', 'by the time'],
    eventPrepositions: ['before', 'after'],
    /** Subjects of such a clause: pronouns, not "you" ("when you get a chance" is courtesy, "once you're there" a robot's own next step). */
    eventSubjects: ['i', 'we', 'he', 'she', 'they', 'it', 'there', 'someone', 'somebody', 'anyone', 'anybody', 'everyone', 'everybody', 'nobody'],
    /** "twice a day", "three times per week": a count, then a share of a span. */
    frequencyCounts: ['once', 'twice', 'thrice', 'times'],
    frequencyShares: ['per', ...ARTICLES.filter((word) => word !== 'the'), ...REPEAT_QUANTIFIERS],
    /**
     * Parts of a parameter's name that say it takes a time of execution ("delay_seconds",
     * "start_time", "schedule", "sleep_timer"), and parts that say it holds a span instead
     * ("duration_minutes", "run_time"): a span is how long, not when.
     */
    parameterWords: ['delay', 'schedule', 'scheduled', 'timer', 'countdown', 'time', 'when', 'at', 'start', 'starts', 'repeat', 'recurrence', 'interval', 'every', 'cron', 'weekday', 'weekdays', 'days', 'alarm', 'wake'],
    spanParameterWords: ['duration', 'run', 'length', 'for', 'long'],
  },
  /** Past tenses that the regular rule ("-ed", "-d", "-ied") misses or misspells (doubled consonants). */
  irregularPast: {
    set: 'set', put: 'put', run: 'ran', get: 'got', read: 'read', make: 'made', go: 'went', send: 'sent',
    stop: 'stopped', plan: 'planned', shut: 'shut', dim: 'dimmed', drop: 'dropped', begin: 'began', scan: 'scanned',
    skip: 'skipped',
  } as Readonly<Record<string, string>>,
  /** Courtesy a goal may open with, said before what is asked: "please ...", "could you ...". */
  goalCourtesy: ['please', 'hey', 'ok', 'okay', 'could you', 'can you', 'would you'],
  /** Said before the request and set off from it by a comma: "hold on, pause the music", "ok so, lights off". */
  discourseOpeners: ['hold on', 'hang on', 'wait', 'ok so', 'okay so', 'so', 'right', 'right then', 'well', 'actually', 'oh', 'ah', 'um', 'erm', 'uh', 'alright', 'all right', 'now', 'look', 'listen', 'sorry', 'hmm', 'ok', 'okay', 'hey', 'please'],
  /** How a request shows its mood in its first words (read by `moodOf`). */
  mood: {
    /** Fillers said before the request proper: "please, ...", "ok so ...". */
    leadingFillers: ['please', 'hey', 'ok', 'okay', 'so', 'just'],
    /** "Can you ...?": a command phrased as a question, judged by what follows the courtesy. */
    politeAsks: ['can', 'could', 'would', 'will'],
    politeAddressees: ['you', 'u'],
    politeWord: 'please',
    /** Openings of a request that asks for a reading. */
    questionOpeners: [
      'what', "what's", 'whats', 'how', 'is', 'are', 'was', 'were', 'did', 'does', 'do', 'which', 'where', 'who', 'when', 'since when', 'has', 'have',
      'any', 'anybody', 'anyone', 'tell me', 'report', 'read', 'show me', 'list', 'check whether', 'check if',
    ],
    /** Openings of a request that orders a change. */
    commandOpeners: [
      'set', 'turn', 'switch', 'make', 'put', 'change', 'dim', 'raise', 'lower', 'open', 'close', 'shut', 'start', 'stop', 'move', 'go',
      'drive', 'run', 'play', 'pause', 'lock', 'unlock', 'add', 'remove', 'delete', 'mark', 'enable', 'disable', 'connect', 'join',
      'navigate', 'tilt', 'point', 'increase', 'decrease', 'bring', 'send', 'slow', 'speed',
    ],
    /** "fans on", "kitchen lights off": a thing and the state wanted, said without a verb. */
    bareStates: ['on', 'off'],
  },
  /** What a question asks for by its opening: an amount ("how many") or names of things ("what is on ..."). */
  answerKinds: {
    // "what percentage is it open": a share is an amount too.
    amountOpeners: ['how many', 'how much', 'what percentage', 'what percent'],
    /** "what's on shelf 3", "which are in the fridge": asking words, an optional linking verb, a place preposition. */
    namesAskers: ['what', "what's", 'what’s', 'whats', 'which'],
    namesLinking: ['is', 'are'],
    namesPlaces: ['on', 'in', 'inside'],
    /** "which items ...", "what products ...". */
    thingAskers: ['what', 'which'],
    things: ['items', 'things', 'products', 'goods', 'articles'],
  },
  /**
   * Fractions of a whole as people say them of a position or a level ("halfway", "a quarter", "two
   * thirds"), read as percentages by `findFractions`.
   */
  fractions: {
    denominators: { half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fourth: 4, fourths: 4, fifth: 5, fifths: 5, eighth: 8, eighths: 8, tenth: 10, tenths: 10 } as Readonly<Record<string, number>>,
    numerators: { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, seven: 7, nine: 9 } as Readonly<Record<string, number>>,
    /** Additive determiners, a closed class: "open it another quarter" moves it a quarter more. */
    addedNumerators: ['another', 'further', 'extra'],
    /** Words that are a fraction by themselves, as a percentage: "halfway". */
    wholeWords: { halfway: 50 } as Readonly<Record<string, number>>,
    /** A word after a fraction that belongs to it: "half way". */
    trailingWord: 'way',
    /** Words after "half" that make it part of a duration ("half an hour"), not a share of the whole. */
    notAfterHalf: ['a', 'an', 'hour', 'hours', 'minute', 'minutes', 'second', 'seconds'],
  },
  /** Words after a number that say it is a share of the whole ("50%", "20 percent"). */
  percentWords: new Set(['%', 'percent', 'per', 'pc']),
  /** How a list of items is coordinated ("tea, honey and milk", "bleach plus sponges", "toothpaste as well as floss") and the articles its items drop ("some glue"). */
  itemLists: {
    conjunctions: ['and', 'or', '&', 'plus', 'as well as'],
    articles: ['the', 'some', 'a', 'an', 'more'],
  },
  colorNames: COLOR_NAMES,
  /** Words that open a reference to a device in a clause: what comes before them is the verb phrase. */
  referenceOpeners: new Set<string>([...ARTICLES, 'my', 'our', ...QUANTIFIERS, 'it', 'them']),
  /** "both", "all of them": an answer to "which one do you mean?" that takes every candidate. */
  everyOneOfThem: ['both', 'all of them', 'all', 'every one', 'each of them', 'them all'],
  /** Words the planner leaves out when it weighs a clause's words against a device's API and names. */
  plannerStopwords: new Set('the a an to of in on at my our your please and then for with by from into up down off is are be it its this that me us'.split(' ')),
  /** Words around the state word of a question or condition; "on" and "off" are not among them. */
  questionStopwords: new Set(
    'the a an to of in at my our your please is are was were be it its this that there any all every each some which what whats how many much does do did has have currently right now still already tell me show list check whether if not'.split(' '),
  ),
  /** State words a level reading (position, brightness, volume) answers: above 0 is the first kind, 0 the second. */
  levelStates: { aboveZero: ['open', 'on', 'active', 'running', 'up'], atZero: ['closed', 'close', 'off', 'inactive', 'stopped', 'down'] },
  /** Words that point at the quantity a device reads or sets, so "set the bedroom to 19 degrees" finds a thermostat. */
  quantityHints: {
    degrees: ['temperature'], degree: ['temperature'], celsius: ['temperature'], fahrenheit: ['temperature'], warm: ['temperature'],
    warmer: ['temperature'], heat: ['temperature'], chilly: ['temperature'], freezing: ['temperature'],
    bright: ['brightness'], dark: ['brightness'], loud: ['volume'], quiet: ['volume'],
    // Colour names point at whatever takes a colour ("bedroom red").
    ...Object.fromEntries(COLOR_NAMES.filter((colour) => !colour.includes(' ')).map((colour) => [colour, ['color', 'colour']])),
    colder: ['temperature'], cooler: ['temperature'], hot: ['temperature'], cold: ['temperature'],
    brighter: ['brightness'], dimmer: ['brightness'], louder: ['volume'], quieter: ['volume'],
    // "is anyone in the living room?": whether someone is there is what presence sensors read.
    ...Object.fromEntries('anyone anybody someone somebody people person occupied empty'.split(' ').map((word) => [word, ['motion', 'presence', 'occupancy']])),
  } as Readonly<Record<string, readonly string[]>>,
  /** First words of a query that are not the verb it opens with (questions, pronouns, determiners): "what ...", "the ...". */
  nonVerbOpeners: new Set(['what', 'whats', 'where', 'which', 'who', 'how', 'when', 'why', 'is', 'are', 'was', 'were', 'do', 'does', 'did', 'has', 'have', 'any', 'i', 'we', 'it', 'there', 'the', 'a', 'an', 'my', 'our', 'your']),
  /** Words before an adjective in attributive place: "check for free space", "any empty spots". */
  beforeAttribute: new Set<string>([...ARTICLES, ...POSSESSIVES, ...DEMONSTRATIVES, 'all', 'both', 'every', 'any', 'some', 'no', 'more', 'its', 'for', 'of', 'with']),
  /** Linking verbs before an adjective in predicative place: "which slots are free", "stays open". */
  linkingVerbs: new Set(['is', 'are', 'was', 'were', 'be', 'been', 'still', 'stay', 'stays', 'remain', 'remains']),
  /** Adverbs that stay before the verb when a question is said again of one thing ("Does shelf 3 still have room?"). */
  sentenceAdverbs: new Set(['still', 'already', 'currently', 'now', 'really', 'actually']),
  /** Prepositions that tie a device's own name into a request ("add apples to my list", "the song on the TV"). */
  placePrepositions: new Set(['to', 'on', 'onto', 'from', 'in', 'at', 'of', 'off', 'for', 'into', 'inside']),
  /** Prepositions of a path: towards the thing ("add milk to the list") or away from it ("take soap off the list"). */
  pathPrepositions: { goal: ['to', 'onto', 'into'], source: ['from', 'off'], goalInCommands: ['on'] },
  /**
   * The verbs of lacking ("we need milk", "the flat lacks soap"): a need said to a device that keeps
   * things is something to put onto it. WordNet widens them (want, require, miss) in mapper/stated-need.ts.
   */
  lackVerbs: ['need', 'lack'],
  /**
   * WordNet's verb of using a supply up, as its lemma: a phrasal verb with a sense that is this verb
   * or a kind of it ("run out" of something: exhaust the supply of) says the thing is lacking
   * (reading/stated-lack.ts).
   */
  usingUpVerb: 'use_up',
  /**
   * WordNet's verb of taking a thing away, as its lemma: what a path off a device says by itself ("get the
   * milk off the list"); of a device's functions that take an item off it, the one whose deed is this
   * verb is meant where the request's verb says nothing more (rag's mapper/taken-off.ts).
   */
  removingVerb: 'remove',
  /**
   * The state a used-up supply is left in, said after a form of "be": the particle of "run out" with
   * its preposition ("we're out of milk", "the kitchen is all out of eggs"): reading/stated-lack.ts.
   */
  usedUpState: ['out', 'of'] as const,
  /** The marker of an infinitive after a verb ("remember to oil the lathe"): the job is the verb after it. */
  infinitiveMarker: 'to',
  /** Words that negate the verb after them ("i cannot hear", "it never turns on"); a verb's own "n't" negates too. */
  verbNegators: new Set(['not', 'never', 'cannot']),
  /** Prepositions after a verb of motion that introduce where it ends: "go back to the dock", "park at the station". */
  motionGoals: new Set(['to', 'onto', 'into', 'toward', 'towards', 'at']),
  /** The prefix of doing again ("recharge", "reconnect"): the word without it names the same act. */
  againPrefix: 're',
  /** Words around a network's name or a hotspot's that are not the name: "the network called Home with password ...". */
  nameCueWords: new Set(['network', 'named', 'called', 'the', 'with', 'using', 'mode', 'ssid', 'password', 'key', 'wifi', 'wi-fi', 'is', 'a', 'an', 'and', 'own', 'your', 'to', 'on', 'of', 'access', 'point', 'hotspot', 'so']),
  /** First words of an API function's name that make it a query ("get_battery", "scan_shelf"). */
  queryNameWords: new Set(['get', 'is', 'has', 'read', 'query', 'fetch', 'current', 'are', 'list', 'count', 'enumerate', 'discover', 'find', 'detect', 'identify', 'check', 'battery', 'estimate', 'localize', 'locate', 'position', 'scan']),
  /**
   * Query words of queryNameWords that mark a query only as an English identifier's accessor prefix
   * ("getBatteryLevel", "is_locked"): as the translation of a foreign name word ("prendre" -> "get")
   * they are plain verbs.
   */
  accessorNameWords: new Set(['get', 'is', 'has', 'are']),
  /** The verb API documents use for what a call hands back ("Returns the battery level"). */
  returnVerb: 'return',
  /** Words for saying back what a call did ("Kitchen light: set brightness to 40%."). */
  phrasing: {
    /** First words of function names that are not verbs ("next_track", "volume_up"): the description's verb says what happened. */
    nounHeads: new Set(['next', 'previous', 'prev', 'volume', 'channel', 'auto', 'emergency']),
    /** First words of a query's name that only say it reads: "get_battery" reports "battery". */
    readingVerbs: new Set(['get', 'read', 'query', 'fetch', 'is', 'has', 'are', 'check', 'find', 'identify', 'scan', 'count', 'list', 'estimate', 'detect', 'measure']),
    /** Verbs whose value is said with "to": "set brightness to 40%". */
    settingVerbs: new Set(['set', 'change', 'adjust', 'move', 'switch']),
    /** Words that end a verb's object in a description: what follows says why or how, not what. */
    objectEnders: ['so', 'so that', 'to', 'and', 'while', 'until', 'when', 'if', 'because', 'with', 'for'],
  },
  /** Words that say one step follows another ("turn on the fan and then open the blinds"), read by the planner and the agent's step splitter. */
  sequenceWords: ['and after that', 'and then', 'after that', 'afterwards', 'once done', 'then'],
  /** Words that join two requests without ordering them ("and also", "plus"). */
  clauseConjunctions: ['and also', 'also', 'and', 'plus'],
  /** Words of a relative change: "a bit brighter", "turn it down". */
  relativeDirection: {
    up: ['brighter', 'louder', 'faster', 'warmer', 'hotter', 'higher', 'more', 'increase', 'raise', 'up', 'bump', 'boost', 'turn up'],
    down: ['dimmer', 'darker', 'quieter', 'slower', 'cooler', 'colder', 'lower', 'less', 'decrease', 'reduce', 'down', 'dim', 'turn down'],
  },
  /**
   * Verbs that multiply a level by a factor ("halve the brightness", "double the volume"): a change
   * relative to the current level, as WordNet glosses them ("reduce by half", "increase twofold").
   */
  scalingVerbs: { halve: 0.5, double: 2, triple: 3, quadruple: 4 } as Readonly<Record<string, number>>,
  /** Particles WordNet joins to a verb as one phrasal verb ("check ... off" is check_off, "go back" go_back). */
  phrasalParticles: ['off', 'on', 'up', 'down', 'out', 'back', 'over', 'in'],
  /** Words of a comparison in a condition: "colder than 18 degrees", "above 70%"; and the quantity a comparative names. */
  comparatives: {
    more: ['more', 'greater', 'higher', 'bigger', 'larger', 'over', 'above', 'warmer', 'hotter', 'wetter', 'damper', 'louder', 'brighter', 'exceeds', 'exceeding'],
    less: ['less', 'fewer', 'lower', 'smaller', 'under', 'below', 'colder', 'cooler', 'drier', 'quieter', 'dimmer'],
    quantityOf: { warmer: 'temperature', hotter: 'temperature', colder: 'temperature', cooler: 'temperature', wetter: 'humidity', damper: 'humidity', drier: 'humidity' } as Readonly<Record<string, string>>,
  },
  /** Words of a WordNet definition that say nothing of what an adjective means ("not", "lacking", "the", "state"). */
  definitionStopwords: new Set(['not', 'no', 'without', 'lacking', 'having', 'being', 'or', 'and', 'of', 'in', 'on', 'to', 'a', 'an', 'the', 'by', 'for', 'with', 'that', 'which', 'as', 'especially', 'something', 'someone', 'one', 'its', 'it', 'is', 'are', 'be', 'from', 'at', 'use', 'used', 'state', 'quality', 'capable', 'able', 'characterized']),
  /** How a WordNet noun definition goes on after its broader noun with no more than where or what for ("an empty space in or between things", "space for movement"). */
  definitionTails: { placeLinks: new Set(['in', 'between', 'within', 'on', 'at', 'for']) },
} satisfies RequestLanguageData & Record<string, unknown>;

/** A pronoun that stands for something said before, as a pattern over running text. */
export const REFERRING_PRONOUN = new RegExp(`\\b(?:${[...en.referringPronouns].join('|')})\\b`, 'i');

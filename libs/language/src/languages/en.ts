/**
 * English: the language of requests. Word classes that the request readers (planner, retrieval,
 * argument reading) share, each written once; a reader composes the classes it needs.
 */
import type { RequestLanguageData } from './language';

const ARTICLES = ['the', 'a', 'an'] as const;
const POSSESSIVES = ['my', 'our', 'your', 'his', 'her', 'their'] as const;
const DEMONSTRATIVES = ['this', 'that', 'these', 'those'] as const;
/** Quantifiers that open a noun phrase and mean the whole group: "all lights", "every robot". */
const QUANTIFIERS = ['all', 'both', 'every', 'each'] as const;

export const en = {
  code: 'en',
  // Counted to tell a document's language: frequent, and spelled unlike German or French ones.
  functionWords: new Set('the a an to of and on in for with is are returns sets from by at'.split(' ')),
  articles: new Set<string>(ARTICLES),
  possessives: new Set<string>(POSSESSIVES),
  demonstratives: new Set<string>(DEMONSTRATIVES),
  quantifiers: new Set<string>(QUANTIFIERS),
  /** Articles, demonstratives, possessives and quantifiers that open a noun phrase: "the", "my", "every". */
  determiners: new Set<string>([...ARTICLES, ...POSSESSIVES, ...DEMONSTRATIVES, 'all', 'both', 'every']),
  /** Particles of phrasal verbs ("turn on", "check ... off", "turn it up"), also prepositions before a noun. */
  verbParticles: new Set(['on', 'off', 'up', 'down', 'out']),
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
  /** Politeness and fillers around a command: "could you please just ...". */
  courtesy: new Set(['please', 'can', 'could', 'would', 'will', 'you', 'kindly', 'just', 'now', 'ok', 'okay', 'hey', 'so', 'then']),
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
  /** Amounts said without a number word: "in a minute", "in half an hour", "after a couple of minutes". */
  vagueAmounts: { a: 1, an: 1, half: 0.5, couple: 2, few: 3 } as Readonly<Record<string, number>>,
  /** Past tenses that the regular rule ("-ed", "-d", "-ied") misses or misspells (doubled consonants). */
  irregularPast: {
    set: 'set', put: 'put', run: 'ran', get: 'got', read: 'read', make: 'made', go: 'went', send: 'sent',
    stop: 'stopped', plan: 'planned', shut: 'shut', dim: 'dimmed', drop: 'dropped', begin: 'began', scan: 'scanned',
    skip: 'skipped',
  } as Readonly<Record<string, string>>,
  /** How a request shows its mood in its first words (read by `moodOf`). */
  mood: {
    /** Fillers said before the request proper: "please, ...", "ok so ...". */
    leadingFillers: ['please', 'hey', 'ok', 'okay', 'so'],
    /** "Can you ...?": a command phrased as a question, judged by what follows the courtesy. */
    politeAsks: ['can', 'could', 'would', 'will'],
    politeAddressees: ['you', 'u'],
    politeWord: 'please',
    /** Openings of a request that asks for a reading. */
    questionOpeners: [
      'what', "what's", 'whats', 'how', 'is', 'are', 'was', 'were', 'did', 'does', 'do', 'which', 'where', 'who', 'when', 'has', 'have',
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
    amountOpeners: ['how many', 'how much'],
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
    /** Words that are a fraction by themselves, as a percentage: "halfway". */
    wholeWords: { halfway: 50 } as Readonly<Record<string, number>>,
    /** A word after a fraction that belongs to it: "half way". */
    trailingWord: 'way',
    /** Words after "half" that make it part of a duration ("half an hour"), not a share of the whole. */
    notAfterHalf: ['a', 'an', 'hour', 'hours', 'minute', 'minutes', 'second', 'seconds'],
  },
  /** Words after a number that say it is a share of the whole ("50%", "20 percent"). */
  percentWords: new Set(['%', 'percent', 'per', 'pc']),
  /** How a list of items is coordinated ("tea, honey and milk") and the articles its items drop ("some glue"). */
  itemLists: {
    conjunctions: ['and', 'or', '&'],
    articles: ['the', 'some', 'a', 'an', 'more'],
  },
} satisfies RequestLanguageData & Record<string, unknown>;

/** A pronoun that stands for something said before, as a pattern over running text. */
export const REFERRING_PRONOUN = new RegExp(`\\b(?:${[...en.referringPronouns].join('|')})\\b`, 'i');

/**
 * What mapping a subtask to a device's API needs of its language, as data (issue #15): the words
 * that carry a list item, a network's name and password, a unit, an amount or a purpose. The code in
 * libs/rag that reads them builds its patterns from these lists and knows no word of the language;
 * a language people give requests in adds a file like en-mapping.ts.
 */
export interface MappingLanguageData {
  /** Courtesy a command may open with before its verb: "could you add milk". */
  readonly requestCourtesy: readonly string[];
  /** Suffixes that make a verb of an adjective ("bright" -> "brighten": to make brighter); libs/rag/src/arguments/adjective-verbs.ts. */
  readonly adjectiveVerbSuffixes: readonly string[];
  /** A free-text item for a list ("add milk to my shopping list"): the words around the item. */
  readonly items: {
    /** Command words before the item, with the words that belong to them ("tick off", "we're out of"). */
    readonly commands: readonly string[];
    /** Prepositions before the list's name ("to my list"), also left dangling when the name was read out ("add milk to the"). */
    readonly listPrepositions: readonly string[];
    /** Further prepositions before a list's name that are never left dangling ("of my list"). */
    readonly partOfList: readonly string[];
    /** Determiners before the list's name: "my list", "the chores". */
    readonly listDeterminers: readonly string[];
    /** Nouns that end the list's name: "shopping list", "my chores". */
    readonly listNouns: readonly string[];
    /** "mark bread as done": the word before the state, and the states. */
    readonly doneMarker: string;
    readonly doneStates: readonly string[];
    /** "fix the gutter is done": the linking verbs that say an item is in a done state. */
    readonly doneLinks: readonly string[];
    /** The verb that asks for an item to be put in a done state: "mark X as done" is to complete X. */
    readonly completing: string;
    /** A particle that closes the request after the item: "tick bread off". */
    readonly closingParticle: string;
    /** Courtesy that closes a request: "..., thanks". */
    readonly closingCourtesy: readonly string[];
    /** The spellings of "please" among the closing courtesy: they ask, where the others thank. */
    readonly pleaseSpellings: readonly string[];
    /** Words an item drops in front: "add some milk". */
    readonly articles: readonly string[];
    /** Who says a chore is done and the perfect's auxiliary before the participle: "I've done the ironing", "we have finished". A closed class. */
    readonly doneSubjects: readonly string[];
    /** The preposition a done participle takes before the item: "done with the hoovering". */
    readonly doneWith: readonly string[];
  };
  /** A network's name and password as a request says them ("join the network called Home with password abc"). */
  readonly network: {
    readonly secretCues: readonly string[];
    readonly nameCues: readonly string[];
    /** Verbs that give a name to what a pronoun stands for: "call it Forklift", "name it BotNet". */
    readonly namingVerbs: readonly string[];
    /** A linking verb between a cue and its value, contracted ones included: "password is abc", "the password's abc". */
    readonly copulas: readonly string[];
    /** Words that join a value's phrase to the request: "with password abc", "and SSID Home". */
    readonly valueJoiners: readonly string[];
    /** An article before a cue: "the password". */
    readonly cueArticles: readonly string[];
    /** Nouns a network's name stands beside: "Home wifi", "the network Office". */
    readonly networkNouns: readonly string[];
  };
  /** Unit words said after a number, by what they measure. */
  readonly units: {
    readonly percent: readonly string[];
    /** Short forms of "percent" the argument reader also takes ("20 pc"). */
    readonly percentShort: readonly string[];
    readonly degreeSymbol: string;
    readonly degree: readonly string[];
    /** Scales of temperature: "20 celsius", "68 f". */
    readonly temperatureScales: readonly string[];
    readonly fahrenheit: readonly string[];
    readonly kelvin: readonly string[];
    /** Units of speed said as one word. */
    readonly speed: readonly string[];
    readonly lengths: readonly string[];
    /** Centimetres, converted to metres: the symbol, and the word spelled out. */
    readonly centimetreSymbol: string;
    readonly centimetres: readonly string[];
    /** Kilometres, and how "per hour" follows them ("km/h" is a speed word of its own). */
    readonly kilometre: string;
    readonly perHour: readonly string[];
    readonly seconds: readonly string[];
    readonly minutes: readonly string[];
    readonly hours: readonly string[];
    /** One-letter symbols of an hour and a second ("2 h", "30 s"). */
    readonly hourSymbol: string;
    readonly secondSymbol: string;
  };
  /** Amounts and levels said without a number. */
  readonly amounts: {
    /** A small relative change: "a bit brighter", "turn it up slightly". */
    readonly relativeAmount: readonly string[];
    /** Half a range: "half", "halfway". */
    readonly half: readonly string[];
    /** The top of a range: "full", "max". */
    readonly maximum: readonly string[];
    /** More ways the argument reader takes for the top: "all the way", "highest". */
    readonly maximumAlso: readonly string[];
    /** An intensifier said right before the way's particle for the whole way: "right down" is "all the way down". */
    readonly wholeWayIntensifiers: readonly string[];
    /** The particles of a level's way that such an intensifier goes before: "up", "down". */
    readonly wayParticles: readonly string[];
    readonly minimum: readonly string[];
    readonly minimumAlso: readonly string[];
    /** Durations said as words, in minutes: "half an hour" is 30. */
    readonly spokenMinutes: Readonly<Record<string, number>>;
    /** Words right before a number that make it negative: "minus 5". */
    readonly negative: readonly string[];
    /** Words that point an angle below the horizon: "point the camera down 45 degrees". */
    readonly downwards: readonly string[];
    /** Words that point an angle above the horizon: "tilt the camera up 20 degrees", "20 degrees above level". */
    readonly upwards: readonly string[];
    /** Words that say a number is a signed value in a document's note: "positive tilts up". */
    readonly positive: readonly string[];
    /** Words that name an angle of nought, the horizon itself: "put the camera back level". */
    readonly horizontal: readonly string[];
    /** Words that name the ends of an angle's range, straight above and straight below: "look straight up". */
    readonly vertical: { readonly up: readonly string[]; readonly down: readonly string[] };
    /** Prepositions that say a number is the level wanted: "to 90", "at 20". */
    readonly levelPrepositions: readonly string[];
    /** Prepositions that say a number is a change: "by 10". */
    readonly changePrepositions: readonly string[];
    /** Words between a parameter's name and its number: "x is 3", "speed of 0.8". */
    readonly nameLinks: readonly string[];
  };
  /** A parameter that is a change, not a level: by its identifier, or by its description's words. */
  readonly stepParameter: { readonly names: readonly string[]; readonly phrases: readonly string[] };
  /** Verbs of beginning and ending that take an activity after their object: "stop the fan swinging" (closed class). */
  readonly aspectualVerbs: readonly string[];
  /** Words that say a switch's state: "turn on oscillation". */
  readonly switchWords: readonly string[];
  /** Words that make a boolean false ("don't", "off"), and prefixes that negate a word ("unmute"). */
  readonly negation: { readonly words: readonly string[]; readonly wordPrefixes: readonly string[] };
  /** Prefixes that undo a verb ("unpause", "deactivate"), and the wider set that negates any word (WordNet's antonym poles). */
  readonly negatingPrefixes: { readonly verbs: readonly string[]; readonly words: readonly string[] };
  /** Openings of a definition by absence: "not occupied", "without an occupant". */
  readonly negativeGlosses: readonly string[];
  /**
   * Words of a statement that a quality is past what is wanted ("too dark", "overly bright") or short
   * of it ("not warm enough"), the forms of "be" before a state said as an ongoing verb ("I'm
   * freezing"), the opening of a WordNet definition of such a verb ("be cold", "be very hot"), and the
   * command the wish is said as ("make it warmer"), and the words of a quality said of the place
   * itself ("it's dark in here", "it's getting cold"): the subject with its verb, and the degree
   * words and linking verbs that may stand between it and the adjective, and the words of the
   * outdoors, whose quality is the weather ("it's cold outside"), not a wish:
   * libs/rag/src/mapper/stated-excess.ts.
   */
  readonly statedDegree: {
    readonly excess: readonly string[];
    readonly sufficiency: readonly string[];
    readonly beForms: readonly string[];
    readonly beGloss: string;
    readonly wishTemplate: string;
    /** `slips`: an opener typed without its apostrophe ("its"), read as one only where it opens the clause. */
    readonly ambient: { readonly openers: readonly string[]; readonly between: readonly string[]; readonly outdoors: readonly string[]; readonly slips: readonly string[] };
    /** How the dictionary opens a definition by what a state lacks ("stuffy": "lacking fresh air"): what follows is what would remedy it. */
    readonly lackGlosses: readonly string[];
    /** "can't", "cannot": said before a verb of perception ("I can't hear the radio"), a lack of what it perceives. */
    readonly inability: readonly string[];
    /** The verb WordNet's senses of perceiving are kinds of ("hear": perceive (sound) via the auditory sense). */
    readonly perceiving: string;
  };
  /** The suffix of a state that is an ongoing action ("playing", "charging"). */
  readonly progressiveSuffix: string;
  /** Verbs of going followed by a bare verb of purpose ("go charge", "come see"): the verb after is what is asked. */
  readonly goingVerbs: readonly string[];
  /**
   * The subject pronouns a clause that states something opens with ("you're nearly out of battery",
   * "there's someone in the aisle"), contracted forms with and without their apostrophe: a closed
   * class. Such a clause set off by a comma beside a command is the command's context (mapper/stated-context.ts).
   */
  readonly statementSubjects: readonly string[];
  /** Words that close the first clause of a request: its object is read before them. */
  readonly clauseBreaks: readonly string[];
  /** Words that open a clause of a description saying what a function does not do: "without changing the volume". */
  readonly negatedClauseOpeners: readonly string[];
  /** Words of a request that deny the values after them in their clause: "just the fan, no heating or cooling". */
  readonly negatedValueOpeners: readonly string[];
  /** Words that join two verbs of one description: "Mutes or unmutes the sound". */
  readonly descriptionCoordinators: readonly string[];
  /** How a request's steps are split (`readSteps`). */
  readonly steps: {
    /** The word that joins two steps or two objects: "move to shelf 3 and scan it". */
    readonly conjunction: string;
    /** Words after the conjunction that name a value, not a new verb: "SSID X and password Y". */
    readonly valueNames: readonly string[];
    /** Prepositions after the word after the conjunction that make it an object: "and milk to the list". */
    readonly objectPrepositions: readonly string[];
    /** Words between a step's verb and its object: "move to shelf 3", "turn on the TV". */
    readonly objectLinks: readonly string[];
  };
  /** A clause that says why, not what: "so that the tablets can connect", "in order to". */
  /**
   * Which end of a relation the device is (mapper/relation-role.ts): words of self, others and role
   * that mark a function's document as making the device what others come to ("its own network",
   * "other devices can join", "acts as", "turns into"), and the request's words for that side.
   */
  readonly relationRole: {
    readonly documentMarkers: readonly string[];
    readonly requestMarkers: readonly string[];
    /** "an access point on the robot": the device as where the thing is. */
    readonly placePrepositions: readonly string[];
  };
  /**
   * WordNet's attribute nouns of a scale as such (the attribute of "low", "high"): an adjective
   * with one of them, said of the device in a question ("is it running low?"), asks where one
   * value stands on its scale.
   */
  readonly scaleAttributes: readonly string[];
  /** A question of place: its interrogative ("where") and the nouns WordNet's senses of a place are read against (mapper/place-question.ts). */
  readonly place: { readonly askers: readonly string[]; readonly nouns: readonly string[] };
  /**
   * Question words that say what kind of answer is wanted (mapper/answer-type-unmet.ts): an amount or
   * a degree ("how" before "much", "many" or an adjective), a person ("who"), a time ("when"); and
   * WordNet's broader noun of a unit ("minutes", "degrees"), which says how an amount is counted, not of what.
   * countWords count things one by one ("how many lights"), as "how much" never does; thingKind is
   * WordNet's broader noun of a made thing, which a count of devices counts ("how many curtains").
   */
  readonly answerOpeners: { readonly degree: readonly string[]; readonly amountWords: readonly string[]; readonly countWords: readonly string[]; readonly person: readonly string[]; readonly time: readonly string[]; readonly measureKind: string; readonly thingKind: string };
  readonly purpose: {
    readonly markers: readonly string[];
    /** "so" opens a purpose when a subject follows: "so the tablets can connect". */
    readonly markerBeforeSubject: readonly string[];
    readonly subjects: readonly string[];
  };
  /** Words that only ask to be told: "report back on", "tell me". */
  readonly asking: readonly string[];
  /** Words that open a clause asking something: after a command's verb ("figure out where ...") the request asks. */
  readonly interrogativeClauseOpeners: readonly string[];
  /** Words that cannot carry a request alone: what is left of "what is the outside temperature". */
  readonly smallWords: readonly string[];
  /** Words between a quantifier and its noun: "each of the robots", "every one of them". */
  readonly quantifierLinks: readonly string[];
  /** How a request addresses the device, and how its document speaks of it ("are you" -> "is the robot"). */
  readonly addressee: {
    readonly subject: string;
    readonly reflexive: string;
    readonly possessive: string;
    /** The article the device's noun takes when it replaces "you" and that replaces "your". */
    readonly article: string;
    /** Verbs said to the device, and the same verbs said of it. */
    readonly verbs: Readonly<Record<string, string>>;
    /** The verb said after the subject ("you are"), and its contractions ("you're"). */
    readonly presentVerb: string;
    readonly contractions: readonly string[];
  };
  /** How the agent says what it did, as templates with {slots} (`fillTemplate`) and the words they take. */
  readonly answers: AnswerTemplates;
}

/** The agent's answers: what a call did, what was already so, what needs confirming, how a task ended. */
export interface AnswerTemplates {
  /** Values said in words: an empty list, a boolean, no value at all. */
  readonly values: { readonly empty: string; readonly yes: string; readonly no: string; readonly unknown: string };
  /** The ending of a description's opening verb in the third person ("Skips ..."): the description says what a call did. */
  readonly thirdPersonSuffix: string;
  /** The ending of a noun said in the plural ("the lights"). */
  readonly pluralSuffix: string;
  /** What a call did: {device}, {subject}, {verb}, {value}, {phrase}, {values}, {details}. */
  readonly call: {
    readonly reading: string;
    /** The subject of a reading whose function name is only a reading verb ("get"). */
    readonly readingSubject: string;
    readonly readingVerbs: { readonly one: string; readonly many: string };
    /** The verb of an action whose name has none. */
    readonly defaultVerb: string;
    readonly done: string;
    readonly doneSetting: string;
    readonly doneWithValues: string;
    /** A two-state sensor's reading in its own words: "{device}: {state}." */
    readonly ownState: string;
  };
  /** An action the device was already done with: {device}, {state}, {setting}, {value}, {action}. */
  readonly already: {
    readonly state: string;
    readonly notState: string;
    readonly setting: string;
    readonly nothing: string;
    /** An item a list already held: {device}, {item}, {noun}. */
    readonly held: string;
    readonly on: string;
    readonly off: string;
  };
  /** A sensitive action to confirm: {verb}, {object}, {device}, {action}. */
  readonly confirmation: {
    /** The article a device's name takes ("the Driveway gate"), unless it has one. */
    readonly article: string;
    readonly ofDevice: string;
    readonly partOfDevice: string;
    readonly onDevice: string;
    /** The question the agent asks: {device}, {actions} (joined by `joinActions`). */
    readonly needed: string;
    readonly joinActions: string;
  };
  /** A call met by a state it also accepts ("pause" on a stopped player): {device}, {setting}, {value}, {action}. */
  readonly metByState: string;
  /** A task whose run threw: {device}, {reason}. */
  readonly wentWrong: string;
  /**
   * Why a device declines a request said for later or on a repeat (mapper/time-not-held.ts): it acts at
   * once and once only. {subject} (the device), {time} (the words said), {action} (what it can do now).
   */
  readonly notLater: { readonly later: string; readonly repeat: string; readonly subject: string; readonly defaultSubject: string };
  /** How a task ended: {calls}, {function}, {value}, {unit}, {count}, {reason}, {candidates}, {functions}, {state}. */
  readonly task: {
    readonly done: string;
    readonly doneAlone: string;
    readonly returned: string;
    readonly programReturned: string;
    readonly restartedAfterOne: string;
    readonly restartedAfterMany: string;
    readonly restartedDuring: string;
    readonly cannot: string;
    readonly closest: string;
    readonly noMatchingFunction: string;
    readonly confirm: string;
    readonly ended: string;
  };
}

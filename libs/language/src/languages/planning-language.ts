/**
 * What the coordinator's planner needs of a language beyond reading a request (`RequestLanguageData`):
 * how a question opens and what form it asks in, how a condition, a closed loop, a schedule's
 * cancellation and a confirmation are said. Word lists only; the coordinator builds its patterns
 * from them (longest phrase first), so a language people plan in adds a file like en-planning.ts
 * and no code path changes.
 */
export interface PlanningLanguageData {
  /** ISO 639-1 code, the same as the language's `LanguageData`. */
  readonly code: string;
  /** Linking verbs a question opens with ("is the door open", "were all windows closed"), in the present and the past. */
  readonly copulas: { readonly present: readonly string[]; readonly past: readonly string[] };
  /** What may follow a quantifier before its noun ("each of the shelves", "which of the lights"). */
  readonly partitives: readonly string[];
  /** The article that may follow a partitive, and that alone before a plural means every one ("the shelves"). */
  readonly definiteArticles: readonly string[];
  /** Words that put a place after what is asked ("occupied in the office", "if it is over 20 degrees upstairs"). */
  readonly placeWords: readonly string[];
  /**
   * Polite frames around a request (planner/courtesy-frame.ts): "would you mind closing the blinds"
   * (an asker, the verb of minding, the request's verb in its -ing form) and "would you be so kind as
   * to close the blinds" (an asker, the linking verb, a few words, a link before the infinitive).
   */
  readonly courtesyFrames: {
    readonly askers: readonly string[];
    readonly minding: readonly string[];
    readonly linking: readonly string[];
    readonly infinitiveLinks: readonly string[];
    readonly infinitive: string;
  };
  readonly questions: {
    /** First words of a clause that asks for a reading, read by the question detection and the allocation's answer. */
    readonly openers: readonly string[];
    /** An opener that orders a change when one of these particles follows it soon ("check the apples off the list"). */
    readonly commandWithParticle: Readonly<Record<string, readonly string[]>>;
    /** Openers of a question asked of each thing of a kind ("which lights are on", "which of the shelves ..."). */
    readonly whichAskers: readonly string[];
    /** Openers of a question that counts ("how many lights are on"). */
    readonly countOpeners: readonly string[];
    /** Openers of a question answered yes or no ("is the door locked", "does ..."). */
    readonly yesNoOpeners: readonly string[];
    /** "is there any light on", "were any windows open": a copula (present or past), the existential word, the quantifier. */
    readonly any: {
      readonly existential: readonly string[];
      readonly quantifiers: readonly string[];
      /** "any ... open": the quantifier anywhere, with one of these states closing the question. */
      readonly inner: readonly string[];
      readonly closingStates: readonly string[];
    };
    /** "are all windows closed", "is everything off": a present copula and the universal quantifier. */
    readonly all: { readonly quantifiers: readonly string[] };
    /** "is anyone in the living room?": words that ask whether presence is read, and the state they expect. */
    readonly presence: { readonly words: readonly string[]; readonly state: string };
    /** Words that are a state asked about or a preposition ("on", "off"): a state only when no other state word is said. */
    readonly prepositionalStates: readonly string[];
    /** Words that are a preposition when a determiner follows ("what is on the list"), not the state asked about. */
    readonly prepositionsBeforeDeterminer: readonly string[];
    /** Words before an adjective that ask for its quantity ("how damp is the cellar"). */
    readonly quantityAskers: readonly string[];
  };
  /**
   * The plain command a felt state ("it's freezing in here") is passed on as to the device of the place
   * that remedies it ("{device}" is its name): switched on where it is off, opened where it is a closed
   * valve, turned up where it already runs and has a level; and the command that eases a running device
   * whose purpose is the quality itself ("it's too warm" to an open radiator: turned down).
   */
  readonly remedies: {
    readonly switchOn: string;
    readonly open: string;
    readonly turnUp: string;
    readonly switchOff: string;
    readonly close: string;
    readonly turnDown: string;
  };
  /** How a reading's value is matched against the state a question expects. */
  readonly readings: {
    /** Expected words that a true boolean reading means, and those a false one means. */
    readonly trueWords: readonly string[];
    readonly falseWords: readonly string[];
    /** A state said as a verb and the word a reading gives for it: "close" is read as "closed". */
    readonly stateForms: Readonly<Record<string, string>>;
    /** Words of a query function's name that say only that it reads ("is_open", "get_level"), not what. */
    readonly queryWords: readonly string[];
  };
  readonly conditions: {
    /** Words that open a condition before the request or after it: "if", "provided that". */
    readonly anywhere: readonly string[];
    /** Words that open a condition only before the request: "when the humidity is above 70%, ...". */
    readonly leadingOnly: readonly string[];
    /** Words after which a comparison with its number closes the condition, with no comma before the request. */
    readonly beforeComparison: readonly string[];
    /** Words that may end a condition said first, instead of a comma: "if ... then ...". */
    readonly thenWords: readonly string[];
    /** The pro-forms that stand for a yes/no question just asked: "is it on? if not, turn it on", "if so, stop it". */
    readonly elliptical: { readonly affirming: readonly string[]; readonly negating: readonly string[] };
  };
  /** The words of "in a couple of minutes" around the amount, read with the language's duration units. */
  readonly delays: { readonly beforeAmount: readonly string[]; readonly afterAmount: readonly string[] };
  readonly comparisons: {
    /** Words that turn a comparison round: "no more than 20", "not below 5". */
    readonly negations: readonly string[];
    /** Bounds said with their operator: "at least 20", "at most 5". */
    readonly atLeast: readonly string[];
    readonly atMost: readonly string[];
    /** The word after a comparative: "colder than". */
    readonly than: readonly string[];
    /** Words between the subject and the comparison, stripped from the subject: "the tank has less than ...". */
    readonly subjectLinks: readonly string[];
  };
  /** Goals with a measurable target: "lower its contention window step by step until the upload time is at most 16 s". */
  readonly closedLoops: {
    /** The word between the action and the target. */
    readonly until: readonly string[];
    /** Targets of "at most" and of "at least". */
    readonly atMost: readonly string[];
    readonly atLeast: readonly string[];
    /** Verbs that step settings down or up, said with a stepwise marker. */
    readonly stepDown: readonly string[];
    readonly stepUp: readonly string[];
    readonly stepwise: readonly string[];
    /** Determiners the stepped setting's name drops ("its contention window"), and the owner's possessive ending ("client 2's"). */
    readonly subjectDeterminers: readonly string[];
    readonly possessiveEndings: readonly string[];
  };
  /** Resources of a site allocated over devices: "check shelves 3 to 7", "every shelf". */
  readonly resources: {
    /** Quantifiers that mean every one: "all shelves", "each of the shelves". */
    readonly quantifiers: readonly string[];
    /** Words before a number that say it is one ("shelf number 3"), and their abbreviations ("shelf no. 3"). */
    readonly numberWords: readonly string[];
    readonly numberAbbreviations: readonly string[];
    /** Words of a range ("3 to 7", "3 through 7") and of a list of numbers ("3, 5 and 9"). */
    readonly rangeWords: readonly string[];
    readonly listWords: readonly string[];
  };
  /** Calling off what is scheduled: "cancel the kitchen light timer", "call off everything scheduled". */
  readonly schedules: {
    readonly cancelVerbs: readonly string[];
    readonly nouns: readonly string[];
    /** Words that mean all that waits. */
    readonly everything: readonly string[];
  };
  /** Answers to "shall I?": a turn that opens with one of these confirms or refuses what waits. */
  readonly confirmation: { readonly yes: readonly string[]; readonly no: readonly string[] };
  /** Units said after a number, and the symbol a spelled unit is written as. */
  readonly units: {
    /** After a comparison ("above 70%", "colder than 18 degrees celsius", "less than 500 litres"). */
    readonly comparison: UnitWords;
    /** After a closed loop's target ("until the upload time is at most 16 s"). */
    readonly closedLoop: UnitWords;
    /** "percent" -> "%", "seconds" -> "s" (after spaces are taken out: "per cent" is "percent"). */
    readonly symbols: Readonly<Record<string, string>>;
  };
  /** The coordinator's own sentences, filled by `fillTemplate`. */
  readonly answers: PlanningAnswerTemplates;
}

/** Units a reader finds after a number. */
export interface UnitWords {
  /** Units written as words or symbols ("percent", "%", "kwh"), each form listed ("litre", "litres"). */
  readonly words: readonly string[];
  /** Abbreviations that must end a word: "l" is a litre, not the first letter of "lamps". */
  readonly abbreviations?: readonly string[];
  /** Words that may follow a unit and belong to it: "degrees celsius", and "°c" (after a symbol, with or without a space). */
  readonly qualifiers?: Readonly<Record<string, readonly string[]>>;
}

/** The coordinator's sentences: questions it sends for a reading, and the answers it composes from devices' reports. */
export interface PlanningAnswerTemplates {
  /** The question that reads what a comparison or a closed loop compares: "What is the temperature of the study?". */
  readonly reading: {
    readonly ofSubject: string;
    readonly named: string;
    /** Words a compared subject opens with that the question leaves out ("it is", "the"). */
    readonly subjectOpeners: readonly string[];
    /** The quantity a unit names by its beginning ("°", "degrees" -> temperature); any other unit but a percentage reads the current value. */
    readonly quantityOfUnit: Readonly<Record<string, string>>;
    readonly otherQuantity: string;
  };
  /** A "which" question asked of one resource: "which shelves have free space" -> "Does shelf 3 have free space?". */
  readonly askedOfOne: {
    /** Plural copulas and the singular that opens the question ("are" -> "Is"). */
    readonly singularCopulas: Readonly<Record<string, string>>;
    /** The auxiliary that opens any other verb's question, and the verbs it replaces ("do"). */
    readonly auxiliary: string;
    readonly auxiliaryVerbs: readonly string[];
    readonly question: string;
  };
  /** The answer to a question asked of devices, and the paragraph of what was and was not done. */
  readonly question: {
    /** One device's verdict: "{verdict}. {message}" with `yes` or `no`. */
    readonly verdict: string;
    readonly yes: string;
    readonly no: string;
    readonly yesThese: string;
    /** "any": no device is in the asked state. */
    readonly noneIs: string;
    readonly allAre: string;
    /** "all": those that are not, with `copulas.one` or `copulas.many`. */
    readonly notAll: string;
    readonly copulas: { readonly one: string; readonly many: string };
    readonly these: string;
    /** "which": none is. */
    readonly whichNone: string;
    readonly howMany: string;
    readonly howManyThese: string;
    /** Readings that say neither yes nor no, after the verdict. */
    readonly unsure: string;
    /** The messages of steps that failed, after the answer. */
    readonly failures: string;
    /** Before readings that are only on or off, for a question whose word none of them names. */
    readonly unsureOfWord: string;
    readonly notEverything: string;
    readonly unresolved: string;
    readonly quotedClause: string;
    readonly nothingToDo: string;
    /** After an answer that waits for the person's confirmation. */
    readonly shallI: string;
  };
  /** Asking which of several devices was meant: "Which {noun} do you mean: {devices}?", each device told apart. */
  /** A place the home has no device in, or no device of the kind said: "There is no light in the Kitchen." */
  readonly missingPlace: {
    readonly none: string;
    readonly nearest: string;
    readonly noKind: string;
    /** The noun of the question where the clause named a device, not a kind. */
    readonly device: string;
  };
  readonly clarify: {
    readonly whichOne: string;
    readonly inArea: string;
    readonly noRoom: string;
    readonly onFloor: string;
    readonly ownLabel: string;
    readonly listJoin: string;
    /** The last two alternatives: {others}, {last}. */
    readonly alternatives: string;
  };
  /** Corrections ("no, I meant the floor lamp") and names taught ("call the lamp reading light"), and why one was refused. */
  readonly corrections: {
    /** A phrase the person said, as the answer quotes it. */
    readonly quoted: string;
    readonly alreadyCalled: string;
    readonly nameTaken: string;
    readonly notAName: string;
    readonly nowMeans: string;
    readonly meantBefore: string;
    readonly nothingToCorrect: string;
    readonly whichDevice: string;
    readonly couldBe: string;
    /** Joins the devices a phrase could be, and the devices that were changed. */
    readonly couldBeJoin: string;
    readonly changedJoin: string;
    readonly alreadyRight: string;
    readonly whichOfThem: string;
    readonly cannotPutBack: string;
    readonly unrestorable: string;
    readonly unknownBefore: string;
    readonly staysName: string;
    readonly fromNowOn: string;
  };
  /** A report that came after its subtask was settled: the note put after the report's first sentence. */
  readonly late: { readonly done: string; readonly reported: string; readonly note: string };
  /** The answer of a goal allocated over a site's resources ("check every shelf"). */
  readonly allocation: {
    readonly checked: string;
    readonly noneOfThem: string;
    /** A plural verb the "none of them" answer says in the singular ("are" -> "is", "have" -> "has"). */
    readonly singularVerbs: Readonly<Record<string, string>>;
    readonly these: string;
    readonly notThese: string;
    readonly tookOver: string;
    readonly noStandIn: string;
    readonly noReading: string;
    readonly couldNot: string;
    readonly checkVerb: string;
    readonly doVerb: string;
    /** A device whose reading is of another kind than most of the others' ("a list of names" where they gave "numbers"). */
    readonly otherKind: string;
    /** The words for each kind of reading. */
    readonly kindWords: { readonly amount: string; readonly names: string; readonly word: string; readonly 'yes/no': string; readonly other: string };
  };
  /** Closed loops: the step that sets the lever, and the outcome with its rounds. */
  readonly closedLoop: {
    readonly setLever: string;
    readonly valuesJoin: string;
    readonly reached: string;
    readonly notReached: string;
    readonly changes: { readonly one: string; readonly many: string };
    readonly atMost: string;
    readonly atLeast: string;
    readonly noReading: string;
    readonly round: string;
  };
  /** Undoing a device's change: the sentence of the function that leaves the earlier state, or that sets a setting back; a boolean's words. */
  readonly undo: { readonly state: string; readonly setting: string; readonly on: string; readonly off: string };
  /** Calling off scheduled steps. */
  readonly schedules: {
    readonly nothingScheduled: string;
    readonly whichOne: string;
    readonly cancelled: string;
    readonly pronouns: { readonly one: string; readonly many: string };
    readonly noLongerScheduled: string;
    readonly entry: string;
    /** A goal said on a repeat ("every day at noon"): {time}, the words said. Nothing is done. */
    readonly cannotRepeat: string;
  };
}

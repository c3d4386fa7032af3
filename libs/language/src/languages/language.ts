/**
 * What the code needs to know of a language, as data: adding a language means adding a file of
 * word lists beside en.ts, de.ts, fr.ts and zh.ts, not editing a code path (the model is Home
 * Assistant's intents repository read by hassil).
 */
export interface LanguageData {
  /** ISO 639-1 code. */
  readonly code: string;
  /**
   * Frequent function words (articles, prepositions, conjunctions) whose counts tell a document's
   * language; also left out of what a document's notes are matched on.
   */
  readonly functionWords: ReadonlySet<string>;
  /**
   * Parts of an API parameter's identifier, in this language, that say what it holds: a secret
   * ("password", "kennwort") or a network's name ("ssid", "netz"). Read in every language at once:
   * a vendor names parameters in its own.
   */
  readonly identifierParts?: { readonly secret?: readonly string[]; readonly networkName?: readonly string[] };
  /**
   * How API notes in this language say a parameter's range and unit and how a call reports its
   * outcome. Read in every language at once, as `identifierParts` is: a vendor writes in its own.
   */
  readonly documentWords?: DocumentWords;
}

export interface DocumentWords {
  /** Words between the two ends of a range ("0 to 100", "0 bis 100", "0到100"). */
  readonly rangeWords?: readonly string[];
  /**
   * How a unit is written, by the unit's symbol ("m/s", "°", "%", "m"): `words` found anywhere
   * ("meters per second", "度"), `wholeWords` only as a word of their own ("grad", not the "grad" of "Gradient").
   */
  readonly units?: Readonly<Record<string, { readonly words?: readonly string[]; readonly wholeWords?: readonly string[] }>>;
  /** Words (or their beginnings) that say how a call reports success or failure ("success", "fehl", "成功"). */
  readonly outcomeWords?: readonly string[];
  /** Articles and pronouns elided onto the next word ("l'", "qu'"), taken off before notes are split into words. */
  readonly elisions?: readonly string[];
}

/**
 * What reading a request needs of its language (`readRequest`): the words that show its mood, what a
 * question asks for, fractions, percentages and item lists. English has it; a language people give
 * requests in adds these lists beside its function words.
 */
export interface RequestLanguageData extends LanguageData {
  readonly goalCourtesy: readonly string[];
  /** Discourse openers set off by a comma before the request proper ("hold on, ...", "ok so, ..."): not the command. */
  readonly discourseOpeners: readonly string[];
  /** Milliseconds per unit of time by the unit's name: a discourse opener may take a span of them ("hold on a minute, ..."). */
  readonly durationUnits?: Readonly<Record<string, number>>;
  readonly mood: {
    readonly leadingFillers: readonly string[];
    readonly politeAsks: readonly string[];
    readonly politeAddressees: readonly string[];
    readonly politeWord: string;
    readonly questionOpeners: readonly string[];
    readonly commandOpeners: readonly string[];
    readonly bareStates: readonly string[];
  };
  readonly answerKinds: {
    readonly amountOpeners: readonly string[];
    readonly namesAskers: readonly string[];
    readonly namesLinking: readonly string[];
    readonly namesPlaces: readonly string[];
    readonly thingAskers: readonly string[];
    readonly things: readonly string[];
  };
  readonly fractions: {
    readonly denominators: Readonly<Record<string, number>>;
    readonly numerators: Readonly<Record<string, number>>;
    /** Words that count one more of a fraction and say it is added ("another quarter", "a further third"): the fraction starts after them. */
    readonly addedNumerators?: readonly string[];
    readonly wholeWords: Readonly<Record<string, number>>;
    readonly trailingWord: string;
    readonly notAfterHalf: readonly string[];
  };
  readonly percentWords: ReadonlySet<string>;
  readonly itemLists: { readonly conjunctions: readonly string[]; readonly articles: readonly string[] };
}

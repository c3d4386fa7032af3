import { alternation, de, detectLanguage, englishCognates, enMapping, LANGUAGES, isFunctionWord, isStopword, splitIdentifier, stem, stripAccents, words, type ChineseDictionary, type Lexicon } from '@meshmind/language';
import type { NormalisedDocument, NormalisedFunction } from '../api-document';
import type { HybridDocument } from '../search/hybrid-index';
import { handsBackValue, withReturnSense } from './returned-value';
import { separableVerbReader, withoutSeparablePrefix } from './separable-verbs';
import { withoutNumeralTranslations } from './note-numerals';
import { withUnitGlosses } from './unit-glosses';
import { withClosedSpellings } from './closed-spellings';
import { withFamilySenses } from './word-family';
import { withObjectSenses } from './object-senses';
import { withDefinedDeeds } from './defined-deed';
import { withoutPhrasalOpeners } from './phrasal-openers';

export interface FunctionViews {
  language: string;
  documents: HybridDocument[];
  /** Why a part of the document could not be read (a missing dictionary), for the host's log. */
  warnings: string[];
  /** Per function whose identifier the dictionary translated: the name's English words, as its lexical field keeps them. */
  nameReadings: Map<string, string[]>;
  /** The glosses' two-word WordNet compounds as the view text spells them, and the one word they are read as ("hot spot": "hotspot", "work unit": "work_unit"). */
  compounds?: Map<string, string>;
}

const GLOSS_TRANSLATIONS = 2;
const FIELD_TRANSLATIONS = 4;

/**
 * Orders each word's translations by how well they fit the rest of the function's words: "arrêt"
 * in "arrêt d'urgence : stoppe immédiatement ..." is "stop", not the dictionary's first sense
 * "decision"; "station" is "station" (the same word in English), not "stage". A translation that
 * another word of the function also translates to, or that is the word itself, comes first; the
 * dictionary's order breaks ties.
 */
export function senseInContext(translations: ReadonlyMap<string, string[]>, functionWords: readonly string[], familiarity?: (word: string) => number): Map<string, string[]> {
  const present = [...new Set(functionWords)].filter((word) => translations.has(word));
  const stemsOf = (phrase: string) => words(phrase).filter((word) => !isStopword(word)).map(stem);
  const result = new Map(translations);
  for (const word of present) {
    const others = new Set(present.filter((other) => other !== word).flatMap((other) => translations.get(other)!.flatMap(stemsOf)));
    const fit = (translation: string) => {
      const own = stemsOf(translation);
      const shared = own.filter((key) => others.has(key)).length;
      const cognate = stripAccents(translation.toLowerCase()) === stripAccents(word.toLowerCase()) ? 1 : 0;
      return shared + cognate;
    };
    // Among equally fitting senses the common English word comes first: "frei" is "free" before
    // "complimentary", "fragt" is "ask" before "public affairs". A phrase is as common as its rarest word.
    const common = (translation: string) => {
      if (!familiarity) return 0;
      const whole = familiarity(translation);
      if (whole > 0) return whole;
      const parts = words(translation).filter((part) => !isStopword(part));
      return parts.length === 0 ? 0 : Math.min(...parts.map(familiarity));
    };
    const ranked = translations.get(word)!.map((translation, index) => ({ translation, index, fit: fit(translation), common: common(translation) }));
    ranked.sort((left, right) => right.fit - left.fit || right.common - left.common || left.index - right.index);
    result.set(word, ranked.map((entry) => entry.translation));
  }
  return result;
}

/**
 * "Returns 1 on success, 0 on failure.", "成功返回1，失败返回0。": how a call reports success says
 * nothing about what it does, and every function of such a vendor says it. Left out of the views.
 */
const OUTCOME_WORDS = new RegExp(alternation([...LANGUAGES.values()].flatMap((language) => language.documentWords?.outcomeWords ?? [])), 'i');

/** A pattern for the language's elided words before an apostrophe ("l'arrêt", "qu'il"), when it has any. */
function elisionsOf(language: string): RegExp | undefined {
  const elisions = LANGUAGES.get(language)?.documentWords?.elisions;
  return elisions && elisions.length > 0 ? new RegExp(`\\b(?:${alternation(elisions)})['’]`, 'gi') : undefined;
}

/**
 * The words of a glossed phrase, a two-word WordNet noun compound kept whole with its head: "hot spot"
 * is "hotspot" (as a request spells it, where WordNet knows the closed form, else "hot_spot") and
 * "spot"; "movie camera" keeps "camera". Its modifier alone would make a wifi function meet "hot"
 * (temperature). A verb phrase ("turn on") and any other phrase are their words.
 */
export function compoundWords(phrase: string, wordNet: Lexicon['wordNet'] | undefined): string[] {
  const parts = phrase.split(/\s+/).filter((word) => word !== '');
  if (!wordNet || parts.length !== 2 || !parts.every((word) => /^\p{L}+$/u.test(word))) return parts;
  const lower = parts.map((word) => word.toLowerCase());
  const joined = lower.join('_');
  if (!wordNet.canBe(joined, 'noun') || wordNet.isVerb(joined)) return parts;
  const closed = lower.join('');
  return [wordNet.isKnown(closed) ? closed : joined, parts[1]!];
}

export function withoutStatusCodes(description: string): string {
  const kept = description
    .split(/(?<=[.;。；，,])\s*/)
    .filter((clause) => !OUTCOME_WORDS.test(clause));
  const result = kept.join(' ').trim();
  return result === '' ? description : result;
}

const NEGATED_CLAUSE = new RegExp(`\\s*,?\\s*\\b(?:${alternation(enMapping.negatedClauseOpeners)})\\b[^.;:!?]*`, 'gi');

/** "Mutes the sound without changing the volume." -> "Mutes the sound." */
export function withoutNegatedClauses(description: string): string {
  return description.replace(NEGATED_CLAUSE, '').trim();
}

/**
 * Turns each function into what the hybrid index reads: split identifiers, parameter names and
 * notes, in English. German and French docs are glossed word by word through FreeDict, Chinese
 * docs through CC-CEDICT after cutting the notes into dictionary words; without a dictionary, a
 * Chinese document's functions are read by their (English) identifiers only.
 */
export function functionViews(document: NormalisedDocument, lexicon?: Lexicon): FunctionViews {
  const language = detectLanguage(document.functions.map((fn) => fn.description));
  const warnings: string[] = [];
  const dictionary = lexicon?.dictionaries.get(language);
  if ((language === 'de' || language === 'fr') && !dictionary) {
    warnings.push(`the API document's notes are in '${language}' and no dictionary is installed; ${lexicon?.missing.join('; ') ?? 'no lexicon given'}`);
  }
  const chinese = language === 'zh' && dictionary && 'segment' in dictionary ? (dictionary as ChineseDictionary) : undefined;
  if (language === 'zh' && !chinese) warnings.push(`the API document notes are in Chinese and no Chinese-English dictionary is available, so functions are matched by identifiers; ${lexicon?.missing.join('; ') ?? 'no lexicon given'}`);
  // German separable verbs are read whole ("Fragt ... ab" -> "abfragt"), where the dictionary knows the joined verb.
  const separable = language === 'de' && dictionary ? separableVerbReader(de.separablePrefixes, de.clauseConjunctions) : undefined;
  const joinedVerbs = separable ? new Set(dictionary!.translate(separable.candidates(document.functions.map((fn) => fn.description))).keys()) : new Set<string>();
  // Chinese notes are cut into dictionary words; other languages are split on spaces, elided words taken off.
  const elided = elisionsOf(language);
  const noteTokens = (description: string): string[] =>
    chinese
      ? chinese.segment(description)
      : elided
        ? words(description.replace(elided, ''))
        : separable
          ? separable.tokens(description, (word) => joinedVerbs.has(word))
          : words(description);

  const sourceWords = new Set<string>();
  for (const fn of document.functions) {
    for (const word of splitIdentifier(fn.name)) sourceWords.add(word);
    for (const parameter of fn.parameters) for (const word of splitIdentifier(parameter.name)) sourceWords.add(word);
    for (const word of noteTokens(fn.description)) sourceWords.add(word);
  }
  const translations = withUnitGlosses(withoutNumeralTranslations(dictionary ? dictionary.translate([...sourceWords]) : new Map<string, string[]>()), language);
  const wordNet = lexicon?.wordNet;
  if (wordNet && (language === 'de' || language === 'fr')) {
    for (const word of sourceWords) {
      if (isFunctionWord(word, language)) continue;
      const translated = translations.get(word);
      // Words the dictionary lacks may still be international ones: "coordonnées", "proximité", "Kamera".
      // "auflisten": a German verb the dictionary lacks may be known without its separable prefix ("listen", to list),
      // read as the verb it is: "listen" is also the nouns "Listen" (lists) and "List" (a ruse, a wile).
      const unprefixed = !translated && dictionary && language === 'de' ? withoutSeparablePrefix(word, de.separablePrefixes) : undefined;
      const bare = unprefixed && dictionary ? dictionary.translate([unprefixed]).get(unprefixed)?.filter((translation) => wordNet.isVerb(translation)) : undefined;
      if (bare && bare.length > 0) {
        translations.set(word, bare);
        continue;
      }
      if (!translated) {
        const cognates = englishCognates(word, language, (candidate) => wordNet.isKnown(candidate));
        if (cognates.length > 0) translations.set(word, cognates);
        continue;
      }
      // A word the dictionary renders as itself ("station", "position") means that in the doc: its
      // other senses ("station": "stop", "stage") would only match requests the function does not serve.
      const itself = translated.find((translation) => stripAccents(translation.toLowerCase()) === stripAccents(word.toLowerCase()));
      if (itself) translations.set(word, [itself]);
    }
  }
  let context: Map<string, string[]> = translations;
  // FreeDict lists a word's senses in no useful order ("Regal": "state monopoly" before "shelf").
  // CC-CEDICT mostly lists the common sense first, but not always ("确定": "definite" before "to
  // determine"), so where the function's context does not decide, the common English word leads in
  // every language.
  const familiarity = wordNet ? (word: string) => wordNet.familiarity(word) : undefined;
  const gloss = (word: string, count: number, senses: ReadonlyMap<string, string[]> = context): string[] => {
    const translated = senses.get(word);
    return translated ? translated.slice(0, count) : [word];
  };
  // A dictionary compound the gloss spells open ("热点" -> "hot spot") is one word, as WordNet keeps it ("hotspot"):
  // its halves alone would make a wifi function meet "hot" (temperature) and "spot" (a place).
  const compounds = new Map<string, string>();
  const keptWhole = (phrase: string) => {
    const parts = compoundWords(phrase, wordNet);
    if (parts.length === 2 && parts[0] !== phrase.split(/\s+/)[0]) compounds.set(phrase.trim().toLowerCase(), parts[0]!);
    return parts;
  };
  // Only a dictionary's gloss is respelled: an English note's "e-stop" is the vendor's own word.
  const glossSpelling = translations.size > 0 ? wordNet : undefined;
  const englishWords = (phrases: string[]) => withClosedSpellings(phrases.flatMap(keptWhole), glossSpelling).filter((word) => word !== '');

  const nameReadings = new Map<string, string[]>();
  const documents = document.functions.map((original: NormalisedFunction): HybridDocument => {
    // Neither how a call reports success nor what a function does not do ("deletes an item without
    // ticking it off", English notes only) is evidence for it. The identifier is untouched.
    const described = withoutStatusCodes(original.description);
    const fn = { ...original, description: language === 'en' ? withoutNegatedClauses(described) : described };
    // "bewege_zu_regal", "deplacer_vers_etagere": a foreign preposition in a name glosses to noise ("zu" -> "closed").
    const nameWords = splitIdentifier(fn.name).filter((word, _index, all) => language === 'en' || all.length === 1 || !isFunctionWord(word, language));
    const parameterWords = fn.parameters.flatMap((parameter) => splitIdentifier(parameter.name));
    const functionWords = [...nameWords, ...parameterWords, ...noteTokens(fn.description)];
    if (translations.size > 0) context = withFamilySenses(senseInContext(translations, functionWords, familiarity), functionWords, (english) => wordNet?.isVerb(english) ?? false);
    // What the words can match: in a function that hands back a value, "return" is what the call returns (returned-value.ts).
    const matched = translations.size > 0 && handsBackValue(fn.returns) ? withReturnSense(context) : context;
    const readsNotes = language !== 'zh' || chinese !== undefined;
    // Articles and prepositions of German and French notes gloss to noise ("zu" -> "closed", "des" -> "d sharp");
    // a Chinese word the dictionary does not gloss (a particle, a parameter name) is left out.
    const noteWords = readsNotes
      ? noteTokens(fn.description).filter((word) => !isStopword(word) && !(language !== 'en' && isFunctionWord(word, language)) && !(chinese && /[\u3400-\u9fff]/.test(word) && !translations.has(word)))
      : [];
    // A verb and its object read in the senses that deed has with that thing ("prendre_photo": take, not pick up).
    const named = withObjectSenses(withDefinedDeeds(matched, nameWords, functionWords, wordNet), nameWords, wordNet);
    const nameGloss = nameWords.map((word) => gloss(word, 1, named === matched ? context : named)[0]!).join(' ');
    const nameReading = englishWords(nameWords.flatMap((word) => gloss(word, FIELD_TRANSLATIONS, named)));
    // A phrasal verb's opener ("plug" of "plug in") is that verb, not a noun whose kinds the name would name (unaccounted-word.ts).
    if (nameWords.some((word) => translations.has(word))) nameReadings.set(fn.name, withoutPhrasalOpeners(nameReading, wordNet));
    // Go and Java doc comments open with the identifier ("FindVacancies reports ..."): the name is already in front.
    const ownName = new RegExp(`^\\s*${fn.name.replace(/[^A-Za-z0-9_]/g, '')}\\b\\s*`);
    const notesGloss = translations.size > 0 ? noteWords.map((word) => gloss(word, GLOSS_TRANSLATIONS).join(' ')).join(' ') : fn.description.replace(ownName, '');
    const parameterGloss = parameterWords.map((word) => gloss(word, 1)[0]!).join(' ');
    const mainView = readsNotes ? `${nameGloss}: ${notesGloss}` : `${nameGloss} ${parameterGloss}`.trim();
    return {
      id: fn.name,
      views: [mainView, nameGloss],
      fields: [
        { words: [...nameWords, ...nameReading], weight: 1 },
        { words: [...parameterWords, ...englishWords(parameterWords.flatMap((word) => gloss(word, 1, matched)))], weight: 0.5 },
        { words: englishWords(noteWords.flatMap((word) => gloss(word, FIELD_TRANSLATIONS, matched))), weight: 0.6 },
      ],
    };
  });
  return { language, documents, warnings, nameReadings, compounds };
}

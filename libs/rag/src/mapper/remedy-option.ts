import { enMapping, moodOf, stateThroughAntonym, stem, words, type WordNet } from '@meshmind/language';
import type { ParameterSpec } from '@meshmind/protocol';
import type { NormalisedDocument, NormalisedFunction } from '../api-document';

const { statedDegree } = enMapping;
/** "too", "overly": the language's words of excess (closed class). */
const EXCESS = new Set(statedDegree.excess);
/** "enough": a quality said sufficient is as wished ("it's warm enough now"), no complaint (closed class). */
const SUFFICIENCY = new Set(statedDegree.sufficiency);
/** "so", "really", "getting": words that may stand between the be-form and the quality (closed class). */
const BETWEEN = new Set(statedDegree.ambient.between);
/** "outside": the weather is said, not the room (closed class). */
const OUTDOORS = new Set(statedDegree.ambient.outdoors);
/** "i'm", "it's", "we're": the subjects a statement opens with (closed class); "the tea is hot" says nothing of the room. */
const SUBJECTS = new Set(enMapping.statementSubjects);
/** "is", "'m", "are": the be-forms, joined to the subject or apart (closed class). */
const BE_FORMS = statedDegree.beForms;
const CLAUSE = /[^,;.!?]+/g;
/** The most words a definition may have to be read as a degree of an adjective ("extremely cold"). */
const DEGREE_GLOSS_WORDS = 3;
/** How close a WordNet relation of an opposite must be to name the same remedy: "hot" -> "heat" (0.8), not "hot" -> "warm" (0.7). */
const CLOSE_RELATION = 0.8;

/** The qualities a statement clause says of the room or of the speaker: "too humid", "it's so stuffy", "I'm freezing" (as "cold"). */
function statedQualities(clause: string, wordNet: WordNet): string[] {
  const said = clause.toLowerCase().match(/[\p{L}'’]+/gu) ?? [];
  if (said.length === 0 || said.some((word) => OUTDOORS.has(word))) return [];
  const qualities: string[] = [];
  for (let index = 0; index < said.length; index += 1) {
    const word = said[index]!;
    const opensStatement = index === 0 && SUBJECTS.has(word);
    const beAfterSubject = index > 0 && SUBJECTS.has(said[index - 1]!) && BE_FORMS.includes(word);
    if (!EXCESS.has(word) && !(opensStatement && BE_FORMS.some((form) => !/^\p{L}/u.test(form) && word.endsWith(form))) && !beAfterSubject) continue;
    let at = index + 1;
    while (at < said.length && (BETWEEN.has(said[at]!) || EXCESS.has(said[at]!))) at += 1;
    const quality = said[at];
    if (quality === undefined || SUFFICIENCY.has(said[at + 1] ?? '')) continue;
    if (wordNet.canBe(quality, 'adj')) qualities.push(quality, ...glossedAdjectives(quality, wordNet));
    // "I'm freezing": the verb of a state, read through the sense that defines it as being so ("be cold").
    else if (quality.endsWith(enMapping.progressiveSuffix) && wordNet.isVerb(quality)) {
      for (const sense of wordNet.verbSenses(quality)) {
        const [opening, ...rest] = sense.definition.split(/[^\p{L}]+/u);
        if (opening === statedDegree.beGloss) qualities.push(...rest.slice(0, 2).filter((candidate) => wordNet.canBe(candidate, 'adj')));
      }
      // "it's boiling": through its antonym's sense ("freezing": "be cold"), the other end (hot).
      const opposite = stateThroughAntonym(quality, wordNet);
      if (opposite) qualities.push(opposite);
    }
  }
  return qualities;
}

/** The adjectives of a short definition that says the word is a degree of them: "freezing" -> "extremely cold" -> cold. */
function glossedAdjectives(adjective: string, wordNet: WordNet): string[] {
  const [definition] = wordNet.definitions(adjective, 'adj');
  const said = definition?.split(/[^\p{L}-]+/u).filter((word) => word.length > 0) ?? [];
  if (said.length === 0 || said.length > DEGREE_GLOSS_WORDS) return [];
  return said.filter((word) => word !== adjective && wordNet.canBe(word, 'adj') && wordNet.antonyms(word).size > 0);
}

/** Stems that name the remedy of a quality: its WordNet opposites and their closest relations ("cold" -> hot -> heat). */
function remedyStems(quality: string, wordNet: WordNet): Set<string> {
  const found = new Set<string>();
  for (const opposite of wordNet.antonyms(quality)) {
    found.add(opposite);
    for (const [related, weight] of wordNet.related(opposite, 'adj')) if (weight >= CLOSE_RELATION) found.add(related);
  }
  return found;
}

interface RemedyOption {
  parameter: ParameterSpec;
  value: string;
  /** The state field the setter's effects write the parameter to (`mode`), where it says. */
  field: string | undefined;
  /** Whether the option's own name, not only a synonym of it, names the remedy. */
  byName: boolean;
}

/** The words an option is called by: its own name and its synonyms in the document. */
function optionWords(parameter: ParameterSpec, value: string): string[] {
  return [value.replace(/_/g, ' '), ...(parameter.synonyms?.[value] ?? [])].flatMap((phrase) => words(phrase.toLowerCase()));
}

/** Values another function reaches by itself ("off" is turn_off's): not a remedy to set by name. */
function ownedValues(functions: readonly NormalisedFunction[]): Set<unknown> {
  return new Set(functions.filter((fn) => fn.parameters.length === 0).flatMap((fn) => (fn.effects ?? []).map((effect) => effect.value)));
}

/** The one option of the document's setters that names the remedy of a quality, or undefined where none or several do. */
function remedyOption(document: NormalisedDocument, qualities: readonly string[], wordNet: WordNet): RemedyOption | undefined {
  const owned = ownedValues(document.functions);
  const found: RemedyOption[] = [];
  for (const quality of qualities) {
    const remedies = remedyStems(quality, wordNet);
    if (remedies.size === 0) continue;
    for (const fn of document.functions.filter((candidate) => candidate.kind !== 'query')) {
      for (const parameter of fn.parameters.filter((candidate) => candidate.type === 'enum')) {
        for (const value of (parameter.values ?? []).filter((candidate) => !owned.has(candidate))) {
          const names = (said: readonly string[]) => said.some((word) => remedies.has(stem(word)) || remedies.has(word));
          if (!names(optionWords(parameter, value))) continue;
          const field = (fn.effects ?? []).find((effect) => effect.parameter === parameter.name)?.key;
          const byName = names(words(value.replace(/_/g, ' ').toLowerCase()));
          if (!found.some((option) => option.value === value && option.parameter.name === parameter.name)) found.push({ parameter, value, field, byName });
        }
      }
    }
    if (found.length > 0) break;
  }
  // "heat" names the remedy by its own name; "auto", whose synonym "heat cool" names both ends, only beside it.
  const named = found.filter((option) => option.byName);
  const chosen = named.length > 0 ? named : found;
  return chosen.length === 1 ? chosen[0] : undefined;
}

/** Whether the device already runs in an option that gives the remedy: the option itself, or one whose words hold its name ("heat cool" for auto). */
function alreadyServes(option: RemedyOption, state: Readonly<Record<string, unknown>>): boolean {
  const current = option.field === undefined ? undefined : state[option.field];
  if (typeof current !== 'string') return false;
  if (current === option.value) return true;
  const named = new Set(words(option.value.replace(/_/g, ' ').toLowerCase()).map(stem));
  return optionWords(option.parameter, current).some((word) => named.has(stem(word)));
}

/**
 * "It's freezing in here", "it's too humid", "it's so stuffy", said to a device whose document
 * offers a mode for the remedy (issue #17): a thermostat that is off or cooling does not warm the
 * room by a higher target (stated-excess.ts reads "freezing" as "make it warmer", which only steps
 * the target), and one with no humidity to set dries the air only in its dry mode. The remedy is
 * the option whose name or synonyms in the document are the quality's WordNet opposite or its
 * closest relation ("cold" -> hot -> heat; "humid" -> dry; "stuffy" -> ventilated, the fan_only
 * mode's "ventilate"), said as the command to set it: "set the mode to heat". Left unchanged where
 * the device's state already holds that option or one that gives it ("auto" is "heat cool": the
 * target is the remedy then), where no option or several name it, where the clause is a question,
 * or where another clause already says what to do ("it's freezing, turn the heat up").
 */
export function withRemedyOption(text: string, document: NormalisedDocument, state: Readonly<Record<string, unknown>>, wordNet: WordNet | undefined): string {
  if (!wordNet) return text;
  const clauses = [...text.matchAll(CLAUSE)];
  for (const clause of clauses) {
    if (moodOf(clause[0]) === 'question') continue;
    const qualities = statedQualities(clause[0], wordNet);
    if (qualities.length === 0) continue;
    if (clauses.some((other) => other !== clause && moodOf(other[0]) === 'command')) return text;
    const option = remedyOption(document, qualities, wordNet);
    if (!option || alreadyServes(option, state)) return text;
    const start = clause.index!;
    const command = `set the ${option.parameter.name.replace(/_/g, ' ')} to ${option.value.replace(/_/g, ' ')}`;
    return `${text.slice(0, start)}${start > 0 ? ' ' : ''}${command}${text.slice(start + clause[0].length)}`;
  }
  return text;
}

import { en, isStopword, words, type WordNet } from '@meshmind/language';
import type { NormalisedDocument } from '../api-document';

/**
 * "what does the sensor say?", "what's the thermometer showing?", "what does it read?": a question
 * whose only word besides the device's own names is a verb of an instrument's reading asks for the
 * device's reading, not for any of the things its functions' notes also mention ("the remaining
 * battery charge of the sensor" won "sensor" by its words alone).
 *
 * The verb is told by WordNet, not by a list: it has a sense glossed as indicating a reading ("the
 * gauge read 'empty'": read, show, register, record), or one that is a kind of such a sense ("the
 * clock says noon"). The reading is the document's own: the first field of its state that a query
 * reads by name (get_temperature reads temperature, is_open reads open), since a document lists
 * what the device is for before what it carries (battery, unit, class). The question is rewritten as
 * one that names that field, which the mapper then reads as usual.
 */
export function withOwnReadingAsked(text: string, document: NormalisedDocument, wordNet: WordNet | undefined, ownNames: readonly string[] = []): string {
  if (!wordNet) return text;
  const said = words(text.toLowerCase().replace(/['’]s\b/g, '')).map((word) => word.toLowerCase());
  if (said.length === 0 || !isQuestionOpener(said[0]!)) return text;
  const own = new Set([...document.nouns, ...ownNames].flatMap((noun) => words(noun.toLowerCase())));
  const rest = said.filter((word) => !isStopword(word) && !en.questionWords.has(word) && !PRESENT.has(word) && !own.has(word) && !own.has(word.replace(/s$/, '')));
  // A reading verb may itself be a question word ("read", "show"): it is then no longer in `rest`.
  const verbs = said.filter((word) => isReadingVerb(word, wordNet));
  if (verbs.length !== 1 || rest.some((word) => !verbs.includes(word))) return text;
  const field = readField(document);
  return field ?? text;
}

/** Deictic words of the present ("now", "right now", "at the moment"): a closed grammatical class; a reading is of now anyway. */
const PRESENT = new Set(['now', 'right', 'currently', 'presently', 'moment']);

/** What opens a question for a value: "what", "what's"; a yes/no question asks something else. */
function isQuestionOpener(word: string): boolean {
  return en.questionWords.has(word) && word.startsWith('wh');
}

/** A sense glossed as indicating a reading, in WordNet's own words ("indicate a certain reading"). */
const READING_GLOSS = /\breading\b/;

function isReadingVerb(word: string, wordNet: WordNet): boolean {
  const senses = wordNet.verbSenses(word);
  return senses.some(
    (sense) =>
      (READING_GLOSS.test(sense.definition) && sense.category === 'communication') ||
      sense.hypernyms.some((broader) => wordNet.verbSenses(broader).some((other) => READING_GLOSS.test(other.definition) && other.category === 'communication' && other.lemmas.includes(broader))),
  );
}

/** The question that names the first state field a query reads by name ("what is the temperature", "is it open"); undefined where none does. */
function readField(document: NormalisedDocument): string | undefined {
  const [first] = Object.keys(document.state ?? {});
  if (!first) return undefined;
  const reader = document.functions.find((fn) => fn.kind === 'query' && fn.parameters.length === 0 && fn.name.split('_').slice(1).join('_') === first);
  if (!reader) return undefined;
  const named = first.replace(/_/g, ' ');
  return reader.returnType === 'boolean' ? `is it ${named}` : `what is the ${named}`;
}

import { en, enPlanning, isFunctionWord, isStopword, stem, words, type RequestReading, type WordNet } from '@meshmind/language';
import type { NormalisedDocument, NormalisedFunction } from '../api-document';
import { returnKindOf } from './mood';

/** Words that open a yes/no question ("is", "are", "was", "does", "has"): the language's own closed class. */
export const POLAR_OPENERS: ReadonlySet<string> = new Set(enPlanning.questions.yesNoOpeners);

/**
 * "Is the smoke alarm going off?", "has it detected anything?": a yes/no
 * question is answered by a query that reports whether something holds, never by one that names a
 * thing (the kind of condition a detector senses, the unit a meter reads in), however near the
 * words of its note are. Where the document has a query that returns a yes or a no, a query that
 * returns a name weighs -1 against such a question (beside the other readings of mood.ts); 0
 * otherwise. An amount nothing of the question says weighs against it where the document has a
 * query of a yes or a no or of a state (a robot vacuum's status). "Is it measured in watts or kilowatts?" offers alternatives and asks a name: it is no
 * yes/no question here.
 */
export function polarAnswerFit(fn: NormalisedFunction, reading: RequestReading, document: NormalisedDocument, wordNet?: WordNet): number {
  const kind = fn.kind === 'query' ? returnKindOf(fn) : undefined;
  if (kind !== 'names' && kind !== 'amount') return 0;
  const said = reading.words.map((word) => word.toLowerCase());
  // Only a question asked: an embedded one ("check if there are vacant positions on shelf 4") tipped a robot's vacancy query.
  const polar = reading.mood === 'question' && POLAR_OPENERS.has(said[0] ?? '');
  if (!polar || said.includes('or')) return 0;
  // A query that reports one of the device's states ("docked, cleaning, paused, ...") answers yes or no as well:
  // "is the vacuum charging?", "is it done yet?" ask get_status, not the battery level they met by "charge" or by shape.
  const yesNo = document.functions.some((other) => other.kind === 'query' && other.returnType === 'boolean');
  if (!yesNo && !document.functions.some((other) => other.kind === 'query' && other.returnType === 'enum')) return 0;
  if (kind === 'names') return yesNo ? -1 : 0;
  // Twice the weight: not the shape of the answer alone, but nothing said of the amount at all.
  return amountUnsaid(fn, said, document, wordNet) ? -2 : 0;
}

/** The regular past participle's ending: English morphology, a closed class of one. */
const PARTICIPLE = /ed$/;

/**
 * "Has the sensor picked anything up?" to a motion sensor: a yes/no question that names no word of
 * an amount's query (its name and notes: "battery", "charge") nor any quality that could be its
 * degree (an adjective: "is it bright?", "is the battery low?") is not asked of that amount; it met
 * get_battery through "sensor" and the shape of the sentence. The document's own nouns say the
 * device, not the amount.
 */
function amountUnsaid(fn: NormalisedFunction, said: readonly string[], document: NormalisedDocument, wordNet: WordNet | undefined): boolean {
  if (!wordNet) return false;
  const deviceWords = new Set(document.nouns.flatMap((noun) => words(noun.toLowerCase())).map(stem));
  const content = (word: string) => !isStopword(word) && !isFunctionWord(word, 'en') && !en.verbParticles.has(word) && !en.courtesy.has(word) && !en.sentenceAdverbs.has(word) && !deviceWords.has(stem(word));
  const own = new Set(words(`${fn.name.replace(/_/g, ' ')} ${fn.description}`.toLowerCase()).filter(content).map(stem));
  // A past participle of a verb ("noticed", "detected") says an event, not a degree; nor does an adjective
  // that is the value of no quantity in WordNet's first senses ("stuck", "done", "going"): "low" is a level, "warm" a temperature.
  const quality = (word: string) => wordNet.canBe(word, 'adj') && !(PARTICIPLE.test(word) && wordNet.mostlyVerb(word)) && wordNet.attributeNouns(word, 2).size > 0;
  return said.filter(content).every((word) => !own.has(stem(word)) && !quality(word));
}

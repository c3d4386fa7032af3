import { enPlanning, type RequestReading } from '@meshmind/language';
import type { NormalisedDocument, NormalisedFunction } from '../api-document';
import { returnKindOf } from './mood';

/** Words that open a yes/no question ("is", "are", "was", "does", "has"): the language's own closed class. */
const POLAR_OPENERS: ReadonlySet<string> = new Set(enPlanning.questions.yesNoOpeners);

/**
 * "Is the smoke alarm going off?", "has it detected anything?": a yes/no
 * question is answered by a query that reports whether something holds, never by one that names a
 * thing (the kind of condition a detector senses, the unit a meter reads in), however near the
 * words of its note are. Where the document has a query that returns a yes or a no, a query that
 * returns a name weighs -1 against such a question (beside the other readings of mood.ts); 0
 * otherwise. "Is it measured in watts or kilowatts?" offers alternatives and asks a name: it is no
 * yes/no question here.
 */
export function polarAnswerFit(fn: NormalisedFunction, reading: RequestReading, document: NormalisedDocument): number {
  if (fn.kind !== 'query' || returnKindOf(fn) !== 'names') return 0;
  const said = reading.words.map((word) => word.toLowerCase());
  // Only a question asked: an embedded one ("check if there are vacant positions on shelf 4") tipped a robot's vacancy query.
  const polar = reading.mood === 'question' && POLAR_OPENERS.has(said[0] ?? '');
  if (!polar || said.includes('or')) return 0;
  return document.functions.some((other) => other.kind === 'query' && other.returnType === 'boolean') ? -1 : 0;
}

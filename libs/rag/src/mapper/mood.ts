import type { AnswerKind, RequestReading, WordNet } from '@meshmind/language';
import type { NormalisedDocument, NormalisedFunction } from '../api-document';
import { pointedValueFit } from './pointed-value';
import { returnedNounFit } from './returned-noun';
import { settingAnswerFit } from './setting-question';
import { settingWordsFit } from './setting-words';
import { polarAnswerFit } from './polar-answer';
import { alternativesKindFit } from './alternatives-kind';
import { stateAnswerFit } from './state-question';
import { listedThingsKind } from './listed-things';

/** A request's mood and what a question asks for are read with the request (`readRequest` in @meshmind/language); a function's kind in function-kind.ts. */

/** What kind of value a function returns, read from the return type its document declares ("list[str]", "int count"). */
export function returnKindOf(fn: NormalisedFunction, nameStems?: ReadonlySet<string>): AnswerKind | undefined {
  // A declared type decides before the words: the catalog's get_value "returns the reading, in the
  // unit get_unit reports" is a number whatever its description says.
  if (fn.returnType === 'integer' || fn.returnType === 'number') return 'amount';
  if (fn.returnType === 'string') return 'names';
  const returns = (fn.returns ?? '').toLowerCase();
  if (/\bstr\b|string|char\s*\*|\bitems?\b|\blabels?\b|\bnames?\b|\btext\b|cell array/.test(returns)) return 'names';
  if (/\b(?:u?int\d*|integer|float\d*|double|number|count|percent|percentage)\b/.test(returns)) return 'amount';
  return listedThingsKind(fn, nameStems); // a bare "list" whose function names its things (mapper/listed-things.ts)
}
export { answerAlreadySaid } from './answer-given';

/**
 * What the request's own reading says for one function beside retrieval: a question naming a
 * setting, a state's value or the noun a query returns picks that query; a direction said in words
 * picks the angle that can take it (each reader in its module, 0 where it has nothing to say).
 */
export function readingFit(fn: NormalisedFunction, reading: RequestReading, document: NormalisedDocument, wordNet: WordNet | undefined): number {
  return settingAnswerFit(fn, reading, document.functions) + settingWordsFit(fn, reading, document, wordNet) + polarAnswerFit(fn, reading, document, wordNet) + stateAnswerFit(fn, reading, document) +
    returnedNounFit(fn, reading, document.functions, wordNet) + pointedValueFit(fn, reading, document.functions) + alternativesKindFit(fn, reading, document, wordNet);
}
export { answerTypeUnmet } from './answer-type-unmet';
export { asksToKnow, changesOnly, checksTheThing, knowingSign } from './knowing-verb';

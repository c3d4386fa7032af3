import type { AnswerKind } from '@meshmind/language';
import type { NormalisedFunction } from '../api-document';

/** A request's mood and what a question asks for are read with the request (`readRequest` in @meshmind/language); a function's kind in function-kind.ts. */

/** What kind of value a function returns, read from the return type its document declares ("list[str]", "int count"). */
export function returnKindOf(fn: NormalisedFunction): AnswerKind | undefined {
  // A declared type decides before the words: the catalog's get_value "returns the reading, in the
  // unit get_unit reports" is a number whatever its description says.
  if (fn.returnType === 'integer' || fn.returnType === 'number') return 'amount';
  if (fn.returnType === 'string') return 'names';
  const returns = (fn.returns ?? '').toLowerCase();
  if (/\bstr\b|string|char\s*\*|\bitems?\b|\blabels?\b|\bnames?\b|\btext\b|cell array/.test(returns)) return 'names';
  if (/\b(?:u?int\d*|integer|float\d*|double|number|count|percent|percentage)\b/.test(returns)) return 'amount';
  return undefined;
}
export { answerAlreadySaid } from './answer-given';
export { answerTypeUnmet } from './answer-type-unmet';
export { settingAnswerFit } from './setting-question';
export { stateAnswerFit } from './state-question';
export { asksToKnow, knowingSign } from './knowing-verb';

import { withoutValues } from '../arguments/string-values';
import { addressedAs } from './self-references';

/**
 * A clause that says why, not what: "create a hotspot so the tablets can connect" asks for a hotspot;
 * the tablets connecting is the reason. Cut from "so (that)" or "in order to" after the request's
 * own words, up to the next comma or the end.
 */
const PURPOSE = /\s+(?:so\s+that|so\s+(?=(?:the|a|an|my|our|we|i|you|they|it|he|she|people|everyone|others?)\b)|in\s+order\s+to)\b[^,;.!?]*/gi;

export function withoutPurpose(text: string): string {
  return text.replace(PURPOSE, '').trim();
}

/**
 * What retrieval reads of one step of a request: without the values it passes, without a purpose
 * clause, and in the document's person ("where are you" -> "where is the robot"). Arguments are
 * still extracted from the step as said.
 */
export function retrievalText(step: string, selfNoun: string | undefined): string {
  const core = addressedAs(withoutPurpose(withoutValues(step)), selfNoun);
  return core === '' ? step : core;
}

import { splitIdentifier } from '@meshmind/language';
import type { NormalisedFunction } from '../api-document';

export type Mood = 'question' | 'command' | 'neutral';

const QUESTION_START = /^(what|what's|whats|how|is|are|was|were|did|does|do|which|where|who|when|has|have|any|anybody|anyone|tell me|report|read|show me|list|check whether|check if)\b/i;
const COMMAND_START = /^(set|turn|switch|make|put|change|dim|raise|lower|open|close|shut|start|stop|move|go|drive|run|play|pause|lock|unlock|add|remove|delete|mark|enable|disable|connect|join|navigate|tilt|point|increase|decrease|bring|send|slow|speed)\b/i;
const QUERY_NAME = /^(get|is|has|read|query|fetch|current|are|list|count|enumerate|discover|find|detect|identify|check|battery|estimate|localize|locate|position|scan)$/;

/** Whether a request asks for a reading or orders a change: "is the light on?" vs "turn the light on". */
export function moodOf(text: string): Mood {
  const trimmed = text.trim().replace(/^(please|hey|ok|okay|so)[, ]+/i, '');
  // "Can you turn on the light?" is a request phrased as a question: judge what follows the courtesy.
  const polite = /^(can|could|would|will) (you|u)( please)?\s+/i.exec(trimmed);
  if (polite) {
    const rest = trimmed.slice(polite[0].length).replace(/\?\s*$/, '');
    return COMMAND_START.test(rest) ? 'command' : moodOf(rest);
  }
  if (/\?\s*$/.test(trimmed) || QUESTION_START.test(trimmed)) return 'question';
  if (COMMAND_START.test(trimmed)) return 'command';
  // "fans on", "kitchen lights off": a thing and the state wanted, said without a verb, is a command.
  if (/^[\p{L}\p{N}' -]+\s(on|off)[.!]?$/u.test(trimmed) && trimmed.split(/\s+/).length <= 5) return 'command';
  return 'neutral';
}

/** A function's kind: declared in catalog docs, read from the first identifier word otherwise. */
export function functionKind(fn: NormalisedFunction): 'action' | 'query' {
  if (fn.kind) return fn.kind;
  const first = splitIdentifier(fn.name)[0] ?? '';
  return QUERY_NAME.test(first) ? 'query' : 'action';
}

/** What a question asks for, as far as its opening says: an amount ("how many"), or things by name ("what is on the shelf"). */
export type AnswerKind = 'amount' | 'names';

/**
 * "how many free slots", "how much battery": an amount. "what is on shelf 3", "what's in the
 * fridge", "which items ...": the names of things. Other questions do not say.
 */
export function answerKindOf(text: string): AnswerKind | undefined {
  const trimmed = text.trim().replace(/^(please|hey|ok|okay|so)[, ]+/i, '');
  if (/^how (many|much)\b/i.test(trimmed)) return 'amount';
  if (/^(?:what(?:'s|’s|s)?|which)\s+(?:(?:is|are)\s+)?(?:on|in|inside)\b/i.test(trimmed) || /^(?:what|which)\s+(?:items|things|products|goods|articles)\b/i.test(trimmed)) return 'names';
  return undefined;
}

/** What kind of value a function returns, read from the return type its document declares ("list[str]", "int count"). */
export function returnKindOf(fn: NormalisedFunction): AnswerKind | undefined {
  const returns = (fn.returns ?? '').toLowerCase();
  if (/\bstr\b|string|char\s*\*|\bitems?\b|\blabels?\b|\bnames?\b|\btext\b|cell array/.test(returns)) return 'names';
  if (/\b(?:u?int\d*|integer|float\d*|double|number|count|percent|percentage)\b/.test(returns)) return 'amount';
  return undefined;
}

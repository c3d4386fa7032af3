import { stem, words } from '@meshmind/language';
import type { NormalisedFunction } from '../api-document';
import { isNetworkNameParameter, isSecretParameter, nameValue, secretValue } from '../arguments/string-values';
import type { MapResult } from './api-mapper-options';

/**
 * A value of text comes from the words as said, never from a word a rewrite of the request put there.
 * The verb's sense is read by rewriting it (mapper/verb-sense.ts): "emit a wifi network called Lumen,
 * password lumen321" is read "pass off a wifi network ...", WordNet's phrasal synonym of "emit". The
 * arguments are read from that rewritten text, where "pass" is a cue of a password and the particle
 * after it, "off", was taken for the password: an access point opened with a password nobody gave.
 * A password or network name a call takes whose words are not all words of the request (by stem) was
 * made by a rewrite: it is read again from the request as said ("password lumen321", "called Lumen"),
 * and where the request gives none, asked for rather than guessed.
 */
export function withSaidValues(result: MapResult, request: string, byName: ReadonlyMap<string, NormalisedFunction>): MapResult {
  if (result.kind !== 'call') return result;
  const said = new Set(words(request.toLowerCase()).map(stem));
  const fromWords = (value: string) => words(value.toLowerCase()).every((word) => said.has(stem(word)));
  const secret = secretValue(request);
  const calls = [];
  for (const call of result.calls) {
    const fn = byName.get(call.function);
    const args = { ...call.arguments };
    for (const parameter of fn?.parameters ?? []) {
      const value = args[parameter.name];
      if (parameter.type !== 'string' || typeof value !== 'string' || fromWords(value)) continue;
      const named = isNetworkNameParameter(parameter.name) || fn!.parameters.some((other) => isSecretParameter(other.name));
      if (!isSecretParameter(parameter.name) && !named) continue; // a list item is read by its own rules (a noun's number, a determiner dropped)
      const again = isSecretParameter(parameter.name) ? secret : nameValue(request, secret);
      if (again === undefined || !fromWords(again)) return { kind: 'not_executable', reason: `please say the ${parameter.name.replace(/_/g, ' ')} for ${call.function.replace(/_/g, ' ')}: "${value}" is not a word of the request`, candidates: result.candidates, ranking: result.ranking };
      args[parameter.name] = again;
    }
    calls.push({ ...call, arguments: args });
  }
  return { ...result, calls };
}

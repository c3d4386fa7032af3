import type { MapResult } from './api-mapper-options';
import type { ScopeReading } from './scope';
import { UNMET_ACTION_LEAD } from './unmet-action';

/**
 * A command whose opening verb explains none of the device's functions, said on an object the device
 * has: "Zoom the camera in." to a robot that can take a photo and tilt its camera. "zoom" meets the
 * document loosely as a whole (WordNet files it under moving), so mapper/unmet-action.ts, which asks
 * a clear lead only of a verb that meets nothing, lets the call through; "camera" then points at the
 * photo and the tilt about equally, and the embedding's drift takes the photo, which nobody asked for.
 * Where no function's own words are explained by the verb (mapper/unsupported-command.ts's reading:
 * name, notes, parameters, with WordNet synonyms, derivations and close relations), and the rest of
 * the request explains the chosen function and the runner-up alike, only the verb could have told
 * them apart and it names neither; with a lead under the one mapper/unmet-action.ts asks of a verb the document does
 * not do, the call is a guess at a deed the device lacks, and the request is declined naming the verb.
 * A call some function's words explain the verb of ("lift the crate to shelf 7" meets the move), or
 * one that leads clearly ("hit the lights" -> the one switch), is left alone.
 */
export function otherVerbCall(result: MapResult, command: boolean, said: string, asRead: ScopeReading | undefined, lead = UNMET_ACTION_LEAD): string | undefined {
  if (!command || result.kind !== 'call' || result.calls.length !== 1 || !asRead?.explained || asRead.content.length < 2) return undefined;
  const [call] = result.calls;
  const chosen = result.leads?.find((each) => each.function === call!.function);
  if (!chosen?.runnerUp || chosen.margin >= lead) return undefined;
  // The request opens with the word read first ("could u check ..." opens with no verb of its own to judge).
  const opening = asRead.content[0]!;
  if (said.trim().toLowerCase().split(/[^\p{L}\p{N}'-]+/u)[0] !== opening) return undefined;
  // The opening word explains no function, while the rest explains the chosen one and the runner-up alike:
  // only the verb could have told them apart, and it names neither.
  const explains = (at: number) => [...asRead.explained!.values()].some((positions) => positions.has(at));
  const of = (name: string) => [...(asRead.explained!.get(name) ?? [])].sort().join(',');
  return !explains(0) && of(call!.function) !== '' && of(call!.function) === of(chosen.runnerUp) ? opening : undefined;
}

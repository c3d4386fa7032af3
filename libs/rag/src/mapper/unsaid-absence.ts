import { isStopword, words, type WordNet } from '@meshmind/language';
import type { MapResult } from './api-mapper-options';
import { functionAbsences, roomAbsences, saysAbsence } from './absence-words';
import type { FunctionProfile } from './evidence';

/**
 * "Do a stock check of shelf 17", "tell me which goods are sitting on the second shelf": the request
 * asks what IS on the shelf, and the call chosen reports what is NOT there (its identifier is defined by
 * an absence: "check_vacancy", "find_empty_slots", "trouver_emplacements_libres"). The vacancy check
 * won on a shared verb ("check") or on the embedding's drift, while the request says no word of
 * absence at all: no adjective WordNet defines by it ("free", "empty", "vacant", "open") and no noun
 * defined as an empty thing ("space", "room", "gap"). absence-words.ts already lifts a function so
 * defined for a request that says an absence; this reads the other side: a request that says none is
 * not asking for it ("sitting" and "stock" are first a verb's form and a noun: their rarer adjectives,
 * "not moving" and "not original", are not what is said).
 *
 * The runner-up is then the call where it is a query that is not defined by an absence and takes the
 * very same parameters (the shelf's number carries over as said); a query that takes others is asked
 * about, naming both; a runner-up that acts leaves the call to the checks after this one. A call with an absence word anywhere in the request is left as it is, and so is
 * a query of a place's free things that takes nothing ("getAvailableNetworks": "available" is "not
 * busy", yet a list of what is around answers "which networks can you see").
 */
export function unsaidAbsence(
  result: MapResult,
  said: string,
  profiles: ReadonlyMap<string, FunctionProfile>,
  kinds: ReadonlyMap<string, 'action' | 'query'>,
  wordNet: WordNet | undefined,
): MapResult {
  if (!wordNet || result.kind !== 'call' || result.calls.length !== 1) return result;
  const [call] = result.calls as [(typeof result.calls)[number]];
  const saidWords = words(said.toLowerCase());
  let roomWords: string[] | undefined;
  const room = () => (roomWords ??= roomAbsences(saidWords, wordNet)); // read once, where needed (room-for-more.ts)
  const asked = roomAsked(result, call, room, profiles, kinds, wordNet);
  if (asked) return asked;
  const runnerUp = result.leads?.[0]?.runnerUp;
  const chosen = profiles.get(call.function);
  const other = runnerUp === undefined ? undefined : profiles.get(runnerUp);
  if (!chosen || !other || kinds.get(call.function) !== 'query' || chosen.fn.parameters.length === 0) return result;
  const absences = functionAbsences(chosen, wordNet);
  if (absences.size === 0 || functionAbsences(other, wordNet).size > 0) return result;
  const content = saidWords.filter((word) => !isStopword(word) && !/^\d/.test(word));
  if (saysAbsence(content, wordNet) || room().some((key) => absences.has(key))) return result; // "could shelf 5 take another box?" (room-for-more.ts)
  if (kinds.get(other.fn.name) !== 'query') return result;
  if (sameParameters(chosen, other)) {
    const calls = [{ ...call, function: other.fn.name }];
    return { ...result, calls, ...(result.leads ? { leads: result.leads.map((lead, index) => (index === 0 ? { ...lead, function: other.fn.name, runnerUp: call.function } : lead)) } : {}) };
  }
  return { kind: 'not_executable', reason: `the request says nothing is missing, and ${call.function} reports what is free or empty: did you mean ${other.fn.name}?`, candidates: result.candidates, ranking: result.ranking };
}

const sameParameters = (left: FunctionProfile, right: FunctionProfile) =>
  left.fn.parameters.length === right.fn.parameters.length && left.fn.parameters.every((parameter, index) => parameter.name === right.fn.parameters[index]!.name && parameter.type === right.fn.parameters[index]!.type);

/**
 * The other side of the same reading: "could shelf 12 take another box?" asks whether there is room
 * (room-for-more.ts), and a scan of what IS on the shelf won the call on the shelf, the number and the
 * box, or the drive to it. The one query defined by the absence the question says, taking the very same parameters, is
 * called instead (the shelf's number carries over); where none or several are, the call stands.
 */
function roomAsked(result: MapResult & { kind: 'call' }, call: (typeof result.calls)[number], roomSaid: () => readonly string[], profiles: ReadonlyMap<string, FunctionProfile>, kinds: ReadonlyMap<string, 'action' | 'query'>, wordNet: WordNet): MapResult | undefined {
  const chosen = profiles.get(call.function);
  // The call may be a query or the deed that went there ("can shelf twelve take more boxes" drove to shelf 12): neither answers.
  if (!chosen || chosen.fn.parameters.length === 0) return undefined;
  const room = roomSaid();
  const answers = (profile: FunctionProfile) => [...functionAbsences(profile, wordNet)].some((key) => room.includes(key));
  if (room.length === 0 || answers(chosen)) return undefined;
  const answering = [...profiles.values()].filter((profile) => kinds.get(profile.fn.name) === 'query' && sameParameters(profile, chosen) && answers(profile));
  if (answering.length !== 1) return undefined;
  const name = answering[0]!.fn.name;
  return { ...result, calls: [{ ...call, function: name }], ...(result.leads ? { leads: result.leads.map((lead, index) => (index === 0 ? { ...lead, function: name, runnerUp: call.function } : lead)) } : {}) };
}

import { splitIdentifier, stem, words } from '@meshmind/language';
import type { NormalisedFunction } from '../api-document';
import type { Lead, MapResult } from './api-mapper-options';

/**
 * A call between two near functions that the request's words do not tell apart is a guess: the
 * person is asked which one was meant instead. A near tie alone is no such evidence (a lead under
 * 0.02 declined about three right calls per wrong one on eval:rag's dev split): many right calls win
 * narrowly because their words say what the runner-up's do not ("scan for wireless networks" meets
 * the network scan's words, not the join's). Where the chosen function explains no more of the
 * request's content words than the runner-up does (mapper/unsupported-command.ts reads each
 * function's own words with their WordNet relations), nothing but the embedding's drift chose it.
 * Calibrated with test/eval/rag-calibrate.ts (BENCHMARKS.md, h/ragabstain). Off by default
 * (DEFAULT_DOUBT_MARGIN): at this margin it asks where the homes' "stop the fan" was right (turn_off
 * "Stops the fan" against toggle "Stops the fan if it is running ..."), and no eval may lose a right answer.
 */

/** Below this lead over the runner-up, a call whose words do not favour it is asked about (chosen on eval:rag's dev split). */
export const CALIBRATED_DOUBT_MARGIN = 0.02;
/** Off: see above. */
export const DEFAULT_DOUBT_MARGIN = 0;

/**
 * Whether two functions' names share a word ("get_current_temperature", "get_target_temperature";
 * "next_track", "previous_track"): then they are two sides of one thing, which the ranking's own
 * evidence (polarity, mood, direction, degree) is built to tell apart, and a near tie between them is
 * the ordinary case. Two functions with nothing in common ("create_map", "wifi_scan") that score
 * alike say that retrieval does not know what is meant.
 */
const nameStems = (name: string) => new Set(splitIdentifier(name).map((word) => stem(word.toLowerCase())));

function namesShareWord(first: string, second: string): boolean {
  const others = nameStems(second);
  return [...nameStems(first)].some((key) => others.has(key));
}

/**
 * Whether the request says a word of the chosen function's name that the runner-up's name lacks
 * ("first floor lights off" to turn_off): the person named the call, whatever the embedding says of
 * the rest. Particles and short words count here, though they explain nothing on their own elsewhere.
 */
function namesChosen(request: string, chosen: string, runnerUp: string): boolean {
  const said = new Set(words(request).map((word) => stem(word.toLowerCase())));
  const others = nameStems(runnerUp);
  return [...nameStems(chosen)].some((key) => !others.has(key) && said.has(key));
}

/** How a function is put to the person: its name, with its documented description where it has one. */
function described(fn: NormalisedFunction | undefined, name: string): string {
  const description = fn?.description.trim().replace(/[.。\s]+$/u, '');
  return description && description !== name ? `${name} (${description})` : name;
}

/**
 * Whether a call's lead is a guess: under `margin`, over a function its name shares no word with,
 * the request says no word of its name that the runner-up's lacks, and the request's content words
 * explain no more of it than of the runner-up.
 */
export function isDoubtful(lead: Lead, margin: number): boolean {
  return lead.runnerUp !== undefined && lead.support !== undefined && lead.margin < margin && lead.support.chosen <= lead.support.runnerUp && !lead.support.named && !namesShareWord(lead.function, lead.runnerUp);
}

/**
 * The result as it stands, with each call's lead told how many of the request's words each of the
 * two near functions explains (`support`, per function); or, for a single call that the words do
 * not favour and that leads by less than `margin`, "not executable" with the question to ask.
 */
export function askedWhenDoubtful(result: MapResult, request: string, support: ReadonlyMap<string, number> | undefined, margin: number, functions: ReadonlyMap<string, NormalisedFunction>): MapResult {
  if (result.kind !== 'call' || !result.leads || !support) return result;
  const leads = result.leads.map((lead) => (lead.runnerUp === undefined ? lead : { ...lead, support: { chosen: support.get(lead.function) ?? 0, runnerUp: support.get(lead.runnerUp) ?? 0, named: namesChosen(request, lead.function, lead.runnerUp) } }));
  const [lead] = leads;
  if (result.calls.length !== 1 || !lead || !isDoubtful(lead, margin)) return { ...result, leads };
  const options = [lead.function, lead.runnerUp!].map((name) => described(functions.get(name), name));
  return {
    kind: 'not_executable',
    reason: `did you mean ${options[0]} or ${options[1]}? The request fits both about equally and none of its words tells them apart`,
    candidates: result.candidates,
    ranking: result.ranking,
  };
}

import { isStopword, splitIdentifier, stem, words } from '@meshmind/language';
import type { NormalisedFunction } from '../api-document';
import type { Lead, MapResult } from './api-mapper-options';
import { oppositeTie } from './opposite-tie';

/**
 * A call between two near functions that the request's words do not tell apart is a guess: the
 * person is asked which one was meant instead. A near tie alone is no such evidence (a lead under
 * 0.02 declined about three right calls per wrong one on eval:rag's dev split): many right calls win
 * narrowly because their words say what the runner-up's do not ("scan for wireless networks" meets
 * the network scan's words, not the join's). Where the chosen function explains no more of the
 * request's content words than the runner-up does (mapper/unsupported-command.ts reads each
 * function's own words with their WordNet relations), nothing but the embedding's drift chose it.
 * Calibrated with test/eval/rag-calibrate.ts (BENCHMARKS.md, h/ragabstain). On by default: on
 * eval:rag it turns about as many right calls into questions as wrong calls, which is the order
 * issue #17 asks for (a wrong action is worse than a question). A request that says the chosen
 * function's whole description ("stop the fan" of turn_off "Stops the fan", against toggle "Stops
 * the fan if it is running ...") is no guess, however near the tie.
 */

/** Below this lead over the runner-up, a call whose words do not favour it is asked about (chosen on eval:rag's dev split). */
export const CALIBRATED_DOUBT_MARGIN = 0.02;
/** On, at the calibrated margin; a mapper's `doubtMargin: 0` turns it off. */
export const DEFAULT_DOUBT_MARGIN = CALIBRATED_DOUBT_MARGIN;

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

/**
 * Whether the request says every content word of the chosen function's own description ("stop
 * the fan" of turn_off, "Stops the fan"), where the runner-up's description says more than the
 * request does (toggle, "Stops the fan if it is running, otherwise starts it"): the person said what
 * the chosen function does and nothing of what only the other one does, so the near tie is no guess.
 */
function describedBySaid(request: string, chosen: NormalisedFunction | undefined, runnerUp: NormalisedFunction | undefined): boolean {
  const contentStems = (text: string) => new Set(words(text).filter((word) => !isStopword(word)).map((word) => stem(word)));
  const own = contentStems(chosen?.description ?? '');
  if (own.size === 0) return false;
  const said = contentStems(request);
  if (![...own].every((key) => said.has(key))) return false;
  return [...contentStems(runnerUp?.description ?? '')].some((key) => !said.has(key));
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
 * not favour and that leads by less than `margin`, "not executable" with the question to ask. The
 * question quotes each function's description only where the document is in English (`language`):
 * notes in another language ("获取机器人当前的位姿（坐标）") are no help to the person asking in English,
 * and a word-by-word dictionary reading of them misleads ("arrêt" read as "decision"), so such a
 * function is named by its identifier alone.
 */
export function askedWhenDoubtful(
  result: MapResult,
  request: string,
  support: ReadonlyMap<string, number> | undefined,
  margin: number,
  functions: ReadonlyMap<string, NormalisedFunction>,
  language = 'en',
): MapResult {
  if (result.kind !== 'call' || !result.leads || !support) return result;
  const leads = result.leads.map((lead) => {
    if (lead.runnerUp === undefined) return lead;
    const named = namesChosen(request, lead.function, lead.runnerUp) || describedBySaid(request, functions.get(lead.function), functions.get(lead.runnerUp));
    return { ...lead, support: { chosen: support.get(lead.function) ?? 0, runnerUp: support.get(lead.runnerUp) ?? 0, named } };
  });
  const [lead] = leads;
  // Or a tie between two opposite ends (turn_on, turn_off) that the polarity evidence did not break (mapper/opposite-tie.ts).
  if (result.calls.length !== 1 || !lead || (!isDoubtful(lead, margin) && !(margin > 0 && oppositeTie(lead, functions)))) return { ...result, leads };
  const options = [lead.function, lead.runnerUp!].map((name) => (language === 'en' ? described(functions.get(name), name) : name));
  return {
    kind: 'not_executable',
    reason: `did you mean ${options[0]} or ${options[1]}? The request fits both about equally and none of its words tells them apart`,
    candidates: result.candidates,
    ranking: result.ranking,
  };
}

import { words, type Mood, type WordNet } from '@meshmind/language';
import type { NormalisedFunction } from '../api-document';
import type { CallGrounds, MapResult } from './api-mapper-options';
import { askedWhenDoubtful, DEFAULT_DOUBT_MARGIN } from './doubtful-call';
import type { ScopeReading, ScopeVerdict } from './scope';

/**
 * A step of a request of several that nothing in its own words grounds is a guess. "Do a lidar
 * sweep and generate a map" is read as two steps; the first, "do a lidar sweep", is ranked alone,
 * and where no function's words meet "lidar" or "sweep" it still lands on some function (the
 * battery reading) by the embedding's drift, so the robot reports its charge and then maps. Each
 * step is ranked on a few words, and a single request's checks (mapper/unsupported-command.ts's
 * declinedCall, the scope check) judge the request whole, where the other step's words vouch for it.
 * Where the step's function explains none of the step's content words (mapper/scope.ts reads each
 * function's own words with their WordNet relations) and its score is low, the request is asked
 * about rather than half guessed. A step the function's words explain, or that scores well on
 * meaning alone ("take a photo" to grabFrame, 0.41), stands, and so does a step whose function the
 * other steps chose too ("explore the area and chart it": one call, to the map).
 *
 * Calibrated with `npx tsx test/eval/rag-signals.ts /tmp/signals.jsonl` on eval:rag's dev split and
 * second set (the learning sets; BENCHMARKS.md, h/calib20): of the steps none of whose words their
 * function explains, the wrong ones scored 0.25-0.34 and the right ones 0.33 and above (one, a
 * document in Chinese whose words explain no English step), 0.39 and more on the held-out split.
 */
export const STEP_GUESS_BELOW = 0.32;

/** The calibrated abstentions' thresholds: each 0 turns its abstention off. */
export interface Abstentions {
  /** mapper/doubtful-call.ts: a near single call the words do not favour. */
  doubtMargin: number;
  /** guessedStep below: a step of several that nothing in its words grounds, scoring under this. */
  stepGuessBelow: number;
}

/** The mapper's options read into its abstentions, each at its calibrated default where not given. */
export function abstentionsOf(options: { doubtMargin?: number; stepGuessBelow?: number }): Abstentions {
  return { doubtMargin: options.doubtMargin ?? DEFAULT_DOUBT_MARGIN, stepGuessBelow: options.stepGuessBelow ?? STEP_GUESS_BELOW };
}

/** What the mapper knows of the request beside its scope verdict. */
export interface UnsureContext {
  mood: Mood;
  kinds: ReadonlyMap<string, 'action' | 'query'>;
  /** The scope reading of one step of the request (mapper/scope.ts). */
  readStep: (text: string) => Pick<ScopeReading, 'content' | 'support'>;
  /** WordNet: whether a word is said mostly or only as a verb ("shoot", "deactivate"; not "movie"). */
  wordNet?: WordNet;
}

/** What grounds the result's calls in the request's words (scope.ts's reading of the whole request, and of each step). */
export function groundsOf(result: MapResult, verdict: Pick<ScopeVerdict, 'content' | 'unmet' | 'support'>, functions: ReadonlyMap<string, NormalisedFunction>, context?: UnsureContext): CallGrounds {
  const support = verdict.support ?? new Map<string, number>();
  const calls = result.kind === 'call' ? result.calls : [];
  const explained = calls.map((call) => support.get(call.function) ?? 0);
  const grounds: CallGrounds = { content: verdict.content.length, unmet: verdict.unmet.length, explained, most: Math.max(0, ...support.values()) };
  if (!context) return grounds;
  const kinds = calls.map((call) => context.kinds.get(call.function) ?? functions.get(call.function)?.kind);
  const leads = result.kind === 'call' ? (result.leads ?? []) : [];
  const steps = leads.some((lead) => lead.step !== undefined)
    ? leads.map((lead) => {
        const read = context.readStep(lead.step ?? '');
        return { content: read.content.length, explained: read.support?.get(lead.function) ?? 0 };
      })
    : undefined;
  return { ...grounds, mood: context.mood, kinds, ...(steps ? { steps } : {}) };
}

/** The step of a request of several whose call nothing in the step grounds and that scores low; undefined where each step stands. */
export function guessedStep(result: MapResult, grounds: CallGrounds, below = STEP_GUESS_BELOW): string | undefined {
  // One function for every step ("explore the area and chart it"): the other steps chose it too, or were read as its consequence.
  if (result.kind !== 'call' || !result.leads || !grounds.steps || new Set(result.calls.map((call) => call.function)).size < 2) return undefined;
  const at = result.leads.findIndex((lead, index) => {
    const step = grounds.steps![index];
    return lead.step !== undefined && lead.hit !== undefined && step !== undefined && step.content > 0 && step.explained === 0 && lead.hit.score < below;
  });
  return at < 0 ? undefined : result.leads[at]!.step;
}

/**
 * "Movie mode", "natural breeze mode" to a lamp or a fan that has no modes: a request with no verb
 * (neither a command nor a question) none of whose content words meets a word of the document is,
 * taken whole, the guess a step is above: the call (toggle, turn_off) no word of it grounds won on the
 * embedding's drift, and with a score as low as a guessed step's it is asked about. A call that took a
 * value from the words ("warm white", "50%") is grounded by it and stands, and so does a request with a
 * word WordNet tags mostly or only as a verb, which may be the command's own ("shoot a quick photo for me").
 */
export function guessedWhole(result: MapResult, grounds: CallGrounds, said: string, context: UnsureContext | undefined, below = STEP_GUESS_BELOW): boolean {
  const wordNet = context?.wordNet;
  if (result.kind !== 'call' || result.calls.length !== 1 || grounds.mood !== 'neutral' || grounds.steps || !wordNet) return false;
  // A word mostly said as a verb (SemCor's counts), or with no sense but a verb's, may be the command's verb the mood reader
  // missed ("shoot a quick photo for me", "deactivate ceiling fan"): not verbless.
  if (words(said.toLowerCase()).some((word) => wordNet.mostlyVerb(word) || (wordNet.isVerb(word) && wordNet.definitions(word, 'noun').length === 0))) return false;
  if (Object.keys(result.calls[0]!.arguments).length > 0 || grounds.content === 0 || grounds.unmet < grounds.content || (grounds.explained[0] ?? 0) > 0) return false;
  const score = result.ranking.find((candidate) => candidate.function === result.calls[0]!.function)?.score;
  return score !== undefined && score < below;
}

/** The question put where a whole request is guessed: its words, and the function it came nearest to. */
function wholeGuessReason(result: MapResult, said: string): string {
  const nearest = result.kind === 'call' ? result.calls[0]?.function : undefined;
  return `no word of "${said}" is a word of ${nearest ?? 'any function'}, the nearest function to it, and it fits it only loosely: what should be done?`;
}

/** The question put where a step is guessed: the step, and the function it came nearest to. */
function guessReason(result: MapResult, step: string): string {
  const nearest = result.kind === 'call' ? result.leads?.find((lead) => lead.step === step)?.function : undefined;
  return `none of the words of "${step}" is a word of ${nearest ?? 'any function'}, the nearest function to it, and it fits none well: what should be done for "${step}"?`;
}

/**
 * The mapper's last word on a call: two near functions the request's words do not tell apart are
 * asked about (mapper/doubtful-call.ts), and so is a request of several steps one of which nothing
 * grounds (guessedStep); the result carries its scope signal and its grounds.
 */
export function askedWhenUnsure(
  result: MapResult,
  said: string,
  verdict: ScopeVerdict,
  abstentions: Abstentions,
  functions: ReadonlyMap<string, NormalisedFunction>,
  language: string,
  context?: UnsureContext,
): MapResult {
  const asked = askedWhenDoubtful(result, said, verdict.support, abstentions.doubtMargin, functions, language);
  const grounds = groundsOf(result, verdict, functions, context);
  const guessed = guessedStep(asked, grounds, abstentions.stepGuessBelow);
  if (guessed !== undefined || guessedWhole(asked, grounds, said, context, abstentions.stepGuessBelow)) {
    const reason = guessed !== undefined ? guessReason(asked, guessed) : wholeGuessReason(asked, said);
    return { kind: 'not_executable', reason, candidates: asked.candidates, ranking: asked.ranking, scope: verdict.signal, grounds };
  }
  return { ...asked, scope: verdict.signal, grounds };
}

import { enReference, type Lexicon } from '@meshmind/language';
import type { MapResult } from './api-mapper-options';
import { ACTION_MEETING, type ActionReading } from './action-scope';
import { questionsTogether } from './questions-together';
import { readSteps } from './split-steps';

/**
 * At or above this confidence a step's call stands on its reading with the others: the embedding
 * singles it out ("go to shelf 2 and see what's on it" reads the shelf scan at 0.85-1.0 in each
 * dialect that reads it right, though "see what's on shelf 2" alone is declined by a check of
 * one-step requests). The steps that drifted to a call in the second set and in
 * test/data/probes/second-classes.jsonl read at 0.11-0.73.
 */
export const LONE_STEP_CONFIDENCE = 0.8;

/**
 * A request of several steps is done only if the device can do each step that makes a call: "do a
 * sonar sweep and map the area". Read together, a step the device has no function for still makes a
 * call of its own, whatever the embedding drifted to (the battery, the location), ranked with none
 * of the checks a request of one step gets (its scope, a near tie its words do not break). Each step
 * that made a weak call (LONE_STEP_CONFIDENCE) is therefore mapped on its own, as it was read, its
 * pronoun already standing for the step before's object ("check it" checks shelf 3); where it is
 * not executable alone, neither is the request, and the person hears why.
 *
 * Only where two steps joined by a plain "and" made calls of their own. A step the mapper joined to
 * the one before, or dropped as the means or the consequence of another ("scan the environment and
 * make a map" maps once), made no call of its own. Steps in sequence ("check your battery, then go
 * back to the dock") are each said as a command of their own, which a near tie read alone would turn
 * into a question. Not on a device whose functions take free-text items: there the words after
 * "and" may be the next item of a list ("post wash the car and mow the lawn"). Left: a step the device
 * cannot do that makes the same call as the next ("sing me a song and take a photo" takes the photo).
 */
export async function stepDeclinedAlone(
  result: MapResult,
  text: string,
  reader: { lexicon: Lexicon | undefined; takesItems: boolean; readAction?: (step: string) => ActionReading | undefined },
  mapAlone: (step: string) => Promise<MapResult>,
): Promise<MapResult> {
  const questions = questionsTogether(text);
  if (questions) return answeredApart(result, questions, mapAlone);
  const said = readSteps(text, reader.lexicon);
  if (result.kind !== 'call' || reader.takesItems || said.length < 2) return result;
  for (const step of said.slice(1).filter((each) => undoableDeed(each.text, reader))) {
    const alone = await mapAlone(step.text);
    if (alone.kind === 'not_executable') return { ...alone, reason: `"${step.text}": ${alone.reason}` };
  }
  if (said.some((step) => step.joined === 'sequence')) return result;
  // Each lead is its call's, in order (mapper/api-mapper.ts pushes them together).
  const steps = [...new Set((result.leads ?? []).flatMap((lead) => (lead.step ? [lead.step] : [])))];
  if (steps.length < 2) return result;
  const weak = new Set((result.leads ?? []).flatMap((lead, at) => (lead.step && (result.calls[at]?.confidence ?? 0) < LONE_STEP_CONFIDENCE ? [lead.step] : [])));
  // A step the mapper made of several (a trailing clause it joined to the one before) is read as the whole was.
  for (const step of steps.filter((each) => weak.has(each) && readSteps(each, reader.lexicon).length === 1)) {
    const alone = await mapAlone(step);
    if (alone.kind === 'not_executable') return { ...alone, reason: `"${step}": ${alone.reason}` };
  }
  return result;
}

/**
 * Two questions said together ("where are you and how much battery have you got?", mapper/questions-together.ts),
 * each read alone: both answered, the calls in the order asked (one call where both ask the same), or
 * the request declined with the reason of the first the device cannot answer ("who sent you there?").
 * Never one answered silently for both.
 */
async function answeredApart(whole: MapResult, questions: readonly string[], mapAlone: (question: string) => Promise<MapResult>): Promise<MapResult> {
  const answers: Extract<MapResult, { kind: 'call' }>[] = [];
  for (const question of questions) {
    const alone = await mapAlone(question);
    if (alone.kind !== 'call') return { ...alone, reason: `"${question}": ${alone.reason}` };
    answers.push(alone);
  }
  const calls: typeof answers[number]['calls'] = [];
  const leads: NonNullable<MapResult['leads']> = [];
  for (const [at, answer] of answers.entries()) {
    for (const [index, call] of answer.calls.entries()) {
      if (calls.some((made) => made.function === call.function && JSON.stringify(made.arguments) === JSON.stringify(call.arguments))) continue;
      calls.push(call);
      const lead = answer.leads?.[index];
      if (lead) leads.push({ ...lead, step: questions[at]! });
    }
  }
  return { kind: 'call', calls, candidates: whole.candidates, ranking: whole.ranking, ...(leads.length === calls.length ? { leads } : {}) };
}

/** The WordNet files of verbs that find something out ("see", "check", "look"), by a verb's first sense: a later step of such a verb may ask what the step before does. */
const FINDING_OUT: ReadonlySet<string> = new Set(['perception', 'cognition']);
const SPEAKERS: ReadonlySet<string> = new Set(enReference.viewing.speakerObjects);

/**
 * "Go to shelf 4 and lift the blue crate", "scan shelf 9 and then sweep the aisle", "move to shelf 6 and
 * open the box on top": a later step whose opening verb meets nothing the document does (mapper/action-scope.ts)
 * matches no function well, so the mapper joined it to the step before, whose call was made alone, the
 * deed left undone and the person told nothing. Such a step is read alone, and where the device cannot
 * do it, neither is the request done. Not a verb that finds something out ("see", "check"), nor one said
 * to the speaker ("tell me", "show us"): those may ask what the step before does ("... and tell me what's there").
 */
function undoableDeed(step: string, reader: { lexicon: Lexicon | undefined; readAction?: (step: string) => ActionReading | undefined }): boolean {
  const action = reader.readAction?.(step);
  const wordNet = reader.lexicon?.wordNet;
  if (!action || !wordNet || action.meeting >= ACTION_MEETING) return false;
  const [verb = '', next = ''] = step.toLowerCase().split(/\s+/);
  if (SPEAKERS.has(next) || FINDING_OUT.has(wordNet.verbSenses(verb)[0]?.category ?? '')) return false;
  return true;
}

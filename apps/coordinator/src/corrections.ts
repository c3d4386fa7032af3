import { en, enConversation, enPlanning, fillTemplate, tokenize } from '@meshmind/language';
import type { GoalStatus } from '@meshmind/protocol';
import { readAliasShape, readCorrectionShape, readFollowUpShape } from './conversation-cues';
import { followUpSteps } from './follow-up';
import { counterpartsIn, movedText, placeNamed } from './place-correction';
import type { DeviceRegistry } from './device-registry';
import { LearnedAliases, normalisePhrase } from './learned-aliases';
import { BuiltinPlanner } from './planner/builtin-planner';
import type { Planner, PlannerDevice, ReferenceReading } from './planner/planner';
import { asSentence } from './planner/text';
import type { ConversationContext, StoredStep } from './store/records';
import type { Store, SubtaskRow } from './store/store';
import { undoPlan } from './undo-steps';

/** The event that records what the devices of a goal were like before its steps ran. */
export const STATES_BEFORE_EVENT = 'goal.states_before';

export interface CorrectionsOptions {
  store: Store;
  registry: Pick<DeviceRegistry, 'get'>;
  planner: Planner;
  aliases: LearnedAliases;
  clock: () => number;
}

/** What a correction or alias turn comes to: steps to run (undo, then the right device), or only an answer. */
export type CorrectionOutcome =
  | { kind: 'steps'; steps: StoredStep[]; note: string }
  | { kind: 'answer'; status: GoalStatus; answer: string; code?: string };


function isClear(reading: ReferenceReading): boolean {
  return reading.deviceIds.length === 1 && !reading.ambiguous && reading.unread.length === 0;
}

const SAY = enPlanning.answers.corrections;

/**
 * "no, the bedroom one" after "switch the ceiling light on in the sitting room": the pro-form stands
 * for the name of the device just acted on, so the reference is read again with that name in its
 * place ("the bedroom ceiling light"). Only a clear reading of another device counts, and only where
 * exactly one of the devices acted on gives one.
 */
function readAsActedOn(reference: string, acted: SubtaskRow[], read: (phrase: string) => ReferenceReading): ReferenceReading | undefined {
  const tokens = tokenize(reference);
  const proForms = new Set<string>(enConversation.correctionProForms);
  if (!tokens.some((token) => proForms.has(token))) return undefined;
  const readings = acted.flatMap((row) => {
    const reading = read(tokens.map((token) => (proForms.has(token) ? row.deviceName.toLowerCase() : token)).join(' '));
    return isClear(reading) && reading.deviceIds[0] !== row.deviceId ? [reading] : [];
  });
  return readings.length === 1 ? readings[0] : undefined;
}

function quoted(phrase: string): string {
  return fillTemplate(SAY.quoted, { phrase });
}

/**
 * Learning from the person in conversation. "call the floor lamp 'the big light'" adds an alias.
 * "no, I meant the floor lamp" right after an action puts the device that was wrongly changed back
 * to its state before that goal, does the same request on the device meant, and remembers the words
 * that had reached the wrong device as a name of the right one. Both are ordinary subtasks through
 * the dispatcher (exactly once, in the ledger); what cannot be understood changes nothing.
 */
export class Corrections {
  /** Reads references as the planner does; a planner that cannot (a model) leaves it to the built-in one, which needs no weights. */
  private readonly references: Required<Pick<Planner, 'readReference'>>;

  constructor(private readonly options: CorrectionsOptions) {
    const { planner } = options;
    this.references = planner.readReference ? { readReference: (text, devices) => planner.readReference!(text, devices) } : new BuiltinPlanner();
  }

  /** Records the state of every device a goal's steps address, before any of them runs. */
  recordStatesBefore(goalId: string, steps: StoredStep[]): void {
    const states: Record<string, Record<string, unknown>> = {};
    for (const step of steps) {
      const device = this.options.registry.get(step.deviceId);
      if (device && !(step.deviceId in states)) states[step.deviceId] = { ...device.state };
    }
    this.options.store.appendEvent({ at: this.options.clock(), kind: STATES_BEFORE_EVENT, goalId, data: { states } });
  }

  /** The turn's outcome when it is a correction, an alias request or a verbless follow-up (follow-up.ts); undefined for any other goal. */
  read(goalId: string, conversationId: string, text: string, carried: ConversationContext, devices: PlannerDevice[]): CorrectionOutcome | undefined {
    const read = (phrase: string) => this.references.readReference(phrase, devices);
    const aliasShape = readAliasShape(text, (phrase) => isClear(read(phrase)));
    if (aliasShape) return this.addAlias(goalId, conversationId, text, aliasShape, read, devices);
    const shape = readCorrectionShape(text);
    // "and the kitchen blind" after "open the bay curtains": the last request again, of that device (follow-up.ts).
    const followUp = shape ? null : readFollowUpShape(text);
    const again = followUp ? followUpSteps(read(followUp.reference), this.actedRows(carried.lastGoalId), devices, read) : undefined;
    if (again) return { kind: 'steps', steps: again, note: '' };
    if (!shape) return undefined;
    const reading = read(shape.reference);
    // "no, class 3": a place said alone moves the last request there (place-correction.ts).
    const place = isClear(reading) ? undefined : placeNamed(shape.reference, devices);
    const moved = place ? this.moveToPlace(place, carried.lastGoalId, devices) : undefined;
    if (moved) return moved;
    if (!isClear(reading) && !shape.explicit) return undefined;
    return this.correct(goalId, conversationId, text, shape.reference, reading, carried, devices, read);
  }

  private refuse(goalId: string, code: string, answer: string): CorrectionOutcome {
    this.options.store.appendEvent({ at: this.options.clock(), kind: 'correction.refused', goalId, data: { code, answer } });
    return { kind: 'answer', status: 'failed', answer, code };
  }

  private addAlias(goalId: string, conversationId: string, text: string, shape: { device: string; alias: string }, read: (phrase: string) => ReferenceReading, devices: PlannerDevice[]): CorrectionOutcome {
    const device = devices.find((candidate) => candidate.id === read(shape.device).deviceIds[0])!;
    const phrase = normalisePhrase(shape.alias);
    if ([device.name, ...device.aliases].some((label) => normalisePhrase(label) === phrase)) {
      return { kind: 'answer', status: 'done', answer: fillTemplate(SAY.alreadyCalled, { device: device.name, phrase: quoted(phrase) }) };
    }
    const outcome = this.options.aliases.learn({ phrase, deviceId: device.id, kind: 'alias', taughtBy: text, conversationId }, devices);
    if (!outcome.learned) {
      return outcome.code === 'E_ALIAS_TAKEN'
        ? this.refuse(goalId, outcome.code, fillTemplate(SAY.nameTaken, { phrase: quoted(phrase), holder: outcome.holder.name, device: device.name, code: 'E_ALIAS_TAKEN' }))
        : this.refuse(goalId, outcome.code, fillTemplate(SAY.notAName, { phrase: quoted(shape.alias), reason: outcome.reason, code: 'E_CORRECTION_UNCLEAR' }));
    }
    this.options.store.appendEvent({ at: this.options.clock(), kind: 'alias.learned', goalId, deviceId: device.id, data: { ...outcome.alias } });
    const before = outcome.previousDeviceId ? fillTemplate(SAY.meantBefore, { device: devices.find((candidate) => candidate.id === outcome.previousDeviceId)?.name ?? outcome.previousDeviceId }) : '';
    return { kind: 'answer', status: 'done', answer: fillTemplate(SAY.nowMeans, { phrase: quoted(phrase), device: device.name, before }) };
  }

  /** Subtasks of the previous goal that changed something: done, with an action call. */
  private actedRows(goalId: string | undefined): SubtaskRow[] {
    if (!goalId) return [];
    return this.options.store.listSubtasks(goalId).filter((row) => {
      if (row.status !== 'done' || !row.result || !('calls' in row.result)) return false;
      const capabilities = this.options.registry.get(row.deviceId)?.profile.capabilities ?? [];
      return row.result.calls.some((call) => capabilities.some((capability) => capability.function === call.function && capability.kind === 'action'));
    });
  }

  private correct(
    goalId: string,
    conversationId: string,
    text: string,
    reference: string,
    reading: ReferenceReading,
    carried: ConversationContext,
    devices: PlannerDevice[],
    read: (phrase: string) => ReferenceReading,
  ): CorrectionOutcome {
    const acted = this.actedRows(carried.lastGoalId);
    if (acted.length === 0) return this.refuse(goalId, 'E_CORRECTION_UNCLEAR', SAY.nothingToCorrect);
    // "the bedroom one": the same name in another place, so the words said were right and are not learned.
    const byProForm = isClear(reading) ? undefined : readAsActedOn(reference, acted, read);
    if (byProForm) reading = byProForm;
    if (!isClear(reading)) {
      const which = reading.deviceIds.length > 1 ? fillTemplate(SAY.couldBe, { devices: reading.deviceIds.map((id) => devices.find((device) => device.id === id)?.name ?? id).join(SAY.couldBeJoin) }) : '';
      return this.refuse(goalId, 'E_CORRECTION_UNCLEAR', fillTemplate(SAY.whichDevice, { phrase: quoted(reference), candidates: which }));
    }
    const right = devices.find((device) => device.id === reading.deviceIds[0])!;
    let wrong = acted.filter((row) => row.deviceId !== right.id);
    if (wrong.length === 0) return this.refuse(goalId, 'E_CORRECTION_UNCLEAR', fillTemplate(SAY.alreadyRight, { device: right.name }));
    // "turn on the lights in class 1" reached three devices, then "no, I meant the hall lights": the one
    // request was meant for the device named now, so each device it reached is put back.
    if (wrong.length > 1 && wrong.length === acted.length && wrong.every((row) => row.text === wrong[0]!.text)) return this.redoRequest(wrong, right, carried.lastGoalId!, read);
    // "turn on the lamp and the fan", then "no, I meant the floor lamp": the lamp was wrong, not the fan.
    if (wrong.length > 1) wrong = wrong.filter((row) => devices.find((device) => device.id === row.deviceId)?.type === right.type);
    if (wrong.length !== 1) {
      return this.refuse(goalId, 'E_CORRECTION_UNCLEAR', fillTemplate(SAY.whichOfThem, { devices: acted.map((row) => row.deviceName).join(SAY.changedJoin), device: right.name }));
    }
    const row = wrong[0]!;
    const profile = this.options.registry.get(row.deviceId)?.profile;
    const before = this.statesBefore(carried.lastGoalId!)[row.deviceId];
    const after = row.result && 'state' in row.result ? row.result.state : this.options.registry.get(row.deviceId)?.state;
    const undo = profile && before && after ? undoPlan(profile, before, after) : null;
    if (!undo || (undo.texts.length === 0 && undo.unrestorable.length > 0)) {
      const why = undo ? fillTemplate(SAY.unrestorable, { settings: undo.unrestorable.join(', ').replace(/_/g, ' ') }) : SAY.unknownBefore;
      return this.refuse(goalId, 'E_CORRECTION_UNCLEAR', fillTemplate(SAY.cannotPutBack, { device: row.deviceName, why }));
    }
    const said = read(row.text);
    // "switch the ceiling light on in the sitting room": the particle inside the words read stays.
    const particles = said.span ? said.tokens.slice(said.span.start, said.span.end).filter((token) => en.verbParticles.has(token)) : [];
    const redo = said.span ? [...said.tokens.slice(0, said.span.start), right.name, ...particles, ...said.tokens.slice(said.span.end)].join(' ') : row.text;
    const steps: StoredStep[] = undo.texts.map((undoText, index) => ({ id: `u${index + 1}`, deviceId: row.deviceId, text: undoText, after: index > 0 ? [`u${index}`] : [] }));
    steps.push({ id: 'r1', deviceId: right.id, text: asSentence(redo), after: [] });
    return { kind: 'steps', steps, note: byProForm ? '' : this.rememberPhrase(goalId, conversationId, text, said, right, devices) };
  }

  /**
   * Every device one request reached put back, then the request done on the device meant. Nothing is
   * remembered: the words named several devices, none of them a name of the right one.
   */
  private redoRequest(rows: SubtaskRow[], right: PlannerDevice, lastGoalId: string, read: (phrase: string) => ReferenceReading): CorrectionOutcome {
    const steps = this.undoSteps(rows, lastGoalId);
    if (!Array.isArray(steps)) return steps;
    const said = read(rows[0]!.text);
    const redo = said.span ? [...said.tokens.slice(0, said.span.start), right.name, ...said.tokens.slice(said.span.end)].join(' ') : rows[0]!.text;
    steps.push({ id: 'r1', deviceId: right.id, text: asSentence(redo), after: [] });
    return { kind: 'steps', steps, note: '' };
  }

  /** "close the blinds in class 2", then "no, class 3": each device reached put back, its counterpart there does the request (place-correction.ts). */
  private moveToPlace(place: NonNullable<PlannerDevice['area']>, lastGoalId: string | undefined, devices: PlannerDevice[]): CorrectionOutcome | undefined {
    const rows = this.actedRows(lastGoalId);
    const reached = rows.map((row) => devices.find((device) => device.id === row.deviceId));
    if (rows.length === 0 || reached.some((device) => !device)) return undefined;
    const moves = counterpartsIn(place, reached as PlannerDevice[], devices);
    if (!moves) return undefined;
    const steps = this.undoSteps(rows, lastGoalId!);
    if (!Array.isArray(steps)) return steps;
    rows.forEach((row, index) => steps.push({ id: `r${index + 1}`, deviceId: moves.get(row.deviceId)!.id, text: movedText(row.text, reached[index]!.area, place), after: [] }));
    return { kind: 'steps', steps, note: '' };
  }

  /** The steps that put each row's device back as it was before that goal, or the refusal where one cannot be. */
  private undoSteps(rows: SubtaskRow[], lastGoalId: string): StoredStep[] | CorrectionOutcome {
    const states = this.statesBefore(lastGoalId);
    const steps: StoredStep[] = [];
    for (const row of rows) {
      const profile = this.options.registry.get(row.deviceId)?.profile;
      const before = states[row.deviceId];
      const after = row.result && 'state' in row.result ? row.result.state : this.options.registry.get(row.deviceId)?.state;
      const undo = profile && before && after ? undoPlan(profile, before, after) : null;
      if (!undo || (undo.texts.length === 0 && undo.unrestorable.length > 0)) {
        const why = undo ? fillTemplate(SAY.unrestorable, { settings: undo.unrestorable.join(', ').replace(/_/g, ' ') }) : SAY.unknownBefore;
        return { kind: 'answer', status: 'failed', answer: fillTemplate(SAY.cannotPutBack, { device: row.deviceName, why }), code: 'E_CORRECTION_UNCLEAR' };
      }
      undo.texts.forEach((text, index) => steps.push({ id: `u${steps.length + 1}`, deviceId: row.deviceId, text, after: index > 0 ? [`u${steps.length}`] : [] }));
    }
    return steps;
  }

  /** The words that reached the wrong device now name the right one; said in the answer either way. */
  private rememberPhrase(goalId: string, conversationId: string, text: string, said: ReferenceReading, right: PlannerDevice, devices: PlannerDevice[]): string {
    if (!said.span) return '';
    const phrase = said.tokens.slice(said.span.start, said.span.end).join(' ');
    if ([right.name, ...right.aliases].some((label) => normalisePhrase(label) === phrase)) return '';
    const outcome = this.options.aliases.learn({ phrase, deviceId: right.id, kind: 'correction', taughtBy: text, conversationId }, devices);
    if (!outcome.learned) {
      this.options.store.appendEvent({ at: this.options.clock(), kind: 'correction.not_learned', goalId, data: { code: outcome.code, phrase } });
      return outcome.code === 'E_ALIAS_TAKEN' ? fillTemplate(SAY.staysName, { phrase: quoted(phrase), holder: outcome.holder.name, code: outcome.code }) : '';
    }
    this.options.store.appendEvent({ at: this.options.clock(), kind: 'alias.learned', goalId, deviceId: right.id, data: { ...outcome.alias } });
    return fillTemplate(SAY.fromNowOn, { phrase: quoted(phrase), device: right.name });
  }

  private statesBefore(goalId: string): Record<string, Record<string, unknown>> {
    const event = this.options.store.listEvents({ goalId, kind: STATES_BEFORE_EVENT }).at(0);
    return (event?.data.states as Record<string, Record<string, unknown>> | undefined) ?? {};
  }
}

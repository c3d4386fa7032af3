import { enMapping, fillTemplate, formatList } from '@meshmind/language';
import type { ApiCallRecord, DeviceDescription, ErrorBody, JsonValue, SubtaskResult } from '@meshmind/protocol';
import type { TaskContext, TaskStateName } from './task-machine';
import type { DeviceStateValues } from '@meshmind/protocol';

/** The progress stage names sent to the coordinator, one per machine state. */
export const STAGE_BY_STATE: Record<TaskStateName, string> = {
  ready: 'ready',
  received: 'received',
  mapping: 'mapping',
  generating: 'generating',
  validating: 'validating',
  awaitingConfirmation: 'awaiting_confirmation',
  starting: 'starting',
  executing: 'executing',
  verifying: 'verifying',
  done: 'done',
  failed: 'failed',
  notExecutable: 'not_executable',
  cancelled: 'cancelled',
  expired: 'expired',
};

const SAID = enMapping.answers.task;

function describeArguments(args: Record<string, unknown>): string {
  const entries = Object.entries(args);
  return entries.length === 0 ? '' : entries.map(([name, value]) => `${name} ${typeof value === 'string' ? value : JSON.stringify(value)}`).join(', ');
}

function describeCall(call: ApiCallRecord): string {
  const args = describeArguments(call.arguments);
  return args ? `${call.function} (${args})` : call.function;
}

function describeReading(description: DeviceDescription, calls: ApiCallRecord[], value: JsonValue): string {
  const query = [...calls].reverse().find((call) => description.functions.find((fn) => fn.name === call.function)?.kind === 'query');
  const spec = description.functions.find((fn) => fn.name === query?.function);
  const unit = spec?.returns?.unit ? ` ${spec.returns.unit}` : '';
  const shown = typeof value === 'string' ? value : JSON.stringify(value);
  return query ? fillTemplate(SAID.returned, { function: query.function, value: shown, unit }) : fillTemplate(SAID.programReturned, { value: shown });
}

/**
 * What the person should know beyond the outcome: calls an interrupted run had already made, which
 * were found done on the device (or could not be checked) and so were not sent again.
 */
export function recoveryNotes(context: TaskContext): string[] {
  const notes: string[] = [];
  const execution = context.execution;
  const reconciled = execution?.reconciledCalls ?? 0;
  if (reconciled > 0) {
    notes.push(fillTemplate(reconciled === 1 ? SAID.restartedAfterOne : SAID.restartedAfterMany, { count: reconciled }));
  }
  const uncertain = execution?.uncertainCalls ?? [];
  if (uncertain.length > 0) {
    notes.push(fillTemplate(SAID.restartedDuring, { calls: formatList(uncertain) }));
  }
  return notes;
}

/** A stage's progress detail: a resumed task's first stage, a retry, the program's origin, why it ended. */
export function stageDetail(resumed: boolean, stateName: TaskStateName, context: TaskContext): string | undefined {
  const notes: string[] = [];
  if (resumed) notes.push('resumed after an agent restart');
  if (context.attempt > 1 && (stateName === 'generating' || stateName === 'executing')) {
    notes.push(`attempt ${context.attempt} of ${context.maxAttempts} after: ${context.previousAttempts.at(-1)?.error.message ?? 'an error'}`);
  }
  if (stateName === 'validating') notes.push(context.origin === 'cache' ? 'program reused from the experience cache' : 'program generated');
  if (stateName === 'failed' || stateName === 'cancelled' || stateName === 'expired') notes.push(context.error?.message ?? '');
  if (stateName === 'notExecutable') notes.push(context.reason ?? '');
  const detail = notes.filter(Boolean).join('; ');
  return detail.length > 0 ? detail : undefined;
}

/** One plain-language sentence per outcome, for the person reading the coordinator's answer. */
export function taskMessage(stateName: TaskStateName, context: TaskContext, description: DeviceDescription): string {
  const calls = context.execution?.calls ?? [];
  switch (stateName) {
    case 'done': {
      const value = context.execution?.value;
      const actions = calls.filter((call) => description.functions.find((fn) => fn.name === call.function)?.kind === 'action');
      const done = actions.length > 0 ? fillTemplate(SAID.done, { calls: formatList(actions.map(describeCall)) }) : '';
      const reading = value === undefined ? '' : describeReading(description, calls, value);
      return [done, reading, ...recoveryNotes(context)].filter(Boolean).join(' ') || SAID.doneAlone;
    }
    case 'notExecutable': {
      const candidates = context.candidates.length > 0 ? fillTemplate(SAID.closest, { functions: context.candidates.join(', ') }) : '';
      return fillTemplate(SAID.cannot, { reason: context.reason ?? SAID.noMatchingFunction, candidates });
    }
    case 'awaitingConfirmation': {
      const planned = context.prepared?.plannedCalls.filter((call) => context.prepared?.sensitive.includes(call.function)) ?? [];
      const what = planned.length > 0 ? formatList(planned.map(describeCall)) : formatList(context.prepared?.sensitive ?? []);
      return fillTemplate(SAID.confirm, { calls: what });
    }
    default:
      return context.error?.message ?? fillTemplate(SAID.ended, { state: stateName });
  }
}

/** The SubtaskResult the agent reports for a task that reached an end (or awaits confirmation). */
export function buildSubtaskResult(
  stateName: TaskStateName,
  context: TaskContext,
  description: DeviceDescription,
  state: DeviceStateValues,
): SubtaskResult {
  const outcome =
    stateName === 'done' ? 'done' : stateName === 'notExecutable' ? 'not_executable' : stateName === 'awaitingConfirmation' ? 'needs_confirmation' : 'failed';
  const calls = stateName === 'awaitingConfirmation' ? (context.prepared?.plannedCalls ?? []) : (context.execution?.calls ?? []);
  const result: SubtaskResult = {
    deviceId: context.deviceId,
    goalId: context.subtask.goalId,
    outcome,
    message: taskMessage(stateName, context, description),
    state,
    calls,
  };
  if (stateName === 'done' && context.execution?.value !== undefined) result.value = context.execution.value;
  if (stateName === 'notExecutable' || (outcome === 'failed' && context.candidates.length > 0)) result.candidates = context.candidates;
  const error: ErrorBody | null =
    outcome === 'failed'
      ? (context.error ?? { code: 'E_INTERNAL', message: 'the task failed without a reason' })
      : outcome === 'not_executable'
        ? { code: 'E_NOT_EXECUTABLE', message: context.reason ?? SAID.noMatchingFunction }
        : outcome === 'needs_confirmation'
          ? { code: 'E_CONFIRMATION_REQUIRED', message: 'a sensitive action needs confirmation' }
          : null;
  if (error) result.error = error;
  return result;
}

import type { SubtaskResult, SubtaskStatus } from '@meshmind/protocol';
import type { FinishedStep } from './answer';
import type { AllocatedStep } from './planner/allocation';
import type { PlanStep } from './planner/planner';
import type { SubtaskRow } from './store/store';

/**
 * A subtask settled without its agent's word (timed out, or its device went offline and did not
 * come back in time) may still be finished by that agent: such a row takes a late report. One that
 * was never sent, or that has its report already, does not.
 */
export function isCorrectable(row: SubtaskRow): boolean {
  if (row.status === 'timeout') return true;
  const result = row.result as { error?: { code?: string }; dispatched?: boolean } | null;
  return row.status === 'failed' && result?.error?.code === 'E_AGENT_OFFLINE' && result.dispatched !== false;
}

/** "Living room TV: set volume to 30% (done, 3 s late)." */
export function lateMessage(result: SubtaskResult, lateByMs: number): string {
  const seconds = Math.max(1, Math.round(lateByMs / 1000));
  const note = result.outcome === 'done' ? `done, ${seconds} s late` : `reported ${seconds} s late`;
  // After the first sentence, which says what was done; a message without a full stop gets it at the end.
  const end = /[.!?](\s|$)/.exec(result.message);
  if (!end) return `${result.message} (${note}).`;
  return `${result.message.slice(0, end.index)} (${note})${result.message.slice(end.index)}`;
}

/**
 * The finished steps of a goal from its stored rows, for composing its answer again. A step that
 * stand-ins took over (`s1`, `s1.2`, `s1.3`) is one entry: the row that got it done (a late report
 * can make it an earlier one), else the last, with the others as hand-overs.
 */
export function finishedFromRows(rows: SubtaskRow[]): AllocatedStep[] {
  const groups = new Map<string, SubtaskRow[]>();
  for (const row of rows) {
    const step = row.step as unknown as PlanStep;
    const base = step.id.split('.')[0]!;
    groups.set(base, [...(groups.get(base) ?? []), row]);
  }
  return [...groups.values()].map((group) => {
    const chosen = group.find((row) => row.status === 'done') ?? group.at(-1)!;
    const entry: FinishedStep = {
      subtaskId: chosen.id,
      step: { ...(group[0]!.step as unknown as PlanStep) },
      deviceName: chosen.deviceName,
      status: chosen.status as SubtaskStatus,
      message: chosen.message ?? '',
      ...(chosen.result && 'outcome' in chosen.result ? { result: chosen.result as unknown as SubtaskResult } : {}),
    };
    const handovers = group.filter((row) => row !== chosen && row.status !== 'done').map((row) => ({ deviceName: row.deviceName, message: row.message ?? '' }));
    return handovers.length > 0 ? { ...entry, handovers } : entry;
  });
}

import type { SubtaskStatus } from '@meshmind/protocol';

export interface FinishedSubtask {
  deviceName: string;
  status: SubtaskStatus;
  message: string;
}

/** One honest paragraph: what was done, then what was not and why. */
export function composeAnswer(finished: FinishedSubtask[], unresolved: string[]): string {
  const done = finished.filter((subtask) => subtask.status === 'done');
  const notDone = finished.filter((subtask) => subtask.status !== 'done');
  const parts: string[] = [];
  if (done.length > 0) parts.push(done.map((subtask) => subtask.message).join(' '));
  if (notDone.length > 0) {
    const reasons = notDone.map((subtask) => subtask.message).join(' ');
    parts.push(done.length > 0 ? `But not everything worked: ${reasons}` : reasons);
  }
  if (unresolved.length > 0) {
    const quoted = unresolved.map((clause) => `"${clause}"`).join(', ');
    parts.push(`I could not tell which device you meant by ${quoted}.`);
  }
  if (parts.length === 0) return 'I did not find anything to do in that.';
  return parts.join(' ');
}

export function goalStatusOf(finished: FinishedSubtask[], unresolved: string[]): 'done' | 'partial' | 'failed' {
  const doneCount = finished.filter((subtask) => subtask.status === 'done').length;
  if (doneCount === finished.length && unresolved.length === 0 && finished.length > 0) return 'done';
  return doneCount > 0 ? 'partial' : 'failed';
}

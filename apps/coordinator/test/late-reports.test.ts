import { describe, expect, it } from 'vitest';
import type { SubtaskResult } from '@meshmind/protocol';
import { finishedFromRows, isCorrectable, lateMessage } from '../src/late-reports';
import type { SubtaskRow } from '../src/store/store';

function row(id: string, stepId: string, status: SubtaskRow['status'], overrides: Partial<SubtaskRow> = {}): SubtaskRow {
  return {
    id,
    goalId: 'goal-1',
    deviceId: `robot-${id}`,
    deviceName: `Robot ${id}`,
    text: 'check shelf 3',
    status,
    stage: null,
    message: `${id} ${status}`,
    result: null,
    deadline: 1_000,
    createdAt: 0,
    finishedAt: 2_000,
    step: { id: stepId, deviceId: `robot-${id}`, text: 'check shelf 3', after: [] },
    notBefore: null,
    sentAt: null,
    ...overrides,
  };
}

const result = (message: string, outcome: SubtaskResult['outcome'] = 'done'): SubtaskResult => ({ deviceId: 'tv', goalId: 'goal-1', outcome, message, state: {}, calls: [] });

describe('late reports', () => {
  it('correct a subtask that timed out, or whose device went offline after it was sent', () => {
    expect(isCorrectable(row('a', 's1', 'timeout'))).toBe(true);
    expect(isCorrectable(row('a', 's1', 'failed', { result: { error: { code: 'E_AGENT_OFFLINE' } } }))).toBe(true);
  });

  it('leave alone a subtask that has its report, or was never sent because its device was offline', () => {
    expect(isCorrectable(row('a', 's1', 'done'))).toBe(false);
    expect(isCorrectable(row('a', 's1', 'failed', { result: { error: { code: 'E_DEVICE_FAULT' } } }))).toBe(false);
    expect(isCorrectable(row('a', 's1', 'failed', { result: { error: { code: 'E_AGENT_OFFLINE' }, dispatched: false } }))).toBe(false);
  });

  it('say how late, after the sentence that says what was done', () => {
    expect(lateMessage(result('Living room TV: set volume to 30%.'), 3_200)).toBe('Living room TV: set volume to 30% (done, 3 s late).');
    expect(lateMessage(result('TV: set volume to 30%. The agent restarted.'), 12_000)).toBe('TV: set volume to 30% (done, 12 s late). The agent restarted.');
    expect(lateMessage(result('TV: not done', 'failed'), 400)).toBe('TV: not done (reported 1 s late).');
  });

  it('rebuild a step that stand-ins took over from the row that got it done, with the others as hand-overs', () => {
    const steps = finishedFromRows([row('a', 's1', 'done'), row('b', 's1.2', 'failed'), row('c', 's2', 'timeout')]);
    expect(steps).toHaveLength(2);
    expect(steps[0]).toMatchObject({ subtaskId: 'a', status: 'done', step: { id: 's1' }, handovers: [{ deviceName: 'Robot b', message: 'b failed' }] });
    expect(steps[1]).toMatchObject({ subtaskId: 'c', status: 'timeout', step: { id: 's2' } });
  });
});

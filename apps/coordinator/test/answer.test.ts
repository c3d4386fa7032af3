import { describe, expect, it } from 'vitest';
import { composeAnswer, type FinishedStep } from '../src/answer';

function finished(id: string, message: string, question: FinishedStep['step']['question']): FinishedStep {
  return { step: { id, deviceId: 'vacuum.robot', text: message, after: [], ...(question ? { question } : {}) }, deviceName: 'Robot vacuum', status: 'done', message };
}

describe('the answer to a goal', () => {
  it('says one device report once when two questions got the same reading', () => {
    const report = 'Robot vacuum: status is docked.';
    const answer = composeAnswer(
      [
        finished('s1', report, { group: 'q1', form: 'value', text: 'where is the robot vacuum?' }),
        finished('s2', report, { group: 'q2', form: 'value', text: 'what is it doing?' }),
      ],
      [],
    );
    expect(answer).toBe(report);
  });

  it('keeps every verdict and every different report', () => {
    const answer = composeAnswer(
      [
        finished('s1', 'Front door: locked.', { group: 'q1', form: 'value', text: 'is the front door locked?' }),
        finished('s2', 'Back door: locked.', { group: 'q2', form: 'value', text: 'and the back door?' }),
      ],
      [],
    );
    expect(answer).toBe('Front door: locked. Back door: locked.');
  });
});

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

  describe('a yes-or-no question that an on/off reading cannot answer', () => {
    const reading = (id: string, message: string, text: string, value: unknown): FinishedStep => ({
      ...finished(id, message, { group: 'q1', form: 'value', text }),
      result: { value, calls: [] } as unknown as NonNullable<FinishedStep['result']>,
    });

    it.each([
      ['is the hall detector occupied?', 'occupied'],
      ['is the porch sensor tripped in the garden?', 'tripped'],
      ['are the stair sensors busy upstairs?', 'busy'],
    ])('"%s" says it cannot tell whether "on" means %s', (text, word) => {
      const answer = composeAnswer([reading('s1', 'Sensor: on is yes.', text, true)], []);
      expect(answer).toBe(`I could not tell whether that means ${word}: Sensor: on is yes.`);
    });

    it('answers as before where the reading names the word or is not a boolean', () => {
      expect(composeAnswer([reading('s1', 'Shed: door is open.', 'is the shed open?', true)], [])).toBe('Shed: door is open.');
      expect(composeAnswer([reading('s1', 'Tank: level is 40 L.', 'is the tank low?', 40)], [])).toBe('Tank: level is 40 L.');
      expect(composeAnswer([reading('s1', 'Sensor: on is yes.', 'what does the sensor say?', true)], [])).toBe('Sensor: on is yes.');
    });
  });
});

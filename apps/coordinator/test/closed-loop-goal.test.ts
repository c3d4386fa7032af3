import { describe, expect, it } from 'vitest';
import { parseClosedLoopGoal } from '../src/closed-loop';

describe('reading a closed-loop goal', () => {
  it('reads "no more than" and "not above" as at most, though "more than" and "above" are written inside them', () => {
    expect(parseClosedLoopGoal('Move client 2 to 5 GHz until its packet error rate is no more than 20%')?.target).toEqual({ comparator: 'at_most', value: 20, unit: '%' });
    expect(parseClosedLoopGoal('Move client 2 to 5 GHz until its packet error rate is not above 20 percent')?.target).toEqual({ comparator: 'at_most', value: 20, unit: '%' });
  });

  it('reads "at least", "more than" and "over" as at least', () => {
    for (const said of ['at least', 'more than', 'over', 'no less than']) {
      expect(parseClosedLoopGoal(`Raise the channel width step by step until the throughput is ${said} 50 mbps`)?.target.comparator, said).toBe('at_least');
    }
  });

  it('steps the named setting down or up by the verb, without its determiner or its owner', () => {
    expect(parseClosedLoopGoal("Reduce client 1's contention window step by step until the upload time is under 16 s")?.lever).toEqual({ kind: 'step', subject: 'contention window', direction: 'down' });
    expect(parseClosedLoopGoal('Increase its transmit power step by step until the signal is above 40 %')?.lever).toEqual({ kind: 'step', subject: 'transmit power', direction: 'up' });
  });

  it('is no closed loop without "until" and a target', () => {
    expect(parseClosedLoopGoal('Turn on the kitchen light')).toBeNull();
    expect(parseClosedLoopGoal('Wait until the kettle boils')).toBeNull();
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FaultRig, LONG, mosquittoPresent, type BrokerKind } from './support/fault-rig';
import { FAULTS, judge } from './support/process-faults';
import { requireSystemPackages } from './support/system-packages';

/*
 * Faults as a hostile tester makes them, against real OS processes: `meshmind start` (the
 * coordinator, with the embedded broker inside it or a real Mosquitto beside it) and
 * `meshmind agent --config`, killed with SIGKILL or stopped mid-goal and started again on the same
 * files. What the device did is counted from its driver's own log. One suite, run against each broker.
 */

function describeFaults(broker: BrokerKind, runs: boolean): void {
  describe.skipIf(!runs)(`faults of real processes with the ${broker === 'embedded' ? 'embedded broker' : 'Mosquitto broker'}`, () => {
    const rig = new FaultRig(broker);
    beforeAll(() => rig.start(), 3 * LONG);
    afterAll(() => rig.stop());

    for (const fault of FAULTS) {
      it(`${fault.name}: the requested effect happens exactly once and the answer says so`, { timeout: 4 * LONG }, async () => {
        const outcome = await fault.run(rig);
        expect(outcome.calls.map((call) => ({ function: call.function, arguments: call.arguments }))).toEqual([outcome.expected]);
        expect(outcome.goal).toMatchObject({ status: 'done', subtasks: [{ status: 'done' }] });
        for (const words of outcome.answerMust) expect(outcome.goal.answer).toContain(words);
        expect(judge(outcome)).toEqual({ exactlyOnce: true, honest: true });
        expect(rig.deviceState().volume).toBe(outcome.expected.arguments.volume);
      });
    }
  });
}

describeFaults('embedded', true);
describeFaults('mosquitto', requireSystemPackages('fault tests with Mosquitto', ['mosquitto'], mosquittoPresent()));

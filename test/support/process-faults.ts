import { type AppliedCall, type FaultRig, type GoalView, LONG, waitUntil } from './fault-rig';

/*
 * The faults of the fault suite and the fault benchmark, each one run of one goal against a rig of
 * real processes. A fault returns what happened (the device's own log of calls during the goal, the
 * goal as the coordinator answers it) and what should have happened; `judge` compares the two, so the
 * test asserts on the details and the benchmark counts the runs that held.
 */

export interface FaultOutcome {
  fault: string;
  /** Calls the device applied while this goal ran, from the driver's log. */
  calls: AppliedCall[];
  /** The one call the goal asked for. */
  expected: { function: string; arguments: Record<string, unknown> };
  goal: GoalView;
  /** Words the answer must hold to say what happened. */
  answerMust: string[];
}

export interface Verdict {
  /** The requested effect was applied exactly once, and nothing else was. */
  exactlyOnce: boolean;
  /** The goal is done, and its answer says what the device did. */
  honest: boolean;
}

export interface Fault {
  name: string;
  run: (rig: FaultRig) => Promise<FaultOutcome>;
}

export function judge(outcome: FaultOutcome): Verdict {
  const exactlyOnce =
    outcome.calls.length === 1 &&
    outcome.calls[0]!.function === outcome.expected.function &&
    JSON.stringify(outcome.calls[0]!.arguments) === JSON.stringify(outcome.expected.arguments);
  const answer = outcome.goal.answer ?? '';
  const honest = outcome.goal.status === 'done' && outcome.goal.subtasks.every((subtask) => subtask.status === 'done') && outcome.answerMust.every((words) => answer.includes(words));
  return { exactlyOnce, honest };
}

/**
 * Each fault starts where the one before left things: a coordinator started again answers its health
 * check before the agent's connection is back, and a goal planned in that gap finds the device offline
 * (an honest refusal, but not the fault under test). So a fault's goal waits for the device to be online.
 */
async function deviceOnline(rig: FaultRig): Promise<void> {
  await waitUntil(async () => (await rig.deviceAvailability()) === 'online', LONG, 'the device to be online before the goal');
}

/** A volume the device is not at, so every run asks for a real change. */
function nextVolume(rig: FaultRig): number {
  const now = Number(rig.deviceState().volume ?? 0);
  return now >= 80 ? 25 : now + 7;
}

/**
 * The agent's process is killed (SIGKILL) right after its device applied "set volume", before it
 * heard back; it is started again. The restarted agent reads the device, finds the change there and
 * does not send it again. A relative request, so a repeat would show as a second step.
 */
export const agentKilledAfterCall: Fault = {
  name: 'agent SIGKILL after its device call',
  async run(rig) {
    await deviceOnline(rig);
    const before = Number(rig.deviceState().volume);
    const up = before <= 80;
    const target = up ? before + 10 : before - 10;
    const callsBefore = rig.calls().length;
    rig.armKillAfterNextCall();
    const goalId = await rig.submit(`turn ${up ? 'up' : 'down'} the TV volume by 10`);
    const goal = await explainFailure(rig, goalId, async () => {
      const death = await rig.agentExit();
      if (death.signal !== 'SIGKILL') throw new Error(`the agent ended with ${JSON.stringify(death)}, not SIGKILL`);
      await rig.startAgent();
      return rig.waitForAnswer(goalId);
    });
    return {
      fault: this.name,
      calls: rig.calls().slice(callsBefore),
      expected: { function: 'set_volume', arguments: { volume: target } },
      goal,
      answerMust: [`${target}%`, 'not sent again'],
    };
  },
};

/**
 * The coordinator's process is killed (SIGKILL) while the device is at work on the goal's call; the
 * device finishes while the coordinator is gone (with the embedded broker, the broker is gone too:
 * it lives in that process). The coordinator is started again on the same database.
 */
export const coordinatorKilledMidGoal: Fault = {
  name: 'coordinator SIGKILL mid-goal',
  async run(rig) {
    return runWithOutage(rig, this.name, async () => {
      await rig.killCoordinator('SIGKILL');
      return () => rig.startCoordinator();
    });
  },
};

/**
 * The broker goes away while the device is at work on the goal's call, and comes back after the
 * device finished. Mosquitto is killed with SIGKILL (it saves no session on the way). The embedded
 * broker lives in the coordinator's process: that process is stopped as an operator stops it
 * (SIGTERM), which closes the broker, and started again.
 */
export const brokerStoppedMidGoal: Fault = {
  name: 'broker stopped mid-goal',
  async run(rig) {
    return runWithOutage(rig, this.name, async () => {
      if (rig.broker === 'mosquitto') {
        await rig.killMosquitto('SIGKILL');
        return () => rig.startMosquitto();
      }
      await rig.killCoordinator('SIGTERM');
      return () => rig.startCoordinator();
    });
  },
};

export const FAULTS: Fault[] = [agentKilledAfterCall, coordinatorKilledMidGoal, brokerStoppedMidGoal];

/** CI keeps no rig folder: what the processes said goes into the failure itself. */
async function explained(rig: FaultRig, goalId: string | null, error: unknown): Promise<Error> {
  const story = await rig.explain(goalId).catch((why: unknown) => `(could not explain: ${String(why)})`);
  return new Error(`${error instanceof Error ? error.message : String(error)}\n${story}`, { cause: error });
}

async function explainFailure<T>(rig: FaultRig, goalId: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw await explained(rig, goalId, error);
  }
}

/**
 * "Set the TV volume to N" with the device's call held at its gate; `outage` takes something down
 * and returns how to bring it back. The device acts while it is down, then it comes back.
 */
async function runWithOutage(rig: FaultRig, fault: string, outage: () => Promise<() => Promise<void>>): Promise<FaultOutcome> {
  const target = nextVolume(rig);
  const callsBefore = rig.calls().length;
  rig.closeGate();
  let restore: (() => Promise<void>) | null = null;
  let goalId: string | null = null;
  try {
    await deviceOnline(rig);
    goalId = await rig.submit(`set the TV volume to ${target}`);
    await waitUntil(() => rig.entered(), LONG, 'the call to reach the device');
    restore = await outage();
    rig.openGate();
    // The device acts while the process is gone: its report has nowhere to go yet.
    await waitUntil(() => rig.calls().length > callsBefore, LONG, 'the device to act');
    const bringBack = restore;
    restore = null;
    await bringBack();
    const goal = await rig.waitForAnswer(goalId);
    return { fault, calls: rig.calls().slice(callsBefore), expected: { function: 'set_volume', arguments: { volume: target } }, goal, answerMust: [`${target}%`] };
  } catch (error) {
    throw await explained(rig, goalId, error);
  } finally {
    rig.openGate();
    // Whatever failed, the next fault needs the process back.
    if (restore) await restore();
  }
}

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PROGRESS_EARLIER_MAX, type SubtaskProgress } from '@meshmind/protocol';
import { PROGRESS_HOLD_MS, ProgressOutbox } from '../src/progress-outbox';

/** The hold passes (fake timers: no test waits a real tenth of a second). */
const holdPasses = () => vi.advanceTimersByTime(PROGRESS_HOLD_MS);
const stage = (id: string, name: string, at: number): SubtaskProgress => ({ id, goalId: 'goal-1', deviceId: 'lamp', stage: name, at });

describe('ProgressOutbox', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('holds a task\'s stages for PROGRESS_HOLD_MS, across turns of the event loop, and sends them as one message: the latest, and the ones before it in order', async () => {
    const sent: SubtaskProgress[] = [];
    const outbox = new ProgressOutbox((progress) => sent.push(progress));
    outbox.add(stage('s1', 'received', 1));
    outbox.add({ ...stage('s1', 'mapping', 2), detail: 'resumed after an agent restart' });
    // A task that yields (the embedder's batching turn) does not send what it has so far.
    await new Promise((resolve) => setImmediate(resolve));
    outbox.add(stage('s1', 'generating', 3));
    vi.advanceTimersByTime(PROGRESS_HOLD_MS - 1);
    expect(sent).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(sent).toEqual([
      {
        ...stage('s1', 'generating', 3),
        earlier: [
          { stage: 'received', at: 1 },
          { stage: 'mapping', at: 2, detail: 'resumed after an agent restart' },
        ],
      },
    ]);
  });

  it('keeps the elapsed time of each earlier stage (the sub-millisecond duration the bench measures stages by)', () => {
    const sent: SubtaskProgress[] = [];
    const outbox = new ProgressOutbox((progress) => sent.push(progress));
    outbox.add({ ...stage('s1', 'received', 1), elapsed: 0 });
    outbox.add({ ...stage('s1', 'done', 1), elapsed: 0.625 });
    outbox.flushTask('s1');
    expect(sent).toEqual([{ ...stage('s1', 'done', 1), elapsed: 0.625, earlier: [{ stage: 'received', at: 1, elapsed: 0 }] }]);
  });

  it('sends a task that waits longer than the hold its stages while it waits, and each task apart', () => {
    const sent: SubtaskProgress[] = [];
    const outbox = new ProgressOutbox((progress) => sent.push(progress));
    outbox.add(stage('s1', 'executing', 5));
    outbox.add(stage('s2', 'received', 6));
    holdPasses();
    outbox.add(stage('s1', 'verifying', 7));
    holdPasses();
    expect(sent).toEqual([stage('s1', 'executing', 5), stage('s2', 'received', 6), stage('s1', 'verifying', 7)]);
  });

  it("sends a task's stages at once when asked (before its report), and nothing twice", () => {
    const sent: SubtaskProgress[] = [];
    const outbox = new ProgressOutbox((progress) => sent.push(progress));
    outbox.add(stage('s1', 'verifying', 1));
    outbox.add(stage('s1', 'done', 2));
    outbox.add(stage('s2', 'received', 3));
    outbox.flushTask('s1');
    expect(sent).toEqual([{ ...stage('s1', 'done', 2), earlier: [{ stage: 'verifying', at: 1 }] }]);
    holdPasses();
    expect(sent.slice(1)).toEqual([stage('s2', 'received', 3)]);
  });

  it('splits a long run of stages into messages the schema allows', () => {
    const sent: SubtaskProgress[] = [];
    const outbox = new ProgressOutbox((progress) => sent.push(progress));
    const count = PROGRESS_EARLIER_MAX + 3;
    for (let index = 0; index < count; index += 1) outbox.add(stage('s1', `stage-${index}`, index));
    outbox.flush();
    expect(sent.map((progress) => [progress.stage, progress.earlier?.length ?? 0])).toEqual([
      [`stage-${PROGRESS_EARLIER_MAX}`, PROGRESS_EARLIER_MAX],
      [`stage-${count - 1}`, 1],
    ]);
  });

  it('drops what waits when stopped', () => {
    const sent: SubtaskProgress[] = [];
    const outbox = new ProgressOutbox((progress) => sent.push(progress));
    outbox.add(stage('s1', 'received', 1));
    outbox.stop();
    holdPasses();
    expect(sent).toEqual([]);
  });

  it("hands a task's waiting stages to its report when its coordinator reads them there, and sends no message for them", () => {
    const sent: SubtaskProgress[] = [];
    const outbox = new ProgressOutbox((progress) => sent.push(progress));
    outbox.stagesGoInReport('s1');
    outbox.add({ ...stage('s1', 'executing', 5), elapsed: 1.5 });
    outbox.add({ ...stage('s1', 'done', 6), elapsed: 2, detail: 'verified' });
    outbox.add(stage('s2', 'mapping', 6));
    expect(outbox.takeForReport('s1')).toEqual([
      { stage: 'executing', at: 5, elapsed: 1.5 },
      { stage: 'done', at: 6, elapsed: 2, detail: 'verified' },
    ]);
    holdPasses();
    // The other task's stage still goes out as a message of its own.
    expect(sent).toEqual([stage('s2', 'mapping', 6)]);
  });

  it('leaves no timer behind once a report took the only waiting stages', () => {
    const sent: SubtaskProgress[] = [];
    const outbox = new ProgressOutbox((progress) => sent.push(progress));
    outbox.stagesGoInReport('s1');
    outbox.add(stage('s1', 'received', 1));
    outbox.add(stage('s1', 'done', 2));
    expect(outbox.takeForReport('s1')?.map((passed) => passed.stage)).toEqual(['received', 'done']);
    expect(vi.getTimerCount()).toBe(0);
    holdPasses();
    expect(sent).toEqual([]);
  });

  it('sends the stages ahead of the report, and hands none to it, where the coordinator did not ask or they would not fit', () => {
    const sent: SubtaskProgress[] = [];
    const outbox = new ProgressOutbox((progress) => sent.push(progress));
    outbox.add(stage('s1', 'done', 6));
    expect(outbox.takeForReport('s1')).toBeUndefined();
    expect(sent).toEqual([stage('s1', 'done', 6)]);

    sent.length = 0;
    outbox.stagesGoInReport('s2');
    for (let index = 0; index < PROGRESS_EARLIER_MAX + 2; index++) outbox.add(stage('s2', `step-${index}`, index));
    expect(outbox.takeForReport('s2')).toBeUndefined();
    expect(sent.map((message) => message.stage)).toEqual([`step-${PROGRESS_EARLIER_MAX}`, `step-${PROGRESS_EARLIER_MAX + 1}`]);

    // Nothing waiting: nothing to hand over, and the task is forgotten.
    outbox.stagesGoInReport('s3');
    expect(outbox.takeForReport('s3')).toBeUndefined();
    outbox.add(stage('s3', 'done', 9));
    expect(outbox.takeForReport('s3')).toBeUndefined();
    expect(sent.at(-1)).toEqual(stage('s3', 'done', 9));
  });
});

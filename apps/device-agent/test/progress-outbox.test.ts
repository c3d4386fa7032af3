import { describe, expect, it } from 'vitest';
import { PROGRESS_EARLIER_MAX, type SubtaskProgress } from '@meshmind/protocol';
import { ProgressOutbox } from '../src/progress-outbox';

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));
const stage = (id: string, name: string, at: number): SubtaskProgress => ({ id, goalId: 'goal-1', deviceId: 'lamp', stage: name, at });

describe('ProgressOutbox', () => {
  it('sends the stages of one turn of the event loop as one message: the latest, and the ones before it in order', async () => {
    const sent: SubtaskProgress[] = [];
    const outbox = new ProgressOutbox((progress) => sent.push(progress));
    outbox.add(stage('s1', 'received', 1));
    outbox.add({ ...stage('s1', 'mapping', 2), detail: 'resumed after an agent restart' });
    outbox.add(stage('s1', 'generating', 3));
    expect(sent).toEqual([]);
    await nextTurn();
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

  it('keeps the elapsed time of each earlier stage (the sub-millisecond duration the bench measures stages by)', async () => {
    const sent: SubtaskProgress[] = [];
    const outbox = new ProgressOutbox((progress) => sent.push(progress));
    outbox.add({ ...stage('s1', 'received', 1), elapsed: 0 });
    outbox.add({ ...stage('s1', 'done', 1), elapsed: 0.625 });
    outbox.flushTask('s1');
    expect(sent).toEqual([{ ...stage('s1', 'done', 1), elapsed: 0.625, earlier: [{ stage: 'received', at: 1, elapsed: 0 }] }]);
  });

  it('sends a stage that came alone as it came, and each task apart', async () => {
    const sent: SubtaskProgress[] = [];
    const outbox = new ProgressOutbox((progress) => sent.push(progress));
    outbox.add(stage('s1', 'executing', 5));
    outbox.add(stage('s2', 'received', 6));
    await nextTurn();
    outbox.add(stage('s1', 'verifying', 7));
    await nextTurn();
    expect(sent).toEqual([stage('s1', 'executing', 5), stage('s2', 'received', 6), stage('s1', 'verifying', 7)]);
  });

  it("sends a task's stages at once when asked (before its report), and nothing twice", async () => {
    const sent: SubtaskProgress[] = [];
    const outbox = new ProgressOutbox((progress) => sent.push(progress));
    outbox.add(stage('s1', 'verifying', 1));
    outbox.add(stage('s1', 'done', 2));
    outbox.add(stage('s2', 'received', 3));
    outbox.flushTask('s1');
    expect(sent).toEqual([{ ...stage('s1', 'done', 2), earlier: [{ stage: 'verifying', at: 1 }] }]);
    await nextTurn();
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

  it('drops what waits when stopped', async () => {
    const sent: SubtaskProgress[] = [];
    const outbox = new ProgressOutbox((progress) => sent.push(progress));
    outbox.add(stage('s1', 'received', 1));
    outbox.stop();
    await nextTurn();
    expect(sent).toEqual([]);
  });

  it("hands a task's waiting stages to its report when its coordinator reads them there, and sends no message for them", async () => {
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
    await nextTurn();
    // The other task's stage still goes out as a message of its own.
    expect(sent).toEqual([stage('s2', 'mapping', 6)]);
  });

  it('sends the stages ahead of the report, and hands none to it, where the coordinator did not ask or they would not fit', async () => {
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

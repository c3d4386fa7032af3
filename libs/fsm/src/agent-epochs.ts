import { eq, sql } from 'drizzle-orm';
import { agentEpochs, type TaskDatabase } from './database';
import { preparedPerDatabase } from './per-database';

/**
 * Where an agent keeps the last availability epoch it began, so that its epochs keep rising across
 * restarts even when the board's clock does not: a Raspberry Pi has no real-time clock and, after a
 * power cut, boots with the time it last saved (fake-hwclock), which can be earlier than the epoch
 * of the agent's previous connection. Without this the coordinator would take the new "online" for
 * an older message and keep the device offline until the clock caught up.
 */
export interface EpochMemory {
  /** The last epoch begun, or 0 when none was recorded. */
  last(): number;
  /** Records an epoch before its CONNECT goes out; synced to disk, since a power cut is the case it is for. */
  remember(epoch: number): void;
}

/**
 * The two statements, built once per database: every agent of a process shares it, and each runs
 * both as it connects (drizzle built their SQL again for each of a one-shot run's 32 agents).
 */
const epochQueries = preparedPerDatabase((database) => {
  const deviceId = sql.placeholder('deviceId');
  return {
    last: database.db.select({ epoch: agentEpochs.epoch }).from(agentEpochs).where(eq(agentEpochs.deviceId, deviceId)).prepare(),
    remember: database.db
      .insert(agentEpochs)
      .values({ deviceId, epoch: sql.placeholder('epoch') })
      .onConflictDoUpdate({ target: agentEpochs.deviceId, set: { epoch: sql`excluded.epoch` } })
      .prepare(),
  };
});

export function agentEpochMemory(database: TaskDatabase, deviceId: string): EpochMemory {
  return {
    last: () => epochQueries(database).last.get({ deviceId })?.epoch ?? 0,
    remember: (epoch) => {
      database.durably(() => epochQueries(database).remember.run({ deviceId, epoch }));
    },
  };
}

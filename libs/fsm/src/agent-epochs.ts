import { eq } from 'drizzle-orm';
import { agentEpochs, type TaskDatabase } from './database';

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

export function agentEpochMemory(database: TaskDatabase, deviceId: string): EpochMemory {
  return {
    last: () => database.db.select({ epoch: agentEpochs.epoch }).from(agentEpochs).where(eq(agentEpochs.deviceId, deviceId)).get()?.epoch ?? 0,
    remember: (epoch) => {
      database.durably(() =>
        database.db.insert(agentEpochs).values({ deviceId, epoch }).onConflictDoUpdate({ target: agentEpochs.deviceId, set: { epoch } }).run(),
      );
    },
  };
}

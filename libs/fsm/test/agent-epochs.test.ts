import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AvailabilityClock, readAvailability } from '@meshmind/protocol';
import { agentEpochMemory, openTaskDatabase } from '../src/index';

function epochOf(payload: string): number {
  const read = readAvailability(payload);
  if (!read.ok || !read.value.order) throw new Error(`not an ordered availability: ${payload}`);
  return read.value.order.epoch;
}

describe("an agent's availability epochs across restarts of its host", () => {
  const directories: string[] = [];
  afterEach(() => {
    for (const directory of directories.splice(0)) rmSync(directory, { recursive: true, force: true });
  });

  it('keep rising after a restart whose clock starts earlier than the last connection (a board without a real-time clock)', () => {
    const directory = mkdtempSync(join(tmpdir(), 'meshmind-epochs-'));
    directories.push(directory);
    const path = join(directory, 'tasks.db');

    const firstRun = openTaskDatabase(path);
    const before = new AvailabilityClock(() => 1_700_000_000_000, agentEpochMemory(firstRun, 'porch_light'));
    const lastBefore = epochOf(before.beginEpoch());
    // A second agent of the same host keeps its own record.
    const other = new AvailabilityClock(() => 1_600_000_000_000, agentEpochMemory(firstRun, 'hall_sensor'));
    expect(epochOf(other.beginEpoch())).toBe(1_600_000_000_000);
    firstRun.close();

    // The board comes back from a power cut with the time it last saved, an hour earlier.
    const secondRun = openTaskDatabase(path);
    const after = new AvailabilityClock(() => 1_700_000_000_000 - 3_600_000, agentEpochMemory(secondRun, 'porch_light'));
    expect(epochOf(after.beginEpoch())).toBe(lastBefore + 1);
    secondRun.close();
  });

  it('start from the wall clock for an agent never recorded', () => {
    const database = openTaskDatabase(':memory:');
    const memory = agentEpochMemory(database, 'porch_light');
    expect(memory.last()).toBe(0);
    expect(epochOf(new AvailabilityClock(() => 42_000, memory).beginEpoch())).toBe(42_000);
    expect(memory.last()).toBe(42_000);
    database.close();
  });
});

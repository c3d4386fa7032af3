import { and, eq, ne, sql } from 'drizzle-orm';
import { canonicalJson, safeParseJson, validateCallArguments, type DeviceDescription } from '@meshmind/protocol';
import { experienceEntries, type TaskDatabase } from './database';
import { preparedPerDatabase } from './per-database';
import type { CallMapping, GeneratedProgram } from '@meshmind/protocol';

/**
 * The key of an equivalent subtask: the mapped functions with their arguments normalised by the
 * API doc (defaults filled, keys sorted). Undefined when a mapped call would not validate, so a
 * program is never cached under arguments the device would refuse.
 */
export function experienceKey(description: DeviceDescription, mapping: CallMapping): string | undefined {
  if (mapping.calls.length === 0) return undefined;
  const normalised: Array<{ function: string; arguments: Record<string, unknown> }> = [];
  for (const call of mapping.calls) {
    const fn = description.functions.find((candidate) => candidate.name === call.function);
    if (!fn) return undefined;
    const checked = validateCallArguments(fn, call.arguments);
    if (!checked.ok) return undefined;
    normalised.push({ function: call.function, arguments: checked.value });
  }
  return canonicalJson(normalised);
}

/**
 * The statement every agent runs as it starts, built once per database: drizzle builds a query's
 * SQL from its parts at every call, and the 32 agents of a one-shot run share one database.
 */
const invalidation = preparedPerDatabase((database) => ({
  run: database.db
    .delete(experienceEntries)
    .where(and(eq(experienceEntries.deviceType, sql.placeholder('deviceType')), ne(experienceEntries.apiDocHash, sql.placeholder('currentApiDocHash'))))
    .prepare(),
}));

/** Programs that ran and verified, reused for equivalent subtasks without generation. */
export class ExperienceCache {
  constructor(private readonly database: TaskDatabase) {}

  lookup(apiDocHash: string, callsKey: string): GeneratedProgram | undefined {
    const row = this.database.db
      .select()
      .from(experienceEntries)
      .where(and(eq(experienceEntries.apiDocHash, apiDocHash), eq(experienceEntries.callsKey, callsKey)))
      .get();
    if (!row) return undefined;
    const parsed = safeParseJson(row.generated);
    if (!parsed.ok || typeof parsed.value !== 'object' || parsed.value === null) return undefined;
    this.database.db
      .update(experienceEntries)
      .set({ uses: sql`${experienceEntries.uses} + 1` })
      .where(and(eq(experienceEntries.apiDocHash, apiDocHash), eq(experienceEntries.callsKey, callsKey)))
      .run();
    return parsed.value as GeneratedProgram;
  }

  remember(entry: { deviceType: string; apiDocHash: string; callsKey: string; generated: GeneratedProgram; at: number }): void {
    const generated = JSON.stringify(entry.generated);
    this.database.db
      .insert(experienceEntries)
      .values({ deviceType: entry.deviceType, apiDocHash: entry.apiDocHash, callsKey: entry.callsKey, generated, createdAt: Math.round(entry.at), uses: 0 })
      .onConflictDoUpdate({ target: [experienceEntries.apiDocHash, experienceEntries.callsKey], set: { generated } })
      .run();
  }

  /** Drops the programs of every other version of this device type's API doc; returns how many. */
  invalidateOtherVersions(deviceType: string, currentApiDocHash: string): number {
    return invalidation(this.database).run.run({ deviceType, currentApiDocHash }).changes;
  }

  size(): number {
    const row = this.database.db.select({ count: sql<number>`count(*)` }).from(experienceEntries).get();
    return row?.count ?? 0;
  }
}

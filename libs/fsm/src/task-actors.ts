import { fromPromise } from 'xstate';
import { MeshmindError, type ApiFunctionSpec, type CallMapping, type GeneratedProgram, type MappingResult } from '@meshmind/protocol';
import type { Clock } from './clock';
import { type ExperienceCache, experienceKey } from './experience-cache';
import { prepareGenerated } from './program-checker';
import type { Sandbox } from './sandbox';
import { taskMachine, type TaskMachine } from './task-machine';
import type { TaskRunnerOptions } from './task-runner';
import type { TaskStore } from './task-store';
import type { CallIntent } from './types';
import { verifyEffects } from './verification';

/** What a task machine's stages reach: the device, retrieval and generation, the sandbox, the store and the experience cache. */
export interface TaskActorDependencies extends Pick<TaskRunnerOptions, 'driver' | 'mapper' | 'generator' | 'limits' | 'verification'> {
  clock: Clock;
  sandbox: Sandbox;
  store: TaskStore | undefined;
  cache: ExperienceCache | undefined;
  docHash: string;
}

/**
 * The task machine with its stages' I/O provided (CONVENTIONS: effects by name, swapped in tests
 * with `.provide()`): map by retrieval, generate (or reuse a verified program from the experience
 * cache), validate, admit against the deadline, execute in the sandbox with the call journal, verify.
 */
export function provideTaskActors(dependencies: TaskActorDependencies): TaskMachine {
  const { driver, limits, mapper, generator, verification, clock, sandbox, store, cache, docHash } = dependencies;
  const description = driver.description;
  return taskMachine.provide({
    actors: {
      map: fromPromise(async ({ input, signal }) => checkMapping(await mapper.map(input.subtask, signal), description.functions)),
      generate: fromPromise(async ({ input, signal }) => {
        const key = cache && input.previousAttempts.length === 0 ? experienceKey(description, input.mapping) : undefined;
        const remembered = key ? cache?.lookup(docHash, key) : undefined;
        if (remembered) return { generated: remembered, origin: 'cache' as const };
        const generated = await generator.generate(
          { subtask: input.subtask, mapping: input.mapping, functions: functionsFor(input.mapping, description.functions), state: driver.getState(), previousAttempts: input.previousAttempts },
          signal,
        );
        if (typeof generated !== 'object' || generated === null) throw new MeshmindError('E_INVALID_MODEL_OUTPUT', 'the generator returned no program');
        return { generated: cleanGenerated(generated), origin: 'engine' as const };
      }),
      validate: fromPromise(async ({ input }) => {
        const prepared = prepareGenerated(input.generated, description);
        if (!prepared.ok) throw prepared.error;
        return prepared.value;
      }),
      admit: fromPromise(async ({ input }) => ({ inTime: clock.now() < input.deadline })),
      execute: fromPromise(async ({ input, signal }) => {
        const { taskId, attempt } = input;
        return sandbox.run(input.prepared.source, {
          driver,
          clock,
          confirmed: input.confirmed,
          signal,
          ...(limits === undefined ? {} : { limits }),
          journal: store?.journal(taskId, attempt) ?? [],
          intents: store?.intents(taskId, attempt) ?? [],
          idempotencyKeyPrefix: `${taskId}:${attempt}`,
          ...(store ? { onIntent: (intent: CallIntent) => store.recordIntent(taskId, attempt, intent) } : {}),
          onCall: (call, index) => store?.recordCall(taskId, attempt, index, call),
        });
      }),
      verify: fromPromise(async ({ input, signal }) =>
        verifyEffects({ driver, clock, calls: input.execution.calls, signal, ...verification }),
      ),
    },
  });
}

/** Only the two fields a program can have travel on: context must stay small and plain JSON. */
export function cleanGenerated(generated: GeneratedProgram): GeneratedProgram {
  const clean: GeneratedProgram = {};
  if (generated.program !== undefined && generated.program !== null) clean.program = JSON.parse(JSON.stringify(generated.program)) as unknown;
  else if (typeof generated.source === 'string') clean.source = generated.source;
  return clean;
}

function checkMapping(mapping: MappingResult, functions: ApiFunctionSpec[]): MappingResult {
  if (mapping?.kind === 'not_executable') return { kind: 'not_executable', reason: String(mapping.reason), candidates: [...(mapping.candidates ?? [])] };
  if (mapping?.kind !== 'call' || !Array.isArray(mapping.calls) || mapping.calls.length === 0) {
    throw new MeshmindError('E_INVALID_PAYLOAD', 'retrieval returned no calls and no reason');
  }
  const unknown = mapping.calls.find((call) => !functions.some((fn) => fn.name === call.function));
  if (unknown) throw new MeshmindError('E_UNKNOWN_FUNCTION', `retrieval mapped to '${unknown.function}', which the device API does not have`);
  return { kind: 'call', calls: mapping.calls.map((call) => ({ ...call })), candidates: [...(mapping.candidates ?? [])] };
}

function functionsFor(mapping: CallMapping, functions: ApiFunctionSpec[]): ApiFunctionSpec[] {
  const names = [...new Set([...mapping.calls.map((call) => call.function), ...mapping.candidates])];
  return names.flatMap((name) => functions.filter((fn) => fn.name === name));
}

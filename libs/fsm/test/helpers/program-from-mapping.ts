import type { CallMapping, DeviceDescription, Program, ProgramStep } from '@meshmind/protocol';

/**
 * The tests' stand-in engine: the mapped calls, in order, as a Program; query results are saved
 * and the last one is returned. (Agents use the inference engine's built-in generator;
 * libs/fsm may not depend on inference/, so its tests carry this small copy of the idea.)
 */
export function programFromMapping(mapping: CallMapping, description: DeviceDescription): Program {
  let returns: string | undefined;
  const steps = mapping.calls.map((call, index): ProgramStep => {
    const fn = description.functions.find((candidate) => candidate.name === call.function);
    if (fn?.kind !== 'query') return { op: 'call', function: call.function, args: { ...call.arguments } };
    returns = `reading${index + 1}`;
    return { op: 'call', function: call.function, args: { ...call.arguments }, saveAs: returns };
  });
  return returns === undefined ? { steps } : { steps, returns };
}
